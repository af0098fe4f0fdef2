/**
 * Clauses reported without their "that": "The court heard the victim was stabbed", "She felt the plan had failed".
 * A verb that reports what someone was told or holds takes a clause; the same verb with a noun phrase or an
 * adjective after it hears a sound or feels a pain.
 */
import { isTimeToken } from '../../names/dates.ts';
import type { ParsedText } from '../../nlp.ts';

/** Tags of the words of a clause's subject: "the victim", "she", "the 19-year-old's mother", "two men". */
const SUBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);

/** Relative pronouns that open a clause inside a noun phrase. */
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose']);

/**
 * True when the words after the verb at i are a clause of its own without "that": a subject of up to eight tokens
 * ("the victim", "she", "the 19-year-old's mother") and then an auxiliary or a verb in the past or in -s ("heard
 * the victim was stabbed", "felt the plan had failed"). A noun phrase alone ("heard evidence from a doctor", "felt
 * a sharp pain") or an infinitive ("heard the mother describe the night") is no clause.
 */
export function clauseAfter(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  let j = i + 1;
  const inSubject = (k: number) =>
    t[k]?.sentence === t[i].sentence && (SUBJECT_TAGS.has(t[k].pos) || t[k].text === '-');
  while (j <= i + 8 && inSubject(j)) {
    // "maintains a squad that can win": a relative pronoun makes the verb after it the noun's, not a clause's.
    if (RELATIVES.has(t[j].lower)) return false;
    j++;
  }
  const verb = t[j];
  if (j === i + 1 || verb === undefined || verb.sentence !== t[i].sentence) return false;
  return verb.pos === 'AUX' || (verb.pos === 'VERB' && verb.lower !== verb.lemma && !verb.lower.endsWith('ing'));
}

/** True when a "that" follows token i within six words of its sentence, before any stop but a comma. */
export function thatSoon(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  for (let j = i + 1; j <= i + 6 && t[j] && t[j].sentence === t[i].sentence; j++) {
    if (t[j].lower === 'that') return true;
    if (t[j].type === 'punctuation' && t[j].text !== ',') return false;
  }
  return false;
}

/**
 * True when "find" at i takes a clause with no "that": "Researchers found the drug reduced relapse". Only "find",
 * and only before a determiner: "showed voters the plan can work" has two objects, "a flaw he never admitted" a
 * relative clause with no pronoun.
 */
export function foundClause(doc: ParsedText, i: number): boolean {
  return doc.tokens[i].lemma === 'find' && doc.tokens[i + 1]?.pos === 'DET' && clauseAfter(doc, i);
}

/**
 * True when a "that" follows the verb at i, right after it or after adverbs and a time phrase: "heard by now that",
 * "learned last week that", "discovered only later that". "Heard the band that played" (a noun between) is no clause.
 */
export function thatFollows(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  for (let k = i + 1; k <= i + 5 && t[k]?.sentence === t[i].sentence; k++) {
    if (t[k].lower === 'that') return true;
    // "so far" passes as two adverbs; "by now" is a short phrase of time wink neither tags so nor marks as a date.
    const adverbial =
      (t[k].lower === 'by' && t[k + 1]?.lower === 'now') || (t[k].lower === 'now' && t[k - 1]?.lower === 'by');
    if (t[k].pos !== 'ADV' && !isTimeToken(doc, k) && !adverbial) return false;
  }
  return false;
}
