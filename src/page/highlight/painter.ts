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
import { ACTIVE_NAME, ACTIVE_PRIORITY, ALL_FAMILY_NAMES, FLASH_NAME, FLASH_PRIORITY, highlightName, type Layer, layerOf, priorityOf } from './styles.ts';

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
}

/** The highlight API of `scope` (a window), or undefined where the browser lacks it. */
export function highlightEnv(scope: object = globalThis): HighlightEnv | undefined {
  const { CSS: css, Highlight: HighlightCtor } = scope as { CSS?: { highlights?: HighlightRegistry }; Highlight?: typeof Highlight };
  if (!css?.highlights || typeof HighlightCtor !== 'function') return undefined;
  return { registry: css.highlights, create: (...ranges) => new HighlightCtor(...ranges) };
}

/** Owns Sourcelight's entries in CSS.highlights. */
export class Painter {
  /** Per family, its claim and phrase Highlights. */
  private readonly highlights = new Map<Family, Record<Layer, Highlight>>();
  private visible = true;
  private families = new Set<Family>(FAMILIES);
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly env: HighlightEnv) {}

  /** Replaces what is drawn with `entries`, adding ranges in time slices so a long article does not freeze the page. */
  async paint(entries: readonly Entry[], slicer: Slicer): Promise<void> {
    this.clear();
    for (const family of FAMILIES) {
      const layers = { claim: this.env.create(), phrase: this.env.create() };
      layers.claim.priority = priorityOf(family, 'claim');
      layers.phrase.priority = priorityOf(family, 'phrase');
      this.highlights.set(family, layers);
    }
    // Registered first, filled after: Firefox converts a registered highlight's ranges one by one as they
    // are added, whereas registering a full one converts thousands at once (over 50 ms on a long article).
    this.apply(true);
    for (const entry of entries) {
      this.highlights.get(entry.family)?.[layerOf(entry.finding)].add(entry.range);
      if (slicer.overBudget()) await slicer.maybeYield();
    }
    this.apply();
  }

  /** Shows or hides all highlights, and which families are shown. */
  setVisible(visible: boolean, families: readonly Family[]): void {
    this.visible = visible;
    this.families = new Set(families);
    this.apply();
  }

  /** Whether a family's highlights are on screen now. */
  isShown(family: Family): boolean {
    return this.visible && this.families.has(family) && this.highlights.has(family);
  }

  /** Puts shown families into the registry (empty layers only when `evenEmpty`) and takes hidden ones out. */
  private apply(evenEmpty = false): void {
    for (const [family, layers] of this.highlights) {
      for (const layer of ['claim', 'phrase'] as const) {
        const name = highlightName(family, layer);
        // Empty layers stay out of the registry: the page's CSS.highlights lists only what is drawn. The registry
        // is touched only on a change: setting a registered highlight again makes Firefox redo all its ranges.
        const wanted = this.isShown(family) && (evenEmpty || layers[layer].size > 0);
        const registered = this.env.registry.get(name) === layers[layer];
        if (wanted && !registered) this.env.registry.set(name, layers[layer]);
        else if (!wanted && this.env.registry.has(name)) this.env.registry.delete(name);
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
    clearTimeout(this.flashTimer);
    for (const name of [...ALL_FAMILY_NAMES, FLASH_NAME, ACTIVE_NAME]) this.env.registry.delete(name);
    this.highlights.clear();
  }
}
