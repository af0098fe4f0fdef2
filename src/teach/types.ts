/**
 * Teach mode's model: the phrases a student marks in a text, and how those marks compare with Sourcelight's
 * findings once revealed. Only the three families a reader is asked to spot can be marked; named and
 * documented sources are what good sourcing looks like, not something to catch.
 */
import type { Finding } from '../engine/types.ts';
import type { Family } from '../messaging/protocol.ts';

/** What a student can mark a phrase as: a loaded word, an anonymous or vague source, a claim with no source. */
export type MarkKind = Exclude<Family, 'sourced'>;

/** Every kind of mark, in the order the marking menu offers them. */
export const MARK_KINDS: readonly MarkKind[] = ['rhetoric', 'weak-source', 'unsourced'];

/** One phrase a student marked: [start, end) in the text, as UTF-16 offsets like the engine's. */
export interface StudentMark {
  /** Unique among the marks of one text, e.g. "m3". */
  id: string;
  start: number;
  end: number;
  kind: MarkKind;
}

/** A student's mark that lands on a finding of the same family. */
export interface Match {
  mark: StudentMark;
  /** Every finding of the mark's family it overlaps, in text order (never empty). */
  findings: Finding[];
}

/** A student's mark that Sourcelight did not make: no finding of its family overlaps it. */
export interface Extra {
  mark: StudentMark;
  /** A finding of another family under the mark, when there is one: "Sourcelight saw something else here". */
  otherFinding?: Finding;
}

/** The student's marks beside Sourcelight's findings. */
export interface TeachResult {
  matches: Match[];
  /** Findings of a markable family that no mark of that family touches. */
  misses: Finding[];
  extras: Extra[];
  /** How many findings of a markable family there were, and how many of them the student found. */
  counts: { findings: number; found: number; missed: number; marks: number; matched: number; extra: number };
}
