/**
 * Adding and removing a student's marks. A selection is trimmed to the words it covers (a mouse drag often takes
 * a space or a line break along), and marking exactly the same words again changes the mark's kind instead of
 * adding a second mark. Marks are kept in text order.
 */
import type { MarkKind, StudentMark } from './types.ts';

/** The longest stretch one mark may cover: a paragraph, not the whole text. */
export const MAX_MARK_CHARS = 2_000;

/** Why a selection could not become a mark. */
export type MarkProblem = 'empty' | 'too-long' | 'outside';

/** [start, end) shrunk to its first and last non-space characters; empty when it holds only spaces. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** A free id ("m1", "m2", ...): one more than the highest in use. */
function nextId(marks: readonly StudentMark[]): string {
  const highest = marks.reduce((n, m) => Math.max(n, Number(m.id.slice(1)) || 0), 0);
  return `m${highest + 1}`;
}

/** The marks with [start, end) of `text` marked as `kind`, or why that selection cannot be marked. */
export function addMark(
  marks: readonly StudentMark[],
  text: string,
  selection: { start: number; end: number },
  kind: MarkKind,
): { ok: true; marks: StudentMark[]; mark: StudentMark } | { ok: false; problem: MarkProblem } {
  if (!(selection.start >= 0 && selection.end <= text.length && selection.start <= selection.end))
    return { ok: false, problem: 'outside' };
  const { start, end } = trimSpan(text, selection.start, selection.end);
  if (end === start) return { ok: false, problem: 'empty' };
  if (end - start > MAX_MARK_CHARS) return { ok: false, problem: 'too-long' };
  const same = marks.find((m) => m.start === start && m.end === end);
  const mark: StudentMark = { id: same?.id ?? nextId(marks), start, end, kind };
  const rest = marks.filter((m) => m !== same);
  return { ok: true, marks: sortMarks([...rest, mark]), mark };
}

/** The marks without the one with `id`. */
export function removeMark(marks: readonly StudentMark[], id: string): StudentMark[] {
  return marks.filter((m) => m.id !== id);
}

/** Marks in text order (by start, then end). */
export function sortMarks(marks: readonly StudentMark[]): StudentMark[] {
  return [...marks].sort((a, b) => a.start - b.start || a.end - b.end);
}
