/**
 * Describing words that open a sentence before unnamed documents: "Recent studies show", "Alarming reports claim".
 * The tagger reads the capital as a name; no study or report is named, so the phrase stays hearsay.
 */
import type { ParsedText } from '../../nlp.ts';
import type { Phrase } from '../../names/phrase.ts';

/** Adjectives that describe documents by age, number, tone or field, never a publisher's name. */
const DESCRIBING = new Set([
  'recent', 'new', 'newer', 'latest', 'earlier', 'previous', 'prior', 'past', 'older', 'early', 'initial', 'preliminary',
  'several', 'many', 'numerous', 'multiple', 'various', 'countless', 'other', 'further', 'more', 'most', 'some', 'few',
  'alarming', 'conflicting', 'unconfirmed', 'unverified', 'independent', 'separate', 'similar', 'subsequent',
  'scientific', 'medical', 'clinical', 'academic', 'published', 'widespread', 'persistent', 'credible', 'anecdotal',
]);

/** True when the phrase opens its sentence with a describing word the tagger took for a name: "Recent studies". */
export function describedOpener(doc: ParsedText, p: Phrase): boolean {
  const t = doc.tokens[p.first];
  return doc.sentences[t.sentence]?.firstToken === p.first && DESCRIBING.has(t.lower);
}

/**
 * Prepositions that open a description after unnamed documents: "studies in mice", "studies on rats". Not "of":
 * "surveys of voters taken at the door" is most often one poll the story goes on to describe.
 */
const DESCRIBING_LINKS = new Set(['in', 'on', 'into', 'among', 'across']);

/** True when the words after the head, if any, open with a describing preposition: "Studies in animals". */
export function describedTail(doc: ParsedText, p: Phrase, head: number): boolean {
  return p.end === head + 1 || DESCRIBING_LINKS.has(doc.tokens[head + 1]?.lower ?? '');
}
