/**
 * Who put a document out, where the description names them: "a report by the Harbour Trust", "a study by researchers
 * at Leeds University", "a survey published by the Orme Institute". The document stays the source (a reader looks up
 * the report, not a quote of the trust); the publisher's name makes it one the reader can find. "An audit from the
 * county's inspectors" or "a report by the fire service" names no one, and stays a document without a name.
 */
import { DOCUMENT_NOUNS, HEARSAY_NOUNS } from '../../lexicon/sources-documents.ts';
import type { ParsedText } from '../../nlp.ts';
import { analysePhrase } from '../../names/analyse.ts';
import { type Phrase, phraseStartingAt } from '../../names/phrase.ts';
import { isMark, QUOTE_MARKS } from '../../names/tokens.ts';
import { classifySpeaker, type SourceGuess } from './classify.ts';
import type { Discourse } from './memory.ts';
import type { DateTest } from './speaker.ts';

/** Prepositions that open the maker of a document or the place its authors work: "by", "from", "at". */
const PUBLISHING = new Set(['by', 'from', 'at']);

/** Marks that end a document's description. */
const DESCRIPTION_ENDS = `,;:()${QUOTE_MARKS}`;

/**
 * The first named publisher in the description that runs from token `from` up to `ceiling` (the report verb, or the
 * end of the sentence after "according to"), or undefined when the description names nobody. A date after "from"
 * ("a report from Monday") is when, not who.
 */
function namedPublisher(
  doc: ParsedText,
  from: number,
  ceiling: number,
  memory: Discourse,
  isDate: DateTest,
): Phrase | undefined {
  const t = doc.tokens;
  for (let k = from; k < ceiling - 1; k++) {
    if (isMark(t[k], DESCRIPTION_ENDS) || t[k].lower === 'that' || t[k].lower === 'which') return undefined;
    if (!PUBLISHING.has(t[k].lower) || isDate(k + 1)) continue;
    const maker = phraseStartingAt(doc, k + 1, ceiling);
    // "the fire service", "the state" are bodies of a kind, not names: only a capitalised name makes one to look up.
    const parts = maker && analysePhrase(doc, maker);
    if (maker && (parts?.name || parts?.otherName) && classifySpeaker(doc, maker, 'speech', memory)?.source === 'named')
      return maker;
  }
  return undefined;
}

/**
 * "Studies show", "research suggests": document words read as hearsay because nothing picks one out. Words that
 * are hearsay by nature ("reports from Kyiv", "rumours") stay hearsay even with a place or a name after them.
 */
function unfoundDocuments(doc: ParsedText, paper: Phrase, guess: SourceGuess): boolean {
  if (guess.rule !== 'attribution/hearsay') return false;
  const head = doc.tokens[analysePhrase(doc, paper).head].lower;
  return DOCUMENT_NOUNS.has(head) && !HEARSAY_NOUNS.has(head);
}

/**
 * A document's guess with its publisher's name, when the description from the end of `paper` (the document's
 * phrase) up to `ceiling` names one ("A report by the Harbour Trust"), and the publisher's phrase; the guess as it
 * was otherwise.
 */
export function withPublisher(
  doc: ParsedText,
  paper: Phrase,
  guess: SourceGuess,
  ceiling: number,
  memory: Discourse,
  isDate: DateTest,
): { guess: SourceGuess; publisher?: Phrase } {
  if (!(guess.source === 'document' || unfoundDocuments(doc, paper, guess)) || guess.sourceName) return { guess };
  const publisher = namedPublisher(doc, paper.end, ceiling, memory, isDate);
  if (!publisher) return { guess };
  const sourceName = doc.text.slice(doc.tokens[paper.first].start, doc.tokens[publisher.end - 1].end);
  // "Research by the Kestrel Foundation suggests": studies nobody could find are found once their maker is named.
  const found =
    guess.source === 'document'
      ? guess
      : { ...guess, source: 'document' as const, rule: 'attribution/document', confidence: 0.75 };
  return { guess: { ...found, sourceName }, publisher };
}
