/**
 * Draws findings with the CSS Custom Highlight API: one Highlight per family in CSS.highlights, styled by
 * the ::highlight() rules in styles.ts. The page's DOM is never touched, so its scripts, layout and copy
 * and paste behave exactly as before. Both target browsers have the API (Chromium 105+, Firefox 140+); where
 * it is missing nothing is drawn and the reader is told, because the alternative (wrapping text in
 * elements) would change the page.
 */
import type { Finding } from '../../engine/types.ts';
import { FAMILIES } from '../../messaging/families.ts';
import type { Family } from '../../messaging/protocol.ts';
import type { Slicer } from '../slicer.ts';
import { ACTIVE_NAME, ACTIVE_PRIORITY, ALL_FAMILY_NAMES, FLASH_NAME, FLASH_PRIORITY, highlightName, layerOf, priorityOf } from './styles.ts';

/** One drawn finding: its family and its live Range. */
export interface Entry {
  finding: Finding;
  family: Family;
  range: Range;
}

/** The highlight API of a window, when it has one. */
export interface HighlightEnv {
  registry: HighlightRegistry;
  create: (...ranges: Range[]) => Highlight;
  /** Resolves once the browser has had a chance to draw a frame (the page's rendering, not ours, is what costs). */
  nextFrame?: () => Promise<void>;
}

/**
 * How many ranges are added before the browser gets a frame to draw them. Firefox turns each newly added
 * range into boxes at the next paint (about a tenth of a millisecond each on a slow machine): 3,000 at once
 * block the page for hundreds of milliseconds, a few hundred per frame do not.
 */
export const RANGES_PER_FRAME = 200;

/** Waits for the window's next frame to be drawn, or just for the next task where no frame will come (a hidden tab). */
function frameWaiter(view: Window): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (view.document.visibilityState !== 'visible') {
        setTimeout(resolve, 0);
        return;
      }
      // A frame callback runs before the paint: the task queued from it runs after the paint.
      const done = () => setTimeout(resolve, 0);
      const timer = setTimeout(done, 100); // a frame that never comes (the tab was hidden meanwhile)
      view.requestAnimationFrame(() => {
        clearTimeout(timer);
        done();
      });
    });
}

/** The highlight API of `scope` (a window), or undefined where the browser lacks it. */
export function highlightEnv(scope: object = globalThis): HighlightEnv | undefined {
  const { CSS: css, Highlight: HighlightCtor } = scope as { CSS?: { highlights?: HighlightRegistry }; Highlight?: typeof Highlight };
  if (!css?.highlights || typeof HighlightCtor !== 'function') return undefined;
  const view = scope as Window;
  const nextFrame = typeof view.requestAnimationFrame === 'function' && view.document ? frameWaiter(view) : undefined;
  return { registry: css.highlights, create: (...ranges) => new HighlightCtor(...ranges), nextFrame };
}

/** One family's layer as drawn: every range it holds, and the Highlight object registered for it (if shown). */
interface DrawnLayer {
  family: Family;
  name: string;
  priority: number;
  ranges: Range[];
  shown: Highlight | undefined;
}

/** Owns Sourcelight's entries in CSS.highlights. */
export class Painter {
  private layers: DrawnLayer[] = [];
  /** Every range in the order it is drawn: what is on screen first, then the rest of the article. */
  private order: { layer: DrawnLayer; range: Range }[] = [];
  private visible = true;
  private families = new Set<Family>(FAMILIES);
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every change, so a fill still running for an older state stops. */
  private generation = 0;

  constructor(private readonly env: HighlightEnv) {}

  /**
   * Replaces what is drawn with `entries` (in reading order), starting at `first` (the first one on screen) so
   * the reader sees highlights at once, and adding the rest a few hundred per frame.
   */
  async paint(entries: readonly Entry[], slicer: Slicer, first = 0): Promise<void> {
    this.clear();
    for (const family of FAMILIES) {
      for (const layer of ['claim', 'phrase'] as const) {
        this.layers.push({ family, name: highlightName(family, layer), priority: priorityOf(family, layer), ranges: [], shown: undefined });
      }
    }
    const start = Math.min(Math.max(0, first), entries.length);
    await this.add([...entries.slice(start), ...entries.slice(0, start)], slicer);
  }

  /** Draws `entries` beside what paint drew, after it (a page draws what is on screen first, then the rest). */
  async add(entries: readonly Entry[], slicer: Slicer): Promise<void> {
    for (const entry of entries) {
      const name = highlightName(entry.family, layerOf(entry.finding));
      const layer = this.layers.find((l) => l.name === name);
      if (!layer) continue;
      layer.ranges.push(entry.range);
      this.order.push({ layer, range: entry.range });
    }
    await this.apply(slicer);
  }

  /** Shows or hides all highlights, and which families are shown; resolves once every shown range is drawn. */
  async setVisible(visible: boolean, families: readonly Family[], slicer?: Slicer): Promise<void> {
    this.visible = visible;
    this.families = new Set(families);
    await this.apply(slicer);
  }

  /** Whether a family's highlights are on screen now. */
  isShown(family: Family): boolean {
    return this.visible && this.families.has(family) && this.layers.length > 0;
  }

  private wanted(layer: DrawnLayer): boolean {
    return this.isShown(layer.family) && layer.ranges.length > 0;
  }

  /**
   * Takes hidden layers out of the registry and puts newly shown ones in, empty, then fills them. Registered
   * first, filled after: a highlight registered full makes Firefox convert all its ranges at once. The
   * registry is touched only on a change: setting a registered highlight again makes Firefox redo them all.
   */
  private async apply(slicer?: Slicer): Promise<void> {
    const generation = ++this.generation;
    for (const layer of this.layers) {
      if (!this.wanted(layer)) {
        if (layer.shown && this.env.registry.get(layer.name) === layer.shown) this.env.registry.delete(layer.name);
        layer.shown = undefined;
      } else if (!layer.shown) {
        layer.shown = this.env.create();
        layer.shown.priority = layer.priority;
        this.env.registry.set(layer.name, layer.shown);
      }
    }
    let added = 0;
    for (const { layer, range } of this.order) {
      // Every shown layer, skipping what it holds: a fill cut short by a newer change (a family shown or hidden
      // while the article was still being drawn) is completed here rather than left half drawn.
      if (!layer.shown || layer.shown.has(range)) continue;
      layer.shown.add(range);
      if (++added % RANGES_PER_FRAME === 0 && this.env.nextFrame) {
        await (slicer ? slicer.wait(this.env.nextFrame()) : this.env.nextFrame());
        if (generation !== this.generation) return;
      } else if (slicer?.overBudget()) {
        await slicer.maybeYield();
        if (generation !== this.generation) return;
      }
    }
  }

  /** Marks the finding whose explanation is open (or none). */
  setActive(range: Range | undefined): void {
    this.setSingle(ACTIVE_NAME, range, ACTIVE_PRIORITY);
  }

  /** Flashes a range for a moment, so the eye finds a finding the reader asked to see. */
  flash(range: Range, ms = 1800): void {
    clearTimeout(this.flashTimer);
    this.setSingle(FLASH_NAME, range, FLASH_PRIORITY);
    this.flashTimer = setTimeout(() => this.env.registry.delete(FLASH_NAME), ms);
  }

  private setSingle(name: string, range: Range | undefined, priority: number): void {
    if (!range) {
      this.env.registry.delete(name);
      return;
    }
    const highlight = this.env.create(range);
    highlight.priority = priority;
    this.env.registry.set(name, highlight);
  }

  /** Removes everything Sourcelight put into CSS.highlights. */
  clear(): void {
    this.generation++;
    clearTimeout(this.flashTimer);
    for (const name of [...ALL_FAMILY_NAMES, FLASH_NAME, ACTIVE_NAME]) this.env.registry.delete(name);
    this.layers = [];
    this.order = [];
  }
}
