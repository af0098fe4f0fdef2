/** The messages between an extension page and the engine worker (engine-worker.ts), typed on both sides. */
import type { AnalyzeOptions, Finding, LinkSpan, Report } from '../../src/engine/types.ts';

/** The reader's settings that change what the engine finds (their own terms, the sources they trust). */
export type ReaderOptions = Pick<AnalyzeOptions, 'customTerms' | 'trustedSources'>;

/** Page -> worker: analyse this text. */
export interface AnalyseRequest {
  id: number;
  text: string;
  links: LinkSpan[];
  options: ReaderOptions;
}

/**
 * Worker -> page: the model is loaded (sent once, before any answer), or the answer to one request: its
 * findings in batches, then the rest of the report. Each message is unpacked on the page's main thread, and a
 * long text's report in one message took over 150 ms to unpack; batches keep each unpacking short.
 */
export type WorkerMessage =
  | { type: 'ready'; modelMs: number }
  | { type: 'findings'; id: number; findings: Finding[] }
  | { type: 'result'; id: number; report: Report; analyseMs: number }
  | { type: 'error'; id: number; message: string };
