/**
 * The content script's state in one page and its answers to PageCalls: extract the text, draw a report,
 * show or hide families, reveal a finding, and tear everything down. No analysis happens here: the engine
 * runs in the background, and the page only reads text and paints.
 */
import type { Finding } from '../engine/types.ts';
import { fromDrawPlan } from '../messaging/draw-plan.ts';
import { isFamilyList } from '../messaging/families.ts';
import type { ExtractMode, Family, PageCalls } from '../messaging/protocol.ts';
import type { Handlers } from '../messaging/transport.ts';
import { ExplanationCard } from './card/card.ts';
import { assertReport, entriesFor } from './draw.ts';
import { extract, type ReadArticle } from './extract/extract.ts';
import type { TextMap } from './extract/text-map.ts';
import { findingsAtPoint } from './hit-test.ts';
import { type Entry, type HighlightEnv, Painter } from './highlight/painter.ts';
import { listenToGestures } from './interaction.ts';
import { scrollToRange } from './reveal.ts';
import { createSlicer } from './slicer.ts';
import { strings } from './strings.ts';

/** Sourcelight in one page. */
export class PageController {
  private map: TextMap | undefined;
  private entries: Entry[] = [];
  private painter: Painter | undefined;
  private card: ExplanationCard | undefined;
  private gestures: AbortController | undefined;
  /** The longest the page's main thread ran Sourcelight's code without a break, since last asked. */
  private longestSliceMs = 0;

  constructor(
    private readonly doc: Document,
    private readonly env: HighlightEnv | undefined,
    /** Runs Readability off the page's main thread (main.ts asks the background). */
    private readonly read: ReadArticle,
    /** Called by teardown, after everything on the page is gone (main.ts stops listening to messages). */
    private readonly onTeardown: () => void = () => undefined,
  ) {}

  /** The answers to the background's calls. */
  handlers(): Handlers<PageCalls> {
    return {
      extract: (mode) => this.extract(mode),
      draw: (report, families) => {
        assertReport(report);
        return this.draw(report.findings, families);
      },
      drawPlan: (plan, families) => this.draw(fromDrawPlan(plan, (start, end) => this.map?.text.slice(start, end) ?? ''), families),
      setVisible: (visible, families) => this.setVisible(visible, families),
      reveal: (findingId) => this.reveal(findingId),
      teardown: () => this.teardown(),
      ping: () => true,
      diagnostics: () => {
        const longestSliceMs = Math.round(this.longestSliceMs * 10) / 10;
        this.longestSliceMs = 0;
        return { longestSliceMs };
      },
    };
  }

  private async extract(mode: ExtractMode) {
    const slicer = createSlicer();
    const { extraction, map } = await extract(mode, this.read, this.doc, slicer);
    this.longestSliceMs = Math.max(this.longestSliceMs, slicer.longestSlice());
    this.map = map;
    return extraction;
  }

  private async draw(findings: readonly Finding[], families: Family[]) {
    if (!isFamilyList(families)) throw new TypeError(strings.badVisibility);
    if (!this.map) throw new Error(strings.staleReport);
    if (!this.env) throw new Error(strings.noHighlightApi);
    const slicer = createSlicer();
    const { entries, unmatched } = await entriesFor(findings, this.map, this.doc, slicer);
    this.card?.hide();
    this.entries = entries;
    this.painter ??= new Painter(this.env);
    await this.painter.paint(entries, slicer);
    this.painter.setVisible(true, families);
    this.listen();
    this.longestSliceMs = Math.max(this.longestSliceMs, slicer.longestSlice());
    return { drawn: entries.length, unmatched };
  }

  private listen(): void {
    if (this.gestures) return;
    this.gestures = new AbortController();
    const card = new ExplanationCard(this.doc);
    card.onHide = () => this.painter?.setActive(undefined);
    this.card = card;
    listenToGestures(
      this.doc,
      {
        card,
        hitTest: (x, y) =>
          this.map ? findingsAtPoint(this.doc, this.map, this.entries, x, y, (e) => this.painter?.isShown(e.family) ?? false) : [],
        open: (entries, pinned) => this.open(entries, pinned),
      },
      this.gestures.signal,
    );
  }

  private open(entries: Entry[], pinned: boolean): void {
    if (!this.card || entries.length === 0) return;
    this.painter?.setActive(entries[0].range);
    this.card.show(entries, entries[0].range, pinned);
  }

  private setVisible(visible: boolean, families: Family[]): void {
    if (typeof visible !== 'boolean' || !isFamilyList(families)) throw new TypeError(strings.badVisibility);
    this.painter?.setVisible(visible, families);
    const shown = this.card?.entries[0];
    if (shown && !this.painter?.isShown(shown.family)) this.card?.hide();
  }

  private reveal(findingId: string): boolean {
    const entry = this.entries.find((e) => e.finding.id === findingId);
    if (!entry) return false;
    scrollToRange(entry.range, this.doc);
    this.painter?.flash(entry.range);
    this.open([entry], false);
    return true;
  }

  private teardown(): void {
    this.gestures?.abort();
    this.gestures = undefined;
    this.card?.hide();
    this.card = undefined;
    this.painter?.clear();
    this.entries = [];
    this.map = undefined;
    this.onTeardown();
  }
}
