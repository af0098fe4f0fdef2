/**
 * Highlights on an extension page, with the content script's own parts: the same CSS highlight styles, the
 * same Painter, hit-testing, explanation card, gestures and reveal. One highlighter serves every text on the
 * page (the compare page shows two), because the highlight registry is one per document.
 */
import type { Finding } from '../../src/engine/types.ts';
import type { Family } from '../../src/messaging/protocol.ts';
import { ExplanationCard } from '../../src/page/card/card.ts';
import { entriesFor } from '../../src/page/draw.ts';
import type { TextMap } from '../../src/page/extract/text-map.ts';
import { type Entry, type HighlightEnv, highlightEnv, Painter } from '../../src/page/highlight/painter.ts';
import { HIGHLIGHT_CSS } from '../../src/page/highlight/styles.ts';
import { findingsAtPoint } from '../../src/page/hit-test.ts';
import { listenToGestures } from '../../src/page/interaction.ts';
import { scrollToRange } from '../../src/page/reveal.ts';
import { createSlicer } from '../../src/page/slicer.ts';

/** One text on the page: its map and the findings to draw on it. */
export interface HighlightSource {
  map: TextMap;
  findings: readonly Finding[];
}

/** Findings placed per step, between progress reports. */
const STEP = 400;

/** Adds the ::highlight() rules as a constructed sheet (the pages' CSP allows only packaged style files). */
function adoptHighlightStyles(doc: Document): void {
  // Both target browsers have constructed sheets; a DOM without them (jsdom in unit tests) draws unstyled.
  if (!Array.isArray(doc.adoptedStyleSheets)) return;
  const sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
  sheet.replaceSync(HIGHLIGHT_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/** Draws findings over rendered texts and explains them on hover, click or reveal. */
export class PageHighlighter {
  private readonly painter: Painter | undefined;
  private readonly card: ExplanationCard;
  private readonly gestures = new AbortController();
  private drawn: Array<{ map: TextMap; entries: Entry[] }> = [];

  constructor(
    private readonly doc: Document = document,
    env: HighlightEnv | undefined = highlightEnv(doc.defaultView ?? globalThis),
  ) {
    this.card = new ExplanationCard(doc);
    this.card.onHide = () => this.painter?.setActive(undefined);
    if (!env) return;
    this.painter = new Painter(env);
    adoptHighlightStyles(doc);
    listenToGestures(
      doc,
      { card: this.card, hitTest: (x, y) => this.hitTest(x, y), open: (e, pinned) => this.open(e, pinned) },
      this.gestures.signal,
    );
  }

  /** Whether this browser can draw highlights (CSS Custom Highlight API). */
  get supported(): boolean {
    return this.painter !== undefined;
  }

  /** Replaces what is drawn; reports progress from 0 to 1 and yields to the page between steps. */
  async draw(
    sources: readonly HighlightSource[],
    families: readonly Family[],
    onProgress: (share: number) => void = () => undefined,
  ) {
    this.card.hide();
    const slicer = createSlicer();
    const total = sources.reduce((n, s) => n + s.findings.length, 0) || 1;
    let done = 0;
    let unmatched = 0;
    const drawn: Array<{ map: TextMap; entries: Entry[] }> = [];
    for (const { map, findings } of sources) {
      const entries: Entry[] = [];
      for (let i = 0; i < findings.length; i += STEP) {
        const placed = await entriesFor(findings.slice(i, i + STEP), map, this.doc, slicer);
        entries.push(...placed.entries);
        unmatched += placed.unmatched;
        done += Math.min(STEP, findings.length - i);
        onProgress(done / total);
      }
      drawn.push({ map, entries });
    }
    this.drawn = drawn;
    await this.painter?.paint(
      drawn.flatMap((d) => d.entries),
      slicer,
    );
    this.painter?.setVisible(true, families);
    onProgress(1);
    return { drawn: done - unmatched, unmatched };
  }

  /** Shows or hides all highlights, and which families are shown. */
  setVisible(visible: boolean, families: readonly Family[]): void {
    this.painter?.setVisible(visible, families);
    const open = this.card.entries[0];
    if (open && !this.painter?.isShown(open.family)) this.card.hide();
  }

  /** Scrolls to a finding of the `source`-th text, flashes it and opens its card; false when it is not drawn. */
  reveal(source: number, findingId: string): boolean {
    const entry = this.drawn[source]?.entries.find((e) => e.finding.id === findingId);
    if (!entry) return false;
    scrollToRange(entry.range, this.doc);
    this.painter?.flash(entry.range);
    // Opened after the current event: reveal runs from a click on a list item, and that same click, reaching
    // the document, would otherwise close the card at once as a click beside the highlights.
    setTimeout(() => this.open([entry], true), 0);
    return true;
  }

  /** Removes every highlight, the card and the listeners. */
  dispose(): void {
    this.gestures.abort();
    this.card.hide();
    this.painter?.clear();
    this.drawn = [];
  }

  private hitTest(x: number, y: number): Entry[] {
    const shown = (e: Entry) => this.painter?.isShown(e.family) ?? false;
    return this.drawn.flatMap(({ map, entries }) => findingsAtPoint(this.doc, map, entries, x, y, shown));
  }

  private open(entries: Entry[], pinned: boolean): void {
    if (entries.length === 0) return;
    this.painter?.setActive(entries[0].range);
    this.card.show(entries, entries[0].range, pinned);
  }
}
