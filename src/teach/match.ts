/**
 * Compares a student's marks with Sourcelight's findings. A mark matches a finding when the two spans share at
 * least one character and the mark's kind is the finding's family: a student who marks "slammed" inside a
 * loaded phrase, or a few words of an unsourced sentence, has spotted it. Spans that only touch do not overlap.
 */
import type { Finding } from '../engine/types.ts';
import { familyOf } from '../messaging/families.ts';
import { sortMarks } from './marks.ts';
import { type Extra, MARK_KINDS, type MarkKind, type Match, type StudentMark, type TeachResult } from './types.ts';

/** True when [a.start, a.end) and [b.start, b.end) share at least one position. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True for a finding of a family a student can mark (not a named or documented source). */
export function isMarkable(finding: Finding): boolean {
  return (MARK_KINDS as readonly string[]).includes(familyOf(finding));
}

/** The marks and the markable findings side by side: matches, misses and marks Sourcelight did not make. */
export function compareMarks(marks: readonly StudentMark[], findings: readonly Finding[]): TeachResult {
  const targets = findings.filter(isMarkable).sort((a, b) => a.start - b.start);
  const found = new Set<Finding>();
  const matches: Match[] = [];
  const extras: Extra[] = [];
  // One sweep, marks and findings both by start: `open` holds the findings begun before the mark ends and not
  // ended before it starts, so each mark looks at its neighbours only, not at every finding of a long text.
  let next = 0;
  let open: Finding[] = [];
  for (const mark of sortMarks(marks)) {
    while (next < targets.length && targets[next].start < mark.end) open.push(targets[next++]);
    // Later marks start no earlier, so a finding that ends before this mark starts can never be under one again.
    open = open.filter((f) => f.end > mark.start);
    const under = open.filter((f) => overlaps(mark, f));
    const same = under.filter((f) => familyOf(f) === mark.kind);
    if (same.length > 0) {
      for (const f of same) found.add(f);
      matches.push({ mark, findings: same });
    } else extras.push(under.length > 0 ? { mark, otherFinding: under[0] } : { mark });
  }
  const misses = targets.filter((f) => !found.has(f));
  return {
    matches,
    misses,
    extras,
    counts: {
      findings: targets.length,
      found: found.size,
      missed: misses.length,
      marks: marks.length,
      matched: matches.length,
      extra: extras.length,
    },
  };
}

/** The family a finding would be marked as, or undefined for a named or documented source. */
export function markKindOf(finding: Finding): MarkKind | undefined {
  const family = familyOf(finding);
  return family === 'sourced' ? undefined : family;
}

/** How well the student did, for the summary's tone: every finding, most, some, none, or nothing to find. */
export type Outcome = 'all' | 'most' | 'some' | 'none' | 'nothing';

/** The summary's tone: "most" from half of the findings found, with no more wrong marks than right ones. */
export function outcomeOf({ counts }: TeachResult): Outcome {
  if (counts.findings === 0) return 'nothing';
  if (counts.found === counts.findings) return 'all';
  if (counts.found * 2 >= counts.findings && counts.extra <= counts.matched) return 'most';
  return counts.found > 0 ? 'some' : 'none';
}
