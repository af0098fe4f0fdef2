/**
 * "The levy, the panel concluded, must rise", "The levy must rise, the panel concluded.": a speaker and a report verb
 * set off by commas with nothing after the verb. The verb can only take the sentence around it as what was reported,
 * so the phrase before it speaks even when no word list knows it (a panel, a tribunal, a jury). "After the vote, the
 * panel concluded." has no clause to report (the panel ended); "the panel concluded, and members left" goes on.
 */
import type { Phrase } from '../../names/phrase.ts';
import { isMark } from '../../names/tokens.ts';
import type { ParsedText } from '../../nlp.ts';

/** True when a verb or an auxiliary stands in the token range [from, to). */
function hasVerb(doc: ParsedText, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.tokens[k].pos === 'VERB' || doc.tokens[k].pos === 'AUX') return true;
  return false;
}

/** True when the phrase p and the report verb at `verb` form a comment clause between commas or closing the sentence. */
export function commentClause(doc: ParsedText, p: Phrase, verb: number): boolean {
  const t = doc.tokens;
  const s = doc.sentences[t[verb].sentence];
  if (!s || !isMark(t[p.first - 1], ',') || t[verb].lower.endsWith('ing')) return false;
  let k = verb + 1;
  while (k < s.endToken && t[k].pos === 'ADV') k++;
  // "The levy, the panel concluded, must rise": a clause must go on after the second comma.
  if (isMark(t[k], ',')) return t[k + 1]?.pos !== 'CCONJ' && hasVerb(doc, k + 1, s.endToken);
  // "The levy must rise, the panel concluded.": what stands before the first comma must be a clause.
  const closes = k >= s.endToken || isMark(t[k], '.!?;');
  return closes && hasVerb(doc, s.firstToken, p.first - 1);
}
