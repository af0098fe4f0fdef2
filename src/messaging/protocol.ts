/**
 * The one typed protocol between popup, page (content script) and background. Each direction is a map of
 * call name to function type, so a wrong payload is a compile error (the Hypothesis client's pattern).
 * Results travel as Result<T>: a failure is a value with a sentence for the reader, never a thrown string.
 */
import type { Report } from '../engine/types.ts';

/** A success with a value, or a failure with a sentence a reader can act on. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Metadata about the analysed page, shown in the popup and written into exports. */
export interface PageMeta {
  url: string;
  title: string;
  byline?: string;
  siteName?: string;
  /** ISO 8601 date the page says it was published, when it says. */
  published?: string;
  lang?: string;
}

/** A span of the article text that was a hyperlink, with its URL (handed to the engine as options.links). */
export interface ArticleLink {
  start: number;
  end: number;
  href: string;
}

/** How the page should choose the text to analyse. */
export type ExtractMode =
  /** The article if the page looks like one; otherwise report "not an article". */
  | 'article'
  /** The article, or the largest block of prose when the page does not look like an article ("Analyse anyway"). */
  | 'anyway'
  /** Only the reader's current selection (context menu "Analyse selected text"). */
  | 'selection';

/** What the content script found on the page. */
export type Extraction =
  | { kind: 'article'; text: string; links: ArticleLink[]; page: PageMeta; source: 'readability' | 'selection' | 'largest-block' }
  | { kind: 'not-article'; page: PageMeta; reason: string };

/** The families the reader can show or hide (filters and highlights). */
export type Family = 'unsourced' | 'weak-source' | 'rhetoric' | 'sourced';

/** What the popup shows for one tab. */
export type TabStatus = 'idle' | 'analysing' | 'result' | 'not-article' | 'restricted' | 'error';

/** The state of Sourcelight in one tab, as the popup renders it. */
export interface TabView {
  tabId: number;
  status: TabStatus;
  /** 0..1 while analysing. */
  progress?: number;
  report?: Report;
  page?: PageMeta;
  /** For error, restricted and not-article: a sentence for the reader and what to do. */
  message?: string;
  highlightsVisible: boolean;
  families: Family[];
  /** How long each step of the last analysis took, in milliseconds (diagnostics and benchmarks). */
  timings?: AnalysisTimings;
}

/** Milliseconds per step of one analysis, measured in the background. */
export interface AnalysisTimings {
  /** Injecting the content script and the highlight styles (0 when they were already there). */
  inject: number;
  /** Finding the article in the page and collecting its text. */
  extract: number;
  /** Running the engine (including loading the model the first time). */
  analyze: number;
  /** Mapping findings to the page and registering highlights. */
  draw: number;
}

/** Calls the popup (and other extension pages) make to the background. */
export interface BackgroundCalls {
  getTabView(tabId: number): TabView;
  analyzeTab(tabId: number, mode: ExtractMode): TabView;
  setHighlightsVisible(tabId: number, visible: boolean): TabView;
  setFamilies(tabId: number, families: Family[]): TabView;
  revealFinding(tabId: number, findingId: string): boolean;
  turnOff(tabId: number): TabView;
  getSiteAutomation(tabId: number): { origin: string; enabled: boolean } | null;
  setSiteAutomation(origin: string, enabled: boolean): boolean;
}

/** Calls the background makes to the content script in a tab. */
export interface PageCalls {
  extract(mode: ExtractMode): Extraction;
  draw(report: Report, families: Family[]): { drawn: number; unmatched: number };
  setVisible(visible: boolean, families: Family[]): void;
  reveal(findingId: string): boolean;
  teardown(): void;
  /** Answers true while the content script is alive in the tab (a navigated tab no longer answers). */
  ping(): boolean;
}

/** Calls a content script makes to the background (the tiny script on sites the reader opted in to). */
export interface ContentCalls {
  /** A page of an opted-in site finished loading: analyse it if it is an article. */
  pageLoaded(): TabStatus;
}

/** Events the background broadcasts to open extension pages (no reply expected). */
export interface BackgroundEvents {
  tabViewChanged(view: TabView): void;
}
