/**
 * "Local Hikers said", "Angry Parents told", "Some Hikers said": a describing word opening the sentence before a
 * capitalised word for a crowd of people. Capitals in a headline or a careless line make the pair look like a
 * name, but an adjective or a quantifier before "hikers" or "voters" picks out nobody: it is the vague crowd
 * "local residents said" is. A first name before a plural surname ("Maxine Waters") is no describing word, a team
 * ("New York Rangers") is three words, and a party's wing ("Young Republicans") keeps its proper group.
 */
import { COUNTING_PLURALS, isGroupHead } from '../../names/analyse.ts';
import type { Phrase } from '../../names/phrase.ts';
import { PROPER_GROUPS } from '../../names/words.ts';
import { type ParsedText, parse } from '../../nlp.ts';
import { isDoerPlural } from './plural-surname.ts';

/** Tags of a word that describes or counts the noun after it, read in lower case: "local", "angry", "some". */
const DESCRIBING_TAGS = new Set(['ADJ', 'DET']);

/** describes' answers so far (a wink parse per word; bounded like the plural checks'). */
const DESCRIBING = new Map<string, boolean>();

/** True when wink reads the word, in lower case before "people", as an adjective or a determiner ("local people"). */
export function describes(word: string): boolean {
  let answer = DESCRIBING.get(word);
  if (answer === undefined) {
    answer = DESCRIBING_TAGS.has(parse(`the ${word} people`).tokens[1]?.pos ?? '');
    if (DESCRIBING.size >= 10_000) DESCRIBING.clear();
    DESCRIBING.set(word, answer);
  }
  return answer;
}

/**
 * True when the speaker phrase `p` opens with a describing word and its name is the next word alone, a plural for a
 * crowd of people ("Local Hikers", "Some Hikers"). The caller checks that the opener is capitalised only because it
 * opens the sentence.
 */
export function describedCrowd(doc: ParsedText, p: Phrase, name: Phrase): boolean {
  if (name.end !== p.first + 2 || name.first < p.first) return false;
  const [opener, crowd] = [doc.tokens[p.first], doc.tokens[p.first + 1]];
  if (PROPER_GROUPS.has(crowd.lower) || !(isGroupHead(crowd.lower) || isDoerPlural(crowd.lower))) return false;
  return describes(opener.lower);
}

/**
 * Words that count people without naming them: "Many said", "Plenty warned". Not "anonymous", "certain" or "other",
 * which the lexicon's vague quantifiers hold: alone and capitalised, "Anonymous" is a hackers' group's name.
 */
const COUNTS = new Set(['some', 'many', 'most', 'several', 'few', 'numerous', 'countless', 'others', 'plenty', 'lots', 'multiple', 'various']);

/**
 * True when the speaker phrase `p` is one word that counts people and names none, capitalised only because it
 * opens the sentence: "Plenty said the plan would fail", "Dozens warned of delays". The capital made it look like
 * a name; it is the vague crowd "many said" is. The caller checks the capital is the sentence's.
 */
export function loneCount(doc: ParsedText, p: Phrase): boolean {
  const word = doc.tokens[p.first].lower;
  return p.end === p.first + 1 && (COUNTS.has(word) || COUNTING_PLURALS.has(word));
}
