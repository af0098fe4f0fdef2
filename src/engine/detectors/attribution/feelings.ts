/**
 * "Feel" holds a view only about something that could be true: "She felt the plan had failed", "he feels that the
 * fee is unfair", "felt sure the vote was lost", "feels as if nobody listened". With an adjective, a participle or
 * a noun after it, it is a feeling or a sensation: "He felt ill", "she felt cheated", "felt a sharp pain". Nothing
 * is claimed, so nobody is cited. Feeling "strongly" about something is a view again.
 */
import type { ParsedText } from '../../nlp.ts';
import { clauseAfter } from './clause-after.ts';

/** Words that open what is felt as a clause: "that", "as if", "as though", "like" before a clause. */
const CLAUSE_OPENERS = new Set(['that', 'as', 'like']);

/** Relative pronouns that may stand for the subject of the clause after "feel": "who many feel need more time". */
const RELATIVES = new Set(['who', 'which', 'that', 'whom']);

/** True when a finite verb follows "feel" straight away and its subject is a relative pronoun earlier on. */
function gapBefore(doc: ParsedText, i: number, next: number): boolean {
  const t = doc.tokens;
  const verb = t[next];
  // "need" is no participle: only an -ed that is not the word's own ending ("needed", "seemed") is one.
  const participle = verb.lower.endsWith('ing') || (verb.lower.endsWith('ed') && verb.lower !== verb.lemma);
  if ((verb.pos !== 'VERB' && verb.pos !== 'AUX') || participle) return false;
  for (let k = i - 1; k >= 0 && i - k <= 6 && t[k].sentence === t[i].sentence; k--)
    if (RELATIVES.has(t[k].lower)) return true;
  return false;
}

/** True when "feel" at i reports no view: no clause follows it, directly or after one adjective ("felt sure"). */
export function feelingOnly(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i].lemma !== 'feel') return false;
  let k = i;
  // "felt strongly that", "feels very sure the vote is lost": adverbs before what is felt. Feeling "strongly" is
  // holding a view whatever follows ("they feel strongly about the plan").
  while (t[k + 1]?.pos === 'ADV' && k - i < 2) {
    if (t[k + 1].lower === 'strongly') return false;
    k++;
  }
  const next = t[k + 1];
  if (next === undefined || next.sentence !== t[i].sentence) return false;
  if (CLAUSE_OPENERS.has(next.lower) || clauseAfter(doc, k) || gapBefore(doc, i, k + 1)) return false;
  // "felt sure the vote was lost", "felt confident that": an adjective of certainty before the clause.
  const adjective = next.pos === 'ADJ' || next.pos === 'VERB';
  return !(adjective && (t[k + 2]?.lower === 'that' || clauseAfter(doc, k + 1)));
}
