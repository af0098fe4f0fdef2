/**
 * A document told by what it holds: "The report also provides details of the breaches", "The filing includes
 * emails from the mayor", "The letter mentions two payments". What the sentence passes on is the document's
 * content, so the document is its source, as with "the report found". Only a phrase that reads as a document
 * counts ("The bakery includes a café" and "The squad includes two debutants" name no document), and only
 * before the verb: "The parcel contained a letter" is about the parcel.
 */
import type { ParsedText, Sentence } from '../../nlp.ts';
import { classifySpeaker } from './classify.ts';
import type { Discourse } from './memory.ts';
import { type DateTest, findSpeaker } from './speaker.ts';
import type { Found } from './verbs.ts';

/** Verbs by which a document gives what it holds. */
export const HOLDING: ReadonlySet<string> = new Set([
  'contain',
  'include',
  'provide',
  'mention',
  'describe',
  'list',
  'detail',
  'reference',
  'quote',
  'cite',
  'offer',
]);
/** Verbs of giving that hold words only before a noun of information: "provided details", not "provided cover". */
const GIVING = new Set(['provide', 'offer']);
/** Nouns of information a document gives. */
const INFORMATION = new Set([
  'details',
  'detail',
  'evidence',
  'information',
  'figures',
  'data',
  'account',
  'breakdown',
  'description',
  'summary',
  'examples',
  'proof',
  'estimates',
]);

/** True when the object after the verb at i is information ("provided new details"), within four words. */
function givesInformation(doc: ParsedText, i: number): boolean {
  for (let k = i + 1; k <= i + 4 && doc.tokens[k]?.type === 'word'; k++)
    if (INFORMATION.has(doc.tokens[k].lower)) return true;
  return false;
}
/** A document's content is a weaker attribution than "the report found". */
const CONFIDENCE = 0.6;

/** The document attribution built on a verb of holding at i ("The report includes"), or undefined. */
export function contentCue(
  doc: ParsedText,
  s: Sentence,
  i: number,
  memory: Discourse,
  isDate: DateTest,
): Found | undefined {
  const verb = doc.tokens[i];
  if (verb.pos !== 'VERB' || !HOLDING.has(verb.lemma) || verb.lower.endsWith('ing')) return undefined;
  if (GIVING.has(verb.lemma) && !givesInformation(doc, i)) return undefined;
  // "The poll included 996 voters", "The documents included 44 emails": a count tells what it is made of.
  const next = doc.tokens[i + 1];
  if (next?.pos === 'NUM' || next?.type === 'number') return undefined;
  // "a leaflet included in the pack": a participle right after its noun describes the noun.
  if (verb.lower.endsWith('ed') && doc.tokens[i - 1]?.pos === 'NOUN' && next?.pos === 'ADP') return undefined;
  const speaker = findSpeaker(doc, i, s.firstToken, s.endToken, isDate);
  if (speaker?.order !== 'before' || speaker.clause) return undefined;
  // "A letter sent to the board was described as": a passive's subject is what is told about, not what tells.
  if (speaker.phrase.end !== i && doc.tokens[i - 1]?.pos === 'AUX' && verb.lower.endsWith('ed')) return undefined;
  const guess = classifySpeaker(doc, speaker.phrase, 'evidence', memory);
  if (guess?.source !== 'document') return undefined;
  return {
    first: speaker.phrase.first,
    end: i + 1,
    guess: { ...guess, confidence: Math.min(guess.confidence, CONFIDENCE) },
    speaker: speaker.phrase,
  };
}
