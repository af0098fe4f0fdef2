/**
 * "Maintain" reports a claim only when what is maintained is one: a clause ("maintained that she was innocent",
 * "maintains the plan is sound"), a quotation, or a stand ("maintained her innocence", "maintains his position").
 * With any other object it keeps something up: "maintained their lead", "maintains 400 miles of roads",
 * "maintains close ties with the ministry". Nobody is cited for keeping roads in repair.
 */
import type { ParsedText } from '../../nlp.ts';
import { DETERMINERS, isMark, isPossessive, QUOTE_MARKS } from '../../names/tokens.ts';
import { clauseAfter, thatSoon } from './clause-after.ts';

/** Stands one maintains in words: "her innocence", "his position", "the party line", "their denial". */
const STANDS = new Set([
  ...['innocence', 'position', 'stance', 'view', 'views', 'claim', 'claims', 'denial', 'line', 'version', 'account'],
  ...['argument', 'belief', 'opposition', 'objection', 'objections', 'defence', 'defense', 'silence', 'story'],
]);

/** True when "maintain" at i keeps something up rather than reporting a claim. */
export function keepsUp(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i].lemma !== 'maintain') return false;
  let k = i + 1;
  // "maintained throughout that ...", "has always maintained that": adverbs before what is maintained.
  while (t[k]?.pos === 'ADV' && k - i <= 2) k++;
  const next = t[k];
  // '"...," she maintained.': the words are before the verb.
  if (next === undefined || next.sentence !== t[i].sentence || next.type === 'punctuation') return false;
  // "maintained on Monday that", "maintained in a statement that": a preposition's phrase before the "that".
  const thatNext = next.lower === 'that' || (next.pos === 'ADP' && thatSoon(doc, k));
  if (thatNext || isMark(next, QUOTE_MARKS) || clauseAfter(doc, k - 1)) return false;
  for (let j = k; j <= k + 3 && t[j] && t[j].sentence === t[i].sentence; j++) {
    if (STANDS.has(t[j].lower)) return false;
    if (!DETERMINERS.has(t[j].lower) && !isPossessive(t[j]) && t[j].pos !== 'ADJ') break;
  }
  return true;
}
