/** Span arithmetic for span-level metrics: merging, overlap, SemEval-2020 Task 11 overlap credit, hits. */

/** A half-open character range [start, end) in UTF-16 code units. */
export interface Range {
  start: number;
  end: number;
}

/** Sorts ranges and merges those that overlap, so no character is counted twice. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ start: r.start, end: r.end });
  }
  return merged;
}

/** Number of characters two ranges share. */
export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * SemEval-2020 Task 11 partial credit: for each range of `spans`, the share of its characters covered by
 * `against`, summed. credit / count is precision (spans = predictions) or recall (spans = gold). Both lists are
 * merged first, as the task's scorer does, so each span earns at most 1 and `count` is the merged count.
 */
export function overlapCredit(spans: Range[], against: Range[]): { credit: number; count: number } {
  const others = mergeRanges(against);
  const own = mergeRanges(spans);
  let credit = 0;
  for (const s of own) {
    let covered = 0;
    for (const o of others) covered += overlapLength(s, o);
    credit += covered / (s.end - s.start);
  }
  return { credit, count: own.length };
}

/** True when the range shares at least one character with any of the others. */
export function overlapsAny(range: Range, others: Range[]): boolean {
  return others.some((o) => overlapLength(range, o) > 0);
}
