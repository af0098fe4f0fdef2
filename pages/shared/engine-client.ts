/**
 * The extension pages' door to the engine: analyse(text) runs it in a Web Worker (engine-worker.ts) and says
 * which stage it is in, so a long text shows progress while the page stays responsive; cancel() ends the
 * worker at once (the only way to stop a running analysis), and the next analysis starts a fresh one.
 */
import type { Finding, LinkSpan, Report } from '../../src/engine/types.ts';
import { t } from '../../src/i18n/index.ts';
import type { AnalyseRequest, ReaderOptions, WorkerMessage } from './engine-messages.ts';

/** Where an analysis is: starting the worker and its language model, or analysing. */
export type EngineStage = 'loading-model' | 'analysing';

/** An analysis's outcome with how long the engine itself took (for the page's diagnostics and the e2e test). */
export interface EngineAnswer {
  report: Report;
  analyseMs: number;
}

/** Runs the engine for a page; a fake in unit tests. */
export interface EngineRunner {
  analyse(text: string, links: LinkSpan[], onStage: (stage: EngineStage) => void): Promise<EngineAnswer>;
  /** Stops the running analysis, whose promise then rejects with CancelledError. */
  cancel(): void;
}

/** The rejection of an analysis the reader cancelled (not a failure to report). */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** The worker as this client uses it (a real Worker, or a test's stand-in). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: AnalyseRequest): void;
  terminate(): void;
}

interface Pending {
  id: number;
  /** The findings received so far (they arrive in batches before the rest of the report). */
  findings: Finding[];
  resolve(answer: EngineAnswer): void;
  reject(error: Error): void;
}

/**
 * An EngineRunner over engine-worker.js, one analysis at a time (a new request cancels the running one).
 * `readerOptions` gives the reader's own terms and trusted sources as they are now, asked for each analysis.
 */
export function workerEngine(
  create: () => WorkerLike = () => new Worker('engine-worker.js'),
  readerOptions: () => ReaderOptions = () => ({}),
): EngineRunner {
  let worker: WorkerLike | undefined;
  let ready = false;
  let pending: Pending | undefined;
  let nextId = 1;
  let stage: (stage: EngineStage) => void = () => undefined;

  const stop = (error: Error) => {
    worker?.terminate();
    worker = undefined;
    ready = false;
    pending?.reject(error);
    pending = undefined;
  };

  const start = (): WorkerLike => {
    const created = create();
    created.onmessage = ({ data }) => {
      if (data.type === 'ready') {
        ready = true;
        if (pending) stage('analysing');
        return;
      }
      if (!pending || data.id !== pending.id) return;
      if (data.type === 'findings') {
        pending.findings.push(...data.findings);
        return;
      }
      const { resolve, reject, findings } = pending;
      pending = undefined;
      if (data.type === 'result') resolve({ report: { ...data.report, findings }, analyseMs: data.analyseMs });
      else reject(new Error(data.message));
    };
    // A worker that fails to load or crashes (out of memory on a huge text) ends the analysis with an error.
    created.onerror = (event) => stop(new Error(event.message || t('pages_engineStopped')));
    return created;
  };

  return {
    analyse(text, links, onStage) {
      if (pending) stop(new CancelledError());
      worker ??= start();
      stage = onStage;
      onStage(ready ? 'analysing' : 'loading-model');
      const id = nextId++;
      const answer = new Promise<EngineAnswer>((resolve, reject) => {
        pending = { id, findings: [], resolve, reject };
      });
      worker.postMessage({ id, text, links, options: readerOptions() });
      return answer;
    },
    cancel: () => stop(new CancelledError()),
  };
}
