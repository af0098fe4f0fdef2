/**
 * Where a frame of reckoning or seeing stands as a frame: "By her account, ...", "The pitch, in her eyes, was wet",
 * "He was by all accounts a decent man". The same words mid-clause are a bank's or a boxer's ("approved by her account
 * manager", "saved by the referee's count") or the body's ("tears welled in his eyes, and ...").
 */
import { isMark } from '../../names/tokens.ts';
import type { Sentence, Token } from '../../nlp.ts';

/** Marks that set a frame off before it. */
const OPENING_MARKS = ',:;—–(';
/** Marks that close a frame after it (or end its sentence). */
const CLOSING_MARKS = ',:;—–).!?';
/** Forms of "be" a frame may follow with no comma: "was by all accounts a decent man". */
const BE = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'been', 'be']);

/**
 * True when the frame from token `first` to its last word `last` stands as a frame: no noun after it ("account
 * manager", "accounts team"), and at the sentence's start, set off by a mark before and after, or, for "by" frames,
 * after "be" or closing a clause whose last word is no verb ("5,000 strong by the organisers' count."); a verb before
 * "by" makes it the agent of a passive ("was saved by the referee's count", "paid by the company's account").
 */
export function framePlaced(t: readonly Token[], s: Sentence, first: number, last: number, byFrame: boolean): boolean {
  const next = last + 1 < s.endToken ? t[last + 1] : undefined;
  // A common noun after it is the head the frame's noun describes; a name may open the clause ("By some estimates Lind").
  if (next !== undefined && next.pos === 'NOUN' && next.text === next.lower) return false;
  if (first === s.firstToken) return true;
  const before = t[first - 1];
  const closes = next === undefined || isMark(next, CLOSING_MARKS);
  if (isMark(before, OPENING_MARKS)) return closes;
  if (!byFrame) return false;
  if (BE.has(before.lower)) return true;
  return closes && before.pos !== 'VERB' && before.pos !== 'AUX';
}
