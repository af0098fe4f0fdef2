/**
 * "The levy, the panel concluded, must rise", "The levy must rise, the panel concluded.": a speaker and a report verb
 * set off by commas with nothing after the verb. The verb can only take the sentence around it as what was reported,
 * so the phrase before it speaks even when no word list knows it (a panel, a tribunal, a jury). "After the vote, the
 * panel concluded." has no clause to report (the panel ended); "the panel concluded, and members left" goes on;
 * "After the hearing ended, the panel concluded." reports nothing either: a lone subordinate clause says when.
 */
import type { Phrase } from '../../names/phrase.ts';
import { isMark } from '../../names/tokens.ts';
import type { ParsedText } from '../../nlp.ts';
import { hasVerb } from './speaker-label.ts';

/** Words that open a subordinate clause of time, reason or concession: "After the hearing ended, ...". */
const SUBORDINATORS = new Set([
  ...['after', 'before', 'when', 'while', 'whilst', 'although', 'though', 'because', 'since', 'once', 'until'],
  ...['unless', 'if', 'whereas', 'as', 'whenever'],
]);

/**
 * True when [from, to) is one subordinate clause alone ("After the hearing ended"): it opens with a subordinator
 * (past "But", "And") and holds one run of verbs, so no main clause is there to be reported.
 */
function loneSubordinate(doc: ParsedText, from: number, to: number): boolean {
  const t = doc.tokens;
  let k = from;
  while (k < to && t[k].pos === 'CCONJ') k++;
  if (!SUBORDINATORS.has(t[k]?.lower ?? '') && t[k]?.pos !== 'SCONJ') return false;
  let runs = 0;
  for (let j = k + 1; j < to; j++) {
    const verbal = t[j].pos === 'VERB' || t[j].pos === 'AUX';
    const prev = t[j - 1].pos === 'VERB' || t[j - 1].pos === 'AUX' || t[j - 1].pos === 'PART' || t[j - 1].pos === 'ADV';
    if (verbal && !(j > k + 1 && prev)) runs++;
  }
  return runs <= 1;
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
  return closes && hasVerb(doc, s.firstToken, p.first - 1) && !loneSubordinate(doc, s.firstToken, p.first - 1);
}
