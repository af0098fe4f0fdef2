/**
 * Teach mode's work kept across a reload of the page: the text, its title, the student's marks and whether the
 * findings were revealed (the findings themselves are not kept: the engine gives the same ones again). What is
 * read back is checked field by field, because storage can hold anything: an older version, a hand edit, a
 * half-written value. A bad mark is dropped and counted; anything else wrong starts afresh.
 */
import { MAX_MARK_CHARS, sortMarks } from './marks.ts';
import { MARK_KINDS, type MarkKind, type StudentMark } from './types.ts';

/** The storage key. */
export const SAVED_KEY = 'sourcelight-teach';

/** The version of the saved shape; a different one is not read. */
export const SAVED_VERSION = 1;

/** The longest text teach mode keeps (a lesson's text, with room to spare). */
export const MAX_TEACH_CHARS = 200_000;

/** The most marks read back: far more than a lesson makes, few enough that a hand-edited store cannot stall Reveal. */
export const MAX_SAVED_MARKS = 2_000;

/** The longest title kept: the page cuts a file's title to it, and a longer one read back is left out (not the work). */
export const MAX_TITLE_CHARS = 1_000;

/** The work on one text. */
export interface TeachWork {
  text: string;
  title?: string;
  marks: StudentMark[];
  revealed: boolean;
}

/** What was read back: the work (or none), and how many marks were dropped or whether the whole was unreadable. */
export type Restored =
  | { kind: 'none' }
  | { kind: 'unreadable' }
  | { kind: 'restored'; work: TeachWork; droppedMarks: number };

/** The part of the Web Storage API this uses (sessionStorage on the page, a stand-in in tests). */
export type WorkStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A saved mark that still fits the text, or undefined. */
function readMark(value: unknown, text: string): StudentMark | undefined {
  if (!isObject(value)) return undefined;
  const { id, start, end, kind } = value;
  // Ids count up from "m1"; more digits than a safe integer holds could not give the next one.
  if (typeof id !== 'string' || !/^m\d{1,15}$/.test(id)) return undefined;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  const s = start as number;
  const e = end as number;
  if (s < 0 || e <= s || e > text.length || e - s > MAX_MARK_CHARS) return undefined;
  if (!MARK_KINDS.includes(kind as MarkKind)) return undefined;
  return { id, start: s, end: e, kind: kind as MarkKind };
}

/** Checks a parsed value; marks that do not fit are dropped (so are duplicates of an id, and marks past the cap). */
export function validateWork(value: unknown): Restored {
  if (!isObject(value) || value.version !== SAVED_VERSION) return { kind: 'unreadable' };
  const { text, title, marks, revealed } = value;
  if (typeof text !== 'string' || text.trim() === '' || text.length > MAX_TEACH_CHARS) return { kind: 'unreadable' };
  if (!Array.isArray(marks) || typeof revealed !== 'boolean') return { kind: 'unreadable' };
  if (title !== undefined && typeof title !== 'string') return { kind: 'unreadable' };
  const kept: StudentMark[] = [];
  const ids = new Set<string>();
  for (const raw of marks.slice(0, MAX_SAVED_MARKS)) {
    const mark = readMark(raw, text);
    if (mark && !ids.has(mark.id)) {
      ids.add(mark.id);
      kept.push(mark);
    }
  }
  const work: TeachWork = { text, marks: sortMarks(kept), revealed };
  if (title && title.length <= MAX_TITLE_CHARS) work.title = title;
  return { kind: 'restored', work, droppedMarks: marks.length - kept.length };
}

/** Reads the saved work; never throws (a storage that refuses to be read counts as unreadable). */
export function loadWork(storage: WorkStorage): Restored {
  let raw: string | null;
  try {
    raw = storage.getItem(SAVED_KEY);
  } catch {
    return { kind: 'unreadable' };
  }
  if (raw === null) return { kind: 'none' };
  try {
    return validateWork(JSON.parse(raw));
  } catch {
    return { kind: 'unreadable' };
  }
}

/** Saves the work (or clears it when `work` is undefined); false when the storage refused. */
export function saveWork(storage: WorkStorage, work: TeachWork | undefined): boolean {
  try {
    if (work) storage.setItem(SAVED_KEY, JSON.stringify({ version: SAVED_VERSION, ...work }));
    else storage.removeItem(SAVED_KEY);
    return true;
  } catch {
    return false;
  }
}
