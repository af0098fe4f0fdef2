/**
 * Signs that a speaker phrase means one person, not a crowd or a body: a verb that agrees with one subject ("Sanders
 * says"), a pronoun for one person close after the verb ("Sanders said he"), or an age between commas after a word
 * for a person or a side in a case ("The defendant, 41, told the court"). A crowd or a firm has no age: "The firm,
 * 12, said" is a body twelve years old, still the firm.
 */
import type { ParsedText, Token } from '../../nlp.ts';

/** Pronouns for one person: "Sanders said he would stay" names one man; "Farmers said they" a crowd. */
const ONE_PERSON = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);

/** True when a pronoun for one person follows the verb after `k` closely ("Sanders said he", "Banks told her aides"). */
export function singularAfter(doc: ParsedText, k: number): boolean {
  for (let j = k + 1; j < doc.tokens.length && j <= k + 4; j++) {
    const t = doc.tokens[j];
    if (ONE_PERSON.has(t.lower)) return true;
    if (t.type === 'punctuation' && t.text !== ',') return false;
  }
  return false;
}

/** The first token after `k` that is no adverb ("Lynch also said", "Brooks now says"). */
export function verbAfter(doc: ParsedText, k: number): Token | undefined {
  let j = k;
  while (doc.tokens[j]?.pos === 'ADV' && j - k < 3) j++;
  return doc.tokens[j];
}

const SINGULAR_FORMS = new Set(['is', 'was', 'has', 'does']);

/**
 * "Sanders says", "Brooks has said", "Banks is warning": a verb that agrees with one subject. A plural noun cannot
 * take it ("Villages says" is no English), so the word before it is a surname.
 */
export function isSingularVerb(verb: Token | undefined): boolean {
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return false;
  return SINGULAR_FORMS.has(verb.lower) || (verb.pos === 'VERB' && verb.lower.endsWith('s') && verb.lemma !== verb.lower);
}

/**
 * Words for one person or a side in a case that the role lists leave out, each of which an age between commas
 * makes one person: "The defendant, 41,", "The claimant, 29,", "The boy, 14,".
 */
const AGED_PEOPLE = new Set([
  'defendant', 'plaintiff', 'claimant', 'accused', 'appellant', 'complainant', 'petitioner', 'suspect', 'deceased',
  'boy', 'girl', 'teenager', 'youngster', 'youth', 'child', 'toddler', 'pensioner', 'mother', 'father', 'son',
  'daughter', 'husband', 'wife', 'grandmother', 'grandfather', 'mum', 'dad', 'brother', 'sister', 'pedestrian',
  'motorist', 'cyclist', 'passenger', 'defender', 'applicant', 'prisoner', 'inmate', 'convict',
]);

/** True when the head word at k is a word for a person or a side in a case and an age between commas follows it. */
export function agedPerson(doc: ParsedText, k: number): boolean {
  const t = doc.tokens;
  if (!AGED_PEOPLE.has(t[k].lower)) return false;
  // An age is a whole number of one to three digits, not a year or a share ("1984", "40%").
  return t[k + 1]?.text === ',' && t[k + 3]?.text === ',' && t[k + 2].type === 'number' && /^\d{1,3}$/.test(t[k + 2].text);
}
