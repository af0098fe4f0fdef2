/**
 * A name given to a thing is no speaker: in "The contests known as Super Tuesday decide" or "a storm named Ada
 * brought", the capitals after "known as" or "named" label the thing before them, which is the verb's subject.
 * A person or a body so named ("a man named Okafor", "a company called Bright Path") speaks by that name.
 */
import type { ParsedText, Token } from '../../nlp.ts';
import { phraseEndingAt } from '../../names/phrase.ts';
import { isNounLike } from '../../names/tokens.ts';
import { GROUP_NOUNS, INSTITUTIONS, PERSON_ROLES, PLURAL_ROLES } from '../../names/words.ts';
import type { DateTest, Speaker } from './speaker.ts';

/** Participles that give a thing its name right before it: "a scheme dubbed Safe Harbour", "a storm named Ada". */
const NAME_GIVERS = new Set(['called', 'dubbed', 'named', 'nicknamed', 'titled', 'styled']);

/** True for a word for a person or a body that speaks: "a man named Okafor", "a charity called Hope Street". */
function speakerNoun(word: string): boolean {
  return PERSON_ROLES.has(word) || INSTITUTIONS.has(word) || GROUP_NOUNS.has(word) || PLURAL_ROLES.has(word);
}

/**
 * The index of the participle giving the name that starts at `first` ("known as", "dubbed"), or -1. The participle
 * follows its noun ("a storm named Ada"); after "who" or a pronoun it is a verb ("the woman who named Hale said").
 * A person or a body given its name ("a man named Okafor told police") is named by it, and the name speaks: -1.
 */
export function labelBefore(t: Token[], first: number): number {
  const label = t[first - 1]?.lower === 'as' && t[first - 2]?.lower === 'known' ? first - 2 : first - 1;
  const giver = label === first - 2 || (NAME_GIVERS.has(t[label]?.lower ?? '') && t[label].pos === 'VERB');
  return giver && isNounLike(t[label - 1]) && !speakerNoun(t[label - 1].lower) ? label : -1;
}

/** The thing before the naming participle of the name starting at `name`, with the label as a clause describing it. */
export function labelledThing(
  doc: ParsedText,
  name: number,
  j: number,
  floor: number,
  isDate: DateTest,
): Speaker | undefined {
  const label = labelBefore(doc.tokens, name);
  const phrase = label - 1 >= floor ? phraseEndingAt(doc, label - 1, floor, isDate) : undefined;
  return phrase && phrase.end === label ? { phrase, order: 'before', clause: { first: label, end: j + 1 } } : undefined;
}
