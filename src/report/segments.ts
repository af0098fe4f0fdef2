/**
 * Cuts a text into non-overlapping segments for inline highlighting: findings may overlap or nest, so each
 * segment lists every finding that covers it. A sweep over sorted start/end events: O((n + f) log f).
 */
import type { Finding } from '../engine/types.ts';

/** A stretch of text [start, end) and the findings that cover all of it (none for plain text). */
export interface Segment {
  start: number;
  end: number;
  findings: Finding[];
}

/**
 * Segments covering [0, length) in order, cut at every finding boundary and at every extra `cuts` offset
 * (e.g. paragraph boundaries, so no highlight has to cross a paragraph).
 */
export function segmentText(length: number, findings: readonly Finding[], cuts: readonly number[] = []): Segment[] {
  const points = new Set<number>([0, length]);
  for (const f of findings) points.add(f.start).add(f.end);
  for (const c of cuts) if (c > 0 && c < length) points.add(c);
  const boundaries = [...points].filter((p) => p >= 0 && p <= length).sort((a, b) => a - b);
  const byStart = [...findings].sort((a, b) => a.start - b.start);
  const active = new Set<Finding>();
  const segments: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const [start, end] = [boundaries[i], boundaries[i + 1]];
    for (const f of active) if (f.end <= start) active.delete(f);
    while (next < byStart.length && byStart[next].start <= start) {
      if (byStart[next].end > start) active.add(byStart[next]);
      next++;
    }
    segments.push({ start, end, findings: [...active] });
  }
  return segments;
}
