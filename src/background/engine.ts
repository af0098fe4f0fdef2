/**
 * The engine in the background. It ships as its own script (engine.js: the analysis code and the ~3.5 MB wink
 * model) beside a small background.js, and is loaded on the first analysis, not when the background starts:
 * the background also wakes for menus, commands and popup calls that need no model, and those should not
 * pay for parsing and starting it. Loading begins the moment an analysis is asked for (`warm`), while the
 * page is still being read, and once loaded the engine stays for as long as the browser keeps the
 * background alive (keep-warm.ts stretches that for a few minutes after each analysis).
 */
import type { AnalyzeOptions, LinkSpan, Report } from '../engine/types.ts';
import { trace } from '../platform/trace.ts';
import { storedEngineOptions } from '../settings/engine-options.ts';

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
  analyze(text: string, links: LinkSpan[]): Promise<Report>;
  warm(): void;
  /**
   * Once per loaded engine, when its first analysis has settled and none is running: analyses the start of
   * that text again and throws the report away. V8 optimises a function only after it has run hot for a
   * while, so the first analysis runs mostly unoptimised code and, without this, so does much of the second:
   * the reader's next article would wait for code the browser had not finished optimising.
   */
  optimise(): void;
}

/** How much of the first text `optimise` analyses again: about 2,000 words, a tenth of a second, once. */
export const OPTIMISE_CHARS = 12_000;

/** Runs engine.js with `loadScript` and returns the API it left on `scope`. */
export async function engineFromScript(loadScript: (file: string) => Promise<void>, scope: object = globalThis): Promise<EngineApi> {
  await loadScript(ENGINE_SCRIPT);
  const api = (scope as Record<string, EngineApi | undefined>)[ENGINE_GLOBAL];
  if (typeof api?.analyze !== 'function') throw new Error(`${ENGINE_SCRIPT} did not provide the engine.`);
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
  let optimised = false;
  let running = 0;
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
      onUse();
      get().catch(() => undefined); // the analysis that needs it reports the failure
    },
    async analyze(text, links) {
      onUse();
      if (!optimised) firstText ??= text.slice(0, OPTIMISE_CHARS);
      running++;
      try {
        // The reader's custom terms and trusted names are read at every analysis: a settings change applies to the next one.
        const [{ analyze }, options] = await Promise.all([get(), readerOptions()]);
        return analyze(text, { ...options, links });
      } finally {
        running--;
      }
    },
    optimise() {
      const loaded = ready;
      if (optimised || firstText === undefined || loaded === undefined) return;
      void (async () => {
        const api = await loaded;
        await nextTask(); // after the messages that settled the analysis are on their way
        if (optimised || running > 0 || firstText === undefined) return; // a new analysis came first: next time
        optimised = true;
        const text = firstText;
        firstText = undefined;
        api.analyze(text);
        trace('bg:optimised');
      })().catch(() => undefined); // a failure here only means the next analysis is not faster
    },
  };
}
