/**
 * The engine in a Web Worker for the extension pages (bundled to engine-worker.js). Analysing a long text
 * takes hundreds of milliseconds to seconds of solid computation; here it runs off the page's main thread,
 * so the page keeps scrolling, typing and answering its Cancel button, and Cancel can simply end the worker.
 */
import { analyze } from '../../src/engine/analyze.ts';
import type { AnalyseRequest, WorkerMessage } from './engine-messages.ts';

/** The little of a worker's global scope this file uses (the project's type check has the DOM library, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalyseRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

/** Findings per message (see engine-messages.ts): a few milliseconds of unpacking each. */
const FINDINGS_PER_MESSAGE = 250;

scope.onmessage = ({ data }) => {
  const started = performance.now();
  try {
    const report = analyze(data.text, { ...data.options, links: data.links });
    const analyseMs = performance.now() - started;
    for (let i = 0; i < report.findings.length; i += FINDINGS_PER_MESSAGE) {
      scope.postMessage({
        type: 'findings',
        id: data.id,
        findings: report.findings.slice(i, i + FINDINGS_PER_MESSAGE),
      });
    }
    scope.postMessage({ type: 'result', id: data.id, report: { ...report, findings: [] }, analyseMs });
  } catch (error) {
    scope.postMessage({ type: 'error', id: data.id, message: error instanceof Error ? error.message : String(error) });
  }
};

// The model loads on first use; loading it now, on a few words, lets the page tell "loading the language
// model" apart from "analysing" and makes the first real analysis pay only for itself.
const loading = performance.now();
analyze('Sourcelight is ready.');
scope.postMessage({ type: 'ready', modelMs: performance.now() - loading });
