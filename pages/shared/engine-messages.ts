/** The messages between an extension page and the engine worker (engine-worker.ts), typed on both sides. */
import type { LinkSpan, Report } from '../../src/engine/types.ts';

/** Page -> worker: analyse this text. */
export interface AnalyseRequest {
  id: number;
  text: string;
  links: LinkSpan[];
}

/** Worker -> page: the model is loaded (sent once, before any answer), or the answer to one request. */
export type WorkerMessage =
  | { type: 'ready'; modelMs: number }
  | { type: 'result'; id: number; report: Report; analyseMs: number }
  | { type: 'error'; id: number; message: string };
