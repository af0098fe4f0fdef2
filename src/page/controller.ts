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
import { extract, type PageReading, type ReadArticle, readAndAlign } from './extract/extract.ts';
import type { TextMap } from './extract/text-map.ts';
import { findingsAtPoint } from './hit-test.ts';
import { type Entry, type HighlightEnv, Painter } from './highlight/painter.ts';
import { listenToGestures } from './interaction.ts';
import { scrollToRange } from './reveal.ts';
import { trace } from '../platform/trace.ts';
import { onScreen } from './highlight/on-screen.ts';
import { createSlicer, type Slicer } from './slicer.ts';
import { strings } from './strings.ts';
import { type PageChange, watchPage } from './watch.ts';

/** Sourcelight in one page. */
export class PageController {
  private map: TextMap | undefined;
  private entries: Entry[] = [];
  private painter: Painter | undefined;
  private card: ExplanationCard | undefined;
  private gestures: AbortController | undefined;
  private watching: AbortController | undefined;
  /** The page read for an article before the background asked (prefetch), used by the next extraction. */
  private early: Promise<PageReading> | undefined;
  /** Counts drawings: one that a newer drawing overtakes stops placing its findings. */
  private draws = 0;
  /** The longest the page's main thread ran Sourcelight's code without a break, since last asked. */
  private longestSliceMs = 0;

  constructor(
    private readonly doc: Document,
    private readonly env: HighlightEnv | undefined,
    /** Runs Readability off the page's main thread (main.ts asks the background). */
    private readonly read: ReadArticle,
    /** Called by teardown, after everything on the page is gone (main.ts stops listening to messages). */
    private readonly onTeardown: () => void = () => undefined,
    /** Called when the page changed under its analysis (watch.ts); after a navigation, Sourcelight has already left. */
    private readonly onPageChanged: (change: PageChange) => void = () => undefined,
  ) {}

  /**
   * Starts reading the page for an article the moment the script runs, before the background asks: the
   * snapshot is taken, Readability runs in the background while the background loads the engine, and its
   * outline is put back on the live page. Not when the reader has selected text (then "Analyse selected
   * text" is the likely request, which needs none).
   */
  prefetch(): void {
    const selection = this.doc.getSelection();
    if (selection && !selection.isCollapsed) return;
    const slicer = createSlicer();
    this.early = readAndAlign(this.read, this.doc, slicer, false).finally(() => this.noteSlices(slicer));
    this.early.catch(() => undefined); // the extraction that uses it reports the failure
  }

  private noteSlices(slicer: Slicer): void {
    this.longestSliceMs = Math.max(this.longestSliceMs, slicer.longestSlice());
  }

  /** The answers to the background's calls. */
  handlers(): Handlers<PageCalls> {
    return {
      extract: (mode) => this.extract(mode),
      draw: (report, families) => {
        assertReport(report);
        return this.draw(report.findings, families);
      },
      drawPlan: (plan, families) => {
        trace('page:plan-received');
        // The slicer starts here: decoding a long article's plan is part of the drawing's first slice.
        const slicer = createSlicer();
        return this.draw(fromDrawPlan(plan, (start, end) => this.map?.text.slice(start, end) ?? ''), families, slicer);
      },
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
    const early = this.early;
    this.early = undefined;
    const slicer = createSlicer();
    trace('page:extract-asked');
    const { extraction, map } = await extract(mode, this.read, this.doc, slicer, mode === 'selection' ? undefined : early);
    this.noteSlices(slicer);
    this.map = map;
    trace('page:extracted');
    return extraction;
  }

  private async draw(findings: readonly Finding[], families: Family[], slicer = createSlicer()) {
    if (!isFamilyList(families)) throw new TypeError(strings.badVisibility);
    if (!this.map) throw new Error(strings.staleReport);
    if (!this.env) throw new Error(strings.noHighlightApi);
    trace('page:plan');
    const { map, doc } = { map: this.map, doc: this.doc };
    const drawing = ++this.draws;
    // Finding what is on screen lays the page out: not in the same slice as a long plan's decoding.
    await slicer.maybeYield();
    if (drawing !== this.draws) return { drawn: 0, unmatched: 0 };
    // What is on screen is placed and drawn first, and shown a frame before the rest of the article (each range
    // costs a little, and a long article has thousands); then what follows it, then what is above it.
    const [first, end] = onScreen(findings, (f) => map.range(f.start, f.end, doc), doc.defaultView?.innerHeight ?? Number.POSITIVE_INFINITY);
    const parts = [findings.slice(first, end), findings.slice(end), findings.slice(0, first)];
    const entries: Entry[] = [];
    let unmatched = 0;
    for (const [i, part] of parts.entries()) {
      const placed = await entriesFor(part, map, doc, slicer);
      if (drawing !== this.draws) break; // a newer drawing took over
      entries.push(...placed.entries);
      unmatched += placed.unmatched;
      if (i > 0) {
        await this.painter?.add(placed.entries, slicer);
        continue;
      }
      this.card?.hide();
      this.entries = placed.entries;
      this.painter ??= new Painter(this.env);
      this.painter.clear();
      await this.painter.setVisible(true, families); // nothing drawn yet: this only chooses what paint shows
      await this.painter.paint(placed.entries, slicer);
      trace('page:entries');
      if (this.env.nextFrame) await slicer.wait(this.env.nextFrame());
    }
    if (drawing === this.draws) this.entries = entries.sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end);
    trace('page:painted');
    this.listen();
    this.watch(map);
    this.noteSlices(slicer);
    return { drawn: entries.length, unmatched };
  }

  /** Watches the page under the drawn analysis: a new article makes Sourcelight leave; new text is reported. */
  private watch(map: TextMap): void {
    this.watching?.abort();
    this.watching = new AbortController();
    const analysed = { url: this.doc.location?.href ?? '', nodes: map.pieces.map((p) => p.node) };
    watchPage(
      this.doc,
      analysed,
      (change) => {
        if (change === 'navigated') this.teardown();
        this.onPageChanged(change);
      },
      this.watching.signal,
    );
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

  private async setVisible(visible: boolean, families: Family[]): Promise<void> {
    if (typeof visible !== 'boolean' || !isFamilyList(families)) throw new TypeError(strings.badVisibility);
    const slicer = createSlicer();
    await this.painter?.setVisible(visible, families, slicer);
    this.noteSlices(slicer);
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
    this.watching?.abort();
    this.watching = undefined;
    this.early = undefined;
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
