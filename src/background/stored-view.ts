/**
 * Reads a TabView back from storage.session without trusting it. Storage outlives the code that wrote it (an
 * update installs while a session is open) and anyone with the extension's devtools can edit it, so a value
 * of the wrong shape, or a view written by an older version, must end as a clear state, never as a crash in
 * the popup: a view whose report or text cannot be trusted becomes idle ("analyse again"), keeping only the
 * reader's own choices (highlights on or off, families shown) when those are still valid.
 */
import { FAMILIES, isFamilyList } from '../messaging/families.ts';
import type { AnalysisTimings, LoadedFrom, PageMeta, TabStatus, TabView } from '../messaging/protocol.ts';
import { findingProblem, isObject, reportProblem } from '../report/validate-contract.ts';

const STATUSES: readonly TabStatus[] = ['idle', 'analysing', 'result', 'not-article', 'restricted', 'error'];

const isString = (value: unknown): value is string => typeof value === 'string';

function pageOf(value: unknown): PageMeta | undefined {
  if (!isObject(value) || !isString(value.url) || !isString(value.title)) return undefined;
  const optional = ['byline', 'siteName', 'published', 'lang'].filter((k) => isString(value[k]));
  return { url: value.url, title: value.title, ...Object.fromEntries(optional.map((k) => [k, value[k]])) };
}

function timingsOf(value: unknown): AnalysisTimings | undefined {
  if (!isObject(value) || !['inject', 'extract', 'analyze', 'draw'].every((k) => typeof value[k] === 'number')) return undefined;
  const { inject, extract, analyze, draw, longestPageSlice } = value as unknown as AnalysisTimings;
  return { inject, extract, analyze, draw, ...(typeof longestPageSlice === 'number' ? { longestPageSlice } : {}) };
}

/** A stored result's report and text: usable only when both are whole and agree with each other. */
function resultOf(view: Record<string, unknown>): Pick<TabView, 'report' | 'text'> | undefined {
  const report = view.report;
  if (reportProblem(report) !== null || !isObject(report) || !Array.isArray(report.findings)) return undefined;
  if (!report.findings.every((f) => findingProblem(f) === null)) return undefined;
  if (view.text === undefined) return { report: report as unknown as TabView['report'] };
  const text = view.text;
  if (!isString(text)) return undefined;
  // Offsets point into the text: a text that does not hold every finding's words belongs to another report.
  const agrees = (report.findings as { start: number; end: number; text: string }[]).every((f) => text.slice(f.start, f.end) === f.text);
  return agrees ? { report: report as unknown as TabView['report'], text } : undefined;
}

function loadedOf(value: unknown): LoadedFrom | undefined | null {
  if (value === undefined) return undefined;
  if (!isObject(value) || !isString(value.fileName) || !Number.isInteger(value.total) || !Array.isArray(value.unmatched)) return null;
  if (value.analysedAt !== undefined && !isString(value.analysedAt)) return null;
  if (!value.unmatched.every((f) => findingProblem(f) === null)) return null;
  return value as unknown as LoadedFrom;
}

/** The reader's own choices in a stored value, each replaced by its default when it is not valid. */
export function storedChoices(value: unknown): Pick<TabView, 'highlightsVisible' | 'families'> {
  const view = isObject(value) ? value : {};
  return {
    highlightsVisible: typeof view.highlightsVisible === 'boolean' ? view.highlightsVisible : true,
    families: isFamilyList(view.families) ? [...view.families] : [...FAMILIES],
  };
}

/**
 * The stored value as a TabView for `tabId`, holding only the fields this version knows; undefined when it
 * cannot be one (wrong shape, another tab's view, a result whose report or text is damaged).
 */
export function readStoredView(value: unknown, tabId: number): TabView | undefined {
  if (!isObject(value) || value.tabId !== tabId || !STATUSES.includes(value.status as TabStatus)) return undefined;
  const status = value.status as TabStatus;
  const view: TabView = { tabId, status, ...storedChoices(value) };
  if (status === 'result') {
    const result = resultOf(value);
    const loaded = loadedOf(value.loaded);
    if (!result || loaded === null) return undefined;
    Object.assign(view, result, loaded ? { loaded } : {});
  }
  const page = pageOf(value.page);
  if (page) view.page = page;
  if (isString(value.message)) view.message = value.message;
  if (typeof value.progress === 'number' && value.progress >= 0 && value.progress <= 1) view.progress = value.progress;
  const timings = timingsOf(value.timings);
  if (timings) view.timings = timings;
  return view;
}

/** The stored index of tab ids, most recent last; anything that is not a list of tab ids counts as empty. */
export function readStoredIndex(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((id): id is number => Number.isInteger(id) && id >= 0) : [];
}
