/**
 * A quotation introduced by a colon after a clause that opens with a person's name or a pronoun ("Mayor Ruiz was
 * blunt: “The depot will close.”", "She had one message for drivers: “Slow down.”"): the person the clause is about
 * speaks the quotation, as a reader takes it, even though no verb of saying stands there.
 */
import { isMark } from '../../names/tokens.ts';
import { HONORIFICS, PERSON_ROLES, TITLE_ABBREVIATIONS } from '../../names/words.ts';
import type { ParsedText, Sentence } from '../../nlp.ts';
import type { SourceGuess } from './classify.ts';

/** Pronouns that may open such a clause as its subject. */
const SUBJECTS = new Set(['he', 'she', 'they']);
/** How many words the clause may hold between its subject and the colon ("was blunt", "had a warning for drivers"). */
const MAX_CLAUSE = 8;
/** Word classes that may follow the name as the clause's verb ("was", "had", "put it"). */
const VERB_TAGS = new Set(['VERB', 'AUX']);

/** The speaker of a quotation opening at token `open`, named by a colon clause at the sentence's start, or undefined. */
export function colonSpeaker(doc: ParsedText, s: Sentence, open: number): SourceGuess | undefined {
  const t = doc.tokens;
  const colon = open - 1;
  if (colon <= s.firstToken || !isMark(t[colon], ':') || !isMark(t[open], '“"')) return undefined;
  const first = t[s.firstToken];
  if (SUBJECTS.has(first.lower) && first.pos === 'PRON') return near(s.firstToken + 1, colon) ? { source: 'pronoun', rule: 'attribution/quotation', confidence: 0.55 } : undefined;
  let k = s.firstToken;
  while (k < colon && t[k].pos === 'PROPN') k++;
  // A person's name with a title or a role ("Mayor Ruiz", "Dr. Lind"), then its verb: "New Paris was calm:" is a
  // place and "Harbour Lights was a hit:" a show, not speakers.
  if (!titled(doc, s.firstToken, k) || !VERB_TAGS.has(t[k].pos) || !near(k, colon)) return undefined;
  for (let j = k; j < colon; j++) if (t[j].type !== 'word') return undefined;
  const name = doc.text.slice(t[s.firstToken].start, t[k - 1].end);
  return { source: 'named', rule: 'attribution/quotation', confidence: 0.55, sourceName: name };
}

/** True when the clause from `from` to the colon is short enough to be about the subject alone. */
function near(from: number, colon: number): boolean {
  return colon - from <= MAX_CLAUSE;
}

/** True when the name run [first, end) has a title or a role and a name after it ("Mayor Ruiz", "Senator Ana Lind"). */
function titled(doc: ParsedText, first: number, end: number): boolean {
  const w = doc.tokens[first].lower.replace(/\.$/, '');
  return end - first >= 2 && (HONORIFICS.has(w) || TITLE_ABBREVIATIONS.has(w) || PERSON_ROLES.has(w));
}
