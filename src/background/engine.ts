/**
 * The engine in the background. It ships as its own script (engine.js: the analysis code and wink, 0.7 MB, with
 * the model's word table beside it in wink-model.bin) beside a small background.js, and is loaded on the first
 * analysis, not when the background starts: the background also wakes for menus, commands and popup calls that need no model, and those should not
 * pay for parsing and starting it. Loading begins the moment an analysis is asked for (`warm`), while the
 * page is still being read, and once loaded the engine stays for as long as the browser keeps the
 * background alive (keep-warm.ts stretches that for a few minutes after each analysis).
 */
import type { AnalyzeOptions, LinkSpan, Report } from '../engine/types.ts';
import { trace } from '../platform/trace.ts';
import { storedEngineOptions } from '../settings/engine-options.ts';
import { MODEL_BYTES_FILE, MODEL_BYTES_GLOBAL, packagedBytes } from './model-bytes.ts';
import { PRACTICE_TEXT } from './practice-text.ts';

/** The file the build makes from engine-script.ts. */
export const ENGINE_SCRIPT = 'engine.js';
/** The global name under which engine.js leaves its API. */
export const ENGINE_GLOBAL = 'sourcelightEngine';

/** What engine.js provides. */
export interface EngineApi {
  analyze(text: string, options?: AnalyzeOptions): Report;
  /** Starts the language model (the first parse builds it), so the first real analysis does not wait for it. */
  warm(): void;
}

/** The background's engine: `analyze` loads it when needed; `warm` starts loading it without waiting. */
export interface BackgroundEngine {
  /** `options`: the reader's engine options when the caller has read them already (else they are read here). */
  analyze(text: string, links: LinkSpan[], options?: AnalyzeOptions): Promise<Report>;
  warm(): void;
  /**
   * Once per loaded engine, when its first analysis has settled and the background is idle (`idle`, checked
   * with the engine's own bookkeeping): analyses the start of that text again, in pieces, then the practice
   * story (practice-text.ts) PRACTICE_RUNS times, and throws the reports away. V8 optimises a function only
   * after it has run hot for a while, so the first analysis runs mostly unoptimised code and, without this, so
   * does much of the second: the reader's next article would wait for code the browser had not finished
   * optimising. It stops as soon as an analysis begins, and the pieces left are run after the next one.
   */
  optimise(idle?: () => boolean): void;
}

/**
 * How much of the first text `optimise` analyses again: about 2,000 words, once. That costs about 200 ms of
 * the background's thread in all (193-215 ms for the 12,000 characters in Node at load average 4), so it
 * runs in OPTIMISE_PIECES pieces with a turn of the event loop between them: a new analysis waits for one
 * piece at most (about 15 ms), not for all of it.
 */
export const OPTIMISE_CHARS = 12_000;
/** Into how many pieces `optimise` cuts its text: about 1,000 characters each. */
export const OPTIMISE_PIECES = 12;
/**
 * How many times `optimise` analyses the practice story after the first text's pieces. The first text alone
 * left the next 1,500-word article at about three times the engine's hot speed in Chromium. Chromium A/B, 6
 * rounds at load average 10-12, next article's engine step (medians): 113 ms without practice, 104 with 12
 * runs, 67 with 24; in Node, its CPU 86, 57, 23 ms. 24 runs cost about 450 ms of CPU once per loaded engine, about 560 ms with the first text's pieces.
 */
export const PRACTICE_RUNS = 24;
/**
 * Into how many pieces each practice run is cut: the story's first run meets words and rules the reader's
 * text did not (40-90 ms whole in Chromium's service worker at load average 9), a third of it much less.
 */
export const PRACTICE_PIECES = 3;

/** What `optimise` analyses, piece by piece: the start of the first text, then the practice runs. */
export function optimiseQueue(firstText: string): string[] {
  const practice = piecesOf(PRACTICE_TEXT, PRACTICE_PIECES);
  return [...piecesOf(firstText, OPTIMISE_PIECES), ...Array.from({ length: PRACTICE_RUNS }, () => practice).flat()];
}

/** Cuts `text` into at most `count` pieces of about the same length, at a space where there is one, so no word is split. */
export function piecesOf(text: string, count: number): string[] {
  const pieces: string[] = [];
  for (let start = 0, left = count; start < text.length; left--) {
    // Each piece takes its share of what is left, so cutting early at a space leaves no remainder piece.
    let end = left <= 1 ? text.length : start + Math.ceil((text.length - start) / left);
    const space = end < text.length ? text.lastIndexOf(' ', end) : -1;
    if (space > start) end = space;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

/**
 * Runs engine.js with `loadScript` and returns the API it left on `scope`, with the model's bytes read by
 * `readBytes` meanwhile (the browser reads the file while this thread runs engine.js) and left on `scope` for
 * the model's reader (model-bytes.ts).
 */
export async function engineFromScript(
  loadScript: (file: string) => Promise<void>,
  scope: object = globalThis,
  readBytes: (file: string) => Promise<ArrayBuffer> = packagedBytes,
): Promise<EngineApi> {
  const bytes = readBytes(MODEL_BYTES_FILE);
  bytes.then(() => trace('bg:model-bytes-read')).catch(() => undefined); // a failure is thrown below, unless engine.js failed first
  trace('bg:engine-load-start');
  await loadScript(ENGINE_SCRIPT);
  // Until bg:engine-loaded, the thread waits for the model's bytes (if they are not in yet).
  trace('bg:engine-script-ran');
  const api = (scope as Record<string, EngineApi | undefined>)[ENGINE_GLOBAL];
  if (typeof api?.analyze !== 'function') throw new Error(`${ENGINE_SCRIPT} did not provide the engine.`);
  (scope as Record<string, unknown>)[MODEL_BYTES_GLOBAL] = await bytes;
  return api;
}

/** Waits one turn of the event loop, so messages that arrived meanwhile are answered before more heavy work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Creates the engine over `load` (which runs engine.js and returns its API). A failed load is forgotten, so
 * the next analysis tries again; `onUse` runs at every use (to keep the background, and so the engine, alive).
 */
export function createEngine(
  load: () => Promise<EngineApi>,
  onUse: () => void = () => undefined,
  readerOptions: () => Promise<AnalyzeOptions> = storedEngineOptions,
): BackgroundEngine {
  let ready: Promise<EngineApi> | undefined;
  /** The start of the first text analysed, until `optimise` has used it. */
  let firstText: string | undefined;
  /** What `optimise` has still to analyse (pieces of firstText, then the practice runs); empty once it is done. */
  let pending: string[] | undefined;
  let running = 0;
  /** Counts warm() and analyze() calls: a change while `optimise` waits means a new analysis has begun. */
  let uses = 0;
  /** Counts optimise() calls: a newer call takes over from an older one still waiting for its next piece. */
  let attempts = 0;
  const get = (): Promise<EngineApi> => {
    ready ??= (async () => {
      // The script and the model each block this thread for a while: start after the current messages are
      // sent, and let the ones that arrive between the two steps (the page asking for Readability) through.
      await nextTask();
      const api = await load();
      trace('bg:engine-loaded');
      await nextTask();
      api.warm();
      trace('bg:model-ready');
      return api;
    })().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };
  return {
    warm() {
      uses++;
      onUse();
      get().catch(() => undefined); // the analysis that needs it reports the failure
    },
    async analyze(text, links, known) {
      uses++;
      onUse();
      if (pending === undefined) firstText ??= text.slice(0, OPTIMISE_CHARS);
      running++;
      try {
        // The reader's custom terms and trusted names are read at every analysis: a settings change applies to the next one.
        const [{ analyze }, options] = await Promise.all([get(), known ?? readerOptions()]);
        return analyze(text, { ...options, links });
      } finally {
        running--;
      }
    },
    optimise(idle = () => true) {
      const loaded = ready;
      if (pending?.length === 0 || firstText === undefined || loaded === undefined) return;
      const attempt = ++attempts;
      const asked = uses;
      const free = () => attempt === attempts && uses === asked && running === 0 && idle();
      void (async () => {
        const api = await loaded;
        pending ??= optimiseQueue(firstText ?? '');
        trace('bg:optimise-start');
        while (pending.length > 0) {
          // Each piece waits a turn, so messages that arrived meanwhile are answered first, and checks again
          // that nothing began meanwhile: an analysis that is still injecting or reading the page counts.
          await nextTask();
          if (!free()) return trace('bg:optimise-paused'); // the rest runs after the next analysis
          api.analyze(pending.shift() ?? ''); // taken off first: a piece that throws is not tried again
        }
        firstText = undefined;
        trace('bg:optimised');
      })().catch(() => undefined); // a failure here only means the next analysis is not faster
    },
  };
}
