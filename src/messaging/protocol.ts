/**
 * The one typed protocol between popup, page (content script) and background. Each direction is a map of
 * call name to function type, so a wrong payload is a compile error (the Hypothesis client's pattern).
 * Results travel as Result<T>: a failure is a value with a sentence for the reader, never a thrown string.
 */
import type { Finding, Report } from '../engine/types.ts';
import type { Dismissal, DismissReason } from './dismissals.ts';
import type { DrawPlan } from './draw-plan.ts';

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
  /**
   * The analysed text the report's offsets point into (with a result): the popup shows each finding in its
   * sentence and exports need it. About a tenth of the message: 585 KB beside a 6.6 MB report at 100,000 words.
   */
  text?: string;
  /** Set when the result was loaded from an exported report (the popup's "Load report") instead of analysed now. */
  loaded?: LoadedFrom;
  /** The findings the reader dismissed on this page (stored per page in storage.local, read back with every view). */
  dismissed?: Dismissal[];
}

/** Where a loaded result came from, and which of its annotations the page no longer holds. */
export interface LoadedFrom {
  fileName: string;
  /** ISO 8601 date and time the report was made, when the file says. */
  analysedAt?: string;
  /** How many annotations the file held. */
  total: number;
  /** The findings whose words could not be found on the page now, as the file gave them. */
  unmatched: Finding[];
}

/** Milliseconds per step of one analysis, measured in the background. */
export interface AnalysisTimings {
  /**
   * Injecting the content script and the highlight styles, until the page answers its first call: the request
   * for the text, sent as soon as the script runs, so for a script injected now this includes reading the page.
   */
  inject: number;
  /** Finding the article in the page and collecting its text, when that was not done by the page's first answer. */
  extract: number;
  /** Running the engine (including loading the model the first time), or what was left of it once the text arrived. */
  analyze: number;
  /** Mapping findings to the page and registering highlights. */
  draw: number;
  /** The longest the page's main thread ran Sourcelight's code without yielding (budget: 50 ms). */
  longestPageSlice?: number;
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
  /**
   * Draws a JSON-LD export (the text of the file) on the tab's page: each annotation is found by its quote, its
   * position only a hint, so small page changes lose nothing; the result view lists what could not be found.
   */
  loadReport(tabId: number, fileName: string, json: string): TabView;
  /**
   * An object URL for a file to download, owned by the background so that it outlives the popup (Firefox
   * closes the popup, and revokes its URLs, when a save dialog or the downloads panel opens); null where the
   * background cannot make one (Chromium's service worker has no URL.createObjectURL).
   */
  downloadUrl(content: string, type: string): string | null;
  /**
   * Dismisses a finding of the tab's result for this page: stored, taken out of the score and the highlights.
   * `note` is the reader's words for "other" ('' for none: every argument is passed, as handlers get the sender last).
   */
  dismissFinding(tabId: number, findingId: string, reason: DismissReason, note: string): TabView;
  /** Brings dismissed findings back (by their keys), or all of them when `keys` is null. */
  undoDismissals(tabId: number, keys: string[] | null): TabView;
}

/**
 * Calls only Sourcelight's extension pages (compare, settings) make, on the background's channel beside
 * BackgroundCalls: answered by src/background/handlers-pages.ts once main.ts serves both maps together.
 */
export interface PagesCalls {
  /** The tabs Sourcelight holds a view for, most recent first (the compare page asks getTabView for each). */
  listKnownTabs(): number[];
  /** The origins with automatic analysis on (script registered and permission still granted), sorted. */
  listAutomatedSites(): string[];
}

/** Calls the background makes to the content script in a tab. */
export interface PageCalls {
  extract(mode: ExtractMode): Extraction;
  draw(report: Report, families: Family[]): { drawn: number; unmatched: number };
  /** Like draw, from the compact plan of a report (draw-plan.ts): what the background sends, being far cheaper to pass. */
  drawPlan(plan: DrawPlan, families: Family[]): { drawn: number; unmatched: number };
  setVisible(visible: boolean, families: Family[]): void;
  reveal(findingId: string): boolean;
  teardown(): void;
  /** Answers true while the content script is alive in the tab (a navigated tab no longer answers). */
  ping(): boolean;
  /** The longest time, in ms, the page's main thread ran Sourcelight's code without yielding since last asked. */
  diagnostics(): { longestSliceMs: number };
}

/** Calls content scripts make to the background. */
export interface ContentCalls {
  /** A page of an opted-in site finished loading (the tiny script): analyse it if it is an article. */
  pageLoaded(): TabStatus;
  /** Runs Readability on a page snapshot (src/page/extract/snapshot.ts) off the page's main thread; null when it finds no article. */
  readArticle(html: string, url: string): ArticleOutline | null;
  /** Opens one of Sourcelight's pages (a glossary entry from the explanation card) in a new tab beside the page. */
  openExtensionPage(path: string): boolean;
}

/** Events the background broadcasts to open extension pages (no reply expected). */
export interface BackgroundEvents {
  tabViewChanged(view: TabView): void;
}

/** One stretch of article text as Readability (in the background) kept it, traced back to the page. */
export interface OutlineRun {
  /** Index (in the page's snapshot) of the element the text sits in. */
  element: number;
  /** The text exactly as in the page's text node. */
  text: string;
  /** What separates it from the previous run: nothing, a line break, or a new block. */
  before: '' | '\n' | '\n\n';
  /** The link around it, if any: the <a> element's snapshot index and its absolute URL. */
  link?: { element: number; href: string };
}

/** The article Readability found in a page snapshot. */
export interface ArticleOutline {
  runs: OutlineRun[];
  meta: { title?: string; byline?: string; siteName?: string; published?: string; lang?: string };
}
