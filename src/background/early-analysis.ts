/**
 * The engine started on Readability's outline, before the page has sent the text. Readability runs here (on
 * the page's snapshot), and its outline already says what the text will be: alignOutline builds the analysed
 * text from the outline's runs, found again on the live page. So while the outline travels back and the page
 * aligns and extracts, the engine works on the text the outline predicts (outlineText); when the page's text
 * arrives and is that text, with the same links, its report is the one already made. A page that changed
 * meanwhile (a run not found) sends another text, which is analysed as usual: the early report is dropped.
 */
import type { AnalyzeOptions, LinkSpan, Report } from '../engine/types.ts';
import type { ArticleOutline } from '../messaging/protocol.ts';
import { outlineText } from '../page/extract/align.ts';
import type { Background } from './context.ts';
import { trace } from '../platform/trace.ts';

/** One analysis of a tab, as far as an early start needs it: the reader's engine options, then what was started. */
export interface EarlyAnalysis {
  /** The reader's engine options (undefined: the engine reads them). */
  options: Promise<AnalyzeOptions | undefined>;
  /** Asks the page for its text, unless already asked: the engine starts only once that request is on its way. */
  askForText: () => unknown;
  started?: { text: string; links: LinkSpan[]; report: Promise<Report> };
}

/** Notes that an analysis of the tab has begun, so Readability's outline for it may start the engine early. */
export function expectEarly(bg: Background, tabId: number, early: EarlyAnalysis): void {
  bg.early.set(tabId, early);
}

/** Waits one turn of the event loop. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Starts the engine on the text `outline` predicts, when an analysis of the tab is under way (none otherwise). */
export function analyseOutlineEarly(bg: Background, tabId: number | undefined, outline: ArticleOutline | null): void {
  const early = tabId === undefined ? undefined : bg.early.get(tabId);
  if (!early || !outline) return;
  const { text, links } = outlineText(outline);
  // The engine holds this thread, so the page is asked for its text now (it is clearly there, and reading), or
  // its answer would wait for the engine; and the outline's answer goes out first (a turn of the event loop).
  early.askForText();
  const report = nextTask()
    .then(() => early.options)
    .then(async (options) => {
      trace('bg:early-start');
      const made = await bg.engine(text, links, options);
      trace('bg:early-done');
      return made;
    });
  report.catch(() => undefined); // the analysis that uses it reports the failure
  early.started = { text, links, report };
}

const sameLinks = (a: readonly LinkSpan[], b: readonly LinkSpan[]) =>
  a.length === b.length && a.every((l, i) => l.start === b[i].start && l.end === b[i].end && l.href === b[i].href);

/** The tab's early report when it was made on exactly this text and these links; the engine's report otherwise. */
export async function reportFor(bg: Background, tabId: number, text: string, links: LinkSpan[]): Promise<Report> {
  const early = bg.early.get(tabId);
  const started = early?.started;
  if (early) early.started = undefined;
  if (started && started.text === text && sameLinks(started.links, links)) return started.report;
  return bg.engine(text, links, await early?.options);
}
