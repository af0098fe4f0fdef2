/**
 * Draws a student's marks over the text with the CSS Custom Highlight API: one highlight per kind of mark
 * (styled in pages.css as ::highlight(sourcelight-teach-<kind>)), so the text's nodes are never split or
 * wrapped and the findings' highlights, drawn on the same nodes after Reveal, still find them.
 */
import type { TextMap } from '../../src/page/extract/text-map.ts';
import { type HighlightEnv, highlightEnv } from '../../src/page/highlight/painter.ts';
import { MARK_KINDS, type MarkKind, type StudentMark } from '../../src/teach/types.ts';

/** The highlight name of a kind of mark, e.g. "sourcelight-teach-rhetoric". */
export function markHighlightName(kind: MarkKind): string {
  return `sourcelight-teach-${kind}`;
}

/** Below the findings' highlights (priorities 1 to 10), so a revealed finding's colour shows over a mark. */
const MARK_PRIORITY = 0;

/** Paints marks, replacing the marks painted before. */
export class MarkPainter {
  constructor(
    private readonly doc: Document = document,
    private readonly env: HighlightEnv | undefined = highlightEnv(doc.defaultView ?? globalThis),
  ) {}

  /** Whether this browser can draw the marks (the list of marks works either way). */
  get supported(): boolean {
    return this.env !== undefined;
  }

  /** Draws `marks` over the text `map` renders. */
  paint(map: TextMap, marks: readonly StudentMark[]): void {
    if (!this.env) return;
    for (const kind of MARK_KINDS) {
      const ranges = marks
        .filter((m) => m.kind === kind)
        .map((m) => map.range(m.start, m.end, this.doc))
        .filter((r): r is Range => r !== undefined);
      const highlight = this.env.create(...ranges);
      highlight.priority = MARK_PRIORITY;
      this.env.registry.set(markHighlightName(kind), highlight);
    }
  }

  /** Removes every mark. */
  clear(): void {
    for (const kind of MARK_KINDS) this.env?.registry.delete(markHighlightName(kind));
  }
}
