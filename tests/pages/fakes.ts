/** Stand-ins for the pages' dependencies: an engine that answers with the real engine (or fails), a highlighter that records. */
import { analyze } from '../../src/engine/analyze.ts';
import type { LinkSpan } from '../../src/engine/types.ts';
import type { Family } from '../../src/messaging/protocol.ts';
import { defaultSettings, type Validated } from '../../src/settings/index.ts';
import { CancelledError, type EngineRunner, type EngineStage } from '../../pages/shared/engine-client.ts';
import type { HighlightSource } from '../../pages/shared/highlighter.ts';

/** An engine runner over the real engine, in this thread; `hold` keeps answers back until `release()`. */
export function fakeEngine(options: { fail?: string; hold?: boolean } = {}) {
  const calls: Array<{ text: string; links: LinkSpan[] }> = [];
  const stages: EngineStage[] = [];
  let pending: (() => void) | undefined;
  let cancelPending: (() => void) | undefined;
  const engine: EngineRunner & { calls: typeof calls; stages: EngineStage[]; release(): void } = {
    calls,
    stages,
    analyse(text, links, onStage) {
      calls.push({ text, links });
      for (const stage of ['loading-model', 'analysing'] as const) {
        stages.push(stage);
        onStage(stage);
      }
      return new Promise((resolve, reject) => {
        const answer = () =>
          options.fail
            ? reject(new Error(options.fail))
            : resolve({ report: analyze(text, { links }), analyseMs: 12.4 });
        cancelPending = () => reject(new CancelledError());
        if (options.hold) pending = answer;
        else answer();
      });
    },
    cancel: () => cancelPending?.(),
    release: () => pending?.(),
  };
  return engine;
}

/** A highlighter that records what it was asked to draw and show. */
export function fakeHighlighter() {
  return {
    supported: true,
    drawn: [] as HighlightSource[][],
    visible: [] as Array<[boolean, Family[]]>,
    revealed: [] as Array<[number, string]>,
    async draw(
      sources: readonly HighlightSource[],
      _families: readonly Family[],
      onProgress?: (share: number) => void,
    ) {
      this.drawn.push([...sources]);
      onProgress?.(1);
      return { drawn: sources.reduce((n, s) => n + s.findings.length, 0), unmatched: 0 };
    },
    setVisible(visible: boolean, families: readonly Family[]) {
      this.visible.push([visible, [...families]]);
    },
    reveal(source: number, findingId: string) {
      this.revealed.push([source, findingId]);
      return findingId !== 'missing';
    },
  };
}

/** Settings as loadSettings would answer. */
export function settingsAnswer(change: Partial<Validated['settings']> = {}): Promise<Validated> {
  return Promise.resolve({ settings: { ...defaultSettings(), ...change }, notices: [] });
}
