/**
 * The compare page's state: two sides, each an analysed tab or a pasted text, and the comparison once both
 * are ready. Pasted texts go through the engine worker one after the other; tabs bring the report the
 * background already holds (with its text when the background kept it, or the passages its findings cover).
 */
import { signal } from '@preact/signals';
import type { Report } from '../../src/engine/types.ts';
import { type MessageKey, t } from '../../src/i18n/index.ts';
import type { TabView } from '../../src/messaging/protocol.ts';
import type { TextMap } from '../../src/page/extract/text-map.ts';
import { shownFindings, type Validated } from '../../src/settings/index.ts';
import { createDisplay } from '../shared/display.ts';
import { CancelledError, type EngineRunner } from '../shared/engine-client.ts';
import type { PageHighlighter } from '../shared/highlighter.ts';
import type { Passage } from '../shared/text-view.ts';
import { passagesFromFindings } from './passages.ts';
import type { TabChoice } from './tabs.ts';

/** Where one side's article comes from. */
export type SideMode = 'tab' | 'text';

/** One side of the comparison, ready to show. */
export interface SideResult {
  title: string;
  report: Report;
  text: string;
  /** The parts of the text that are known (all of it unless the report came without its text). */
  passages: Passage[];
  partial: boolean;
}

/** What the store needs from around it. */
export interface CompareDeps {
  engine: EngineRunner;
  highlighter: Pick<PageHighlighter, 'draw' | 'setVisible' | 'supported'>;
  settings: Promise<Validated>;
  listTabs(): Promise<{ ok: true; value: TabChoice[] } | { ok: false; error: string }>;
}

/** One side's inputs. */
function side() {
  return { mode: signal<SideMode>('text'), tabId: signal<number | null>(null), draft: signal('') };
}

/** A side from a tab's view: its text if the background kept it, else the passages its findings rebuild. */
export function sideFromView(view: TabView & { text?: string }, title: string): SideResult | null {
  const report = view.report;
  if (!report) return null;
  if (typeof view.text === 'string' && view.text.length === report.text.length) {
    return { title, report, text: view.text, passages: [{ start: 0, text: view.text }], partial: false };
  }
  return { title, report, ...passagesFromFindings(report.findings), partial: true };
}

/** Creates the page's state and actions. */
export function createCompareStore(deps: CompareDeps) {
  const sides = [side(), side()] as const;
  const tabs = signal<TabChoice[] | null>(null);
  const tabsError = signal<string | null>(null);
  const working = signal(false);
  const error = signal<string | null>(null);
  const results = signal<[SideResult, SideResult] | null>(null);
  /** Counts comparisons: the texts are re-rendered (and so redrawn) for each, even when they did not change. */
  const round = signal(0);
  const display = createDisplay(deps.settings, deps.highlighter);
  const maps: Array<TextMap | undefined> = [undefined, undefined];

  const fail = (key: MessageKey, subs: Array<string | number>) => {
    error.value = t(key, subs);
    return null;
  };

  /** One side's result, or null (with the error set) when it cannot be had. */
  const resolve = async (index: 0 | 1): Promise<SideResult | null> => {
    const { mode, tabId, draft } = sides[index];
    const label = t(index === 0 ? 'compare_sideA' : 'compare_sideB');
    if (mode.value === 'tab') {
      const choice = tabs.value?.find((c) => c.tabId === tabId.value);
      if (!choice) return fail('compare_error_noTab', [label]);
      return sideFromView(choice.view, choice.title) ?? fail('compare_error_noTab', [label]);
    }
    const text = draft.value;
    if (text.trim() === '') return fail('compare_error_noText', [label]);
    const answer = await deps.engine.analyse(text, [], () => undefined);
    return { title: label, report: answer.report, text, passages: [{ start: 0, text }], partial: false };
  };

  const store = {
    sides,
    tabs,
    tabsError,
    working,
    error,
    results,
    round,
    ...display,
    async refreshTabs() {
      const listed = await deps.listTabs();
      tabs.value = listed.ok ? listed.value : [];
      tabsError.value = listed.ok ? null : listed.error;
      for (const s of sides) if (s.tabId.value === null && listed.ok) s.tabId.value = listed.value[0]?.tabId ?? null;
    },
    async compare() {
      error.value = null;
      working.value = true;
      try {
        const a = await resolve(0);
        const b = a && (await resolve(1));
        if (a && b) {
          maps[0] = maps[1] = undefined;
          results.value = [a, b];
          round.value += 1;
        }
      } catch (problem) {
        if (!(problem instanceof CancelledError))
          fail('compare_error_engine', [problem instanceof Error ? problem.message : String(problem)]);
      } finally {
        working.value = false;
      }
    },
    cancel() {
      deps.engine.cancel();
    },
    /** The findings of one side that the settings show. */
    shown(result: SideResult) {
      return shownFindings(result.report.findings, display.settings.value);
    },
    /** Called by each side's text once it is on the page; draws both sides together once both are there. */
    async drawOn(index: 0 | 1, map: TextMap) {
      maps[index] = map;
      const both = results.value;
      if (!both || !maps[0] || !maps[1]) return;
      const sources = [0, 1].map((i) => ({ map: maps[i] as TextMap, findings: store.shown(both[i]) }));
      await deps.highlighter.draw(sources, display.families.value);
      display.apply();
    },
  };
  return store;
}

/** The compare page's store. */
export type CompareStore = ReturnType<typeof createCompareStore>;
