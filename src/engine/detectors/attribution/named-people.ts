/**
 * A people or a community called by its name: "The Kestrel people believe", "the Orme community says", "the Vasa
 * tribe holds". The name picks out one group a reader can look up and whose own voice can be checked, unlike
 * "people believe" or "many people say", which name nobody. A quantity word in front ("many Kestrel people") takes
 * only some of them, and stays a vague crowd.
 */
import type { ParsedText } from '../../nlp.ts';
import type { PhraseParts } from '../../names/analyse.ts';
import { type Phrase, phraseText } from '../../names/phrase.ts';
import type { SourceGuess } from './classify.ts';

/** Nouns for a whole people or community, which a name before them makes one group. */
const COMMUNITY_NOUNS = new Set([
  'people', 'peoples', 'community', 'communities', 'tribe', 'tribes', 'nation', 'clan', 'clans', 'tribespeople',
]);

/**
 * The guess for a named people (`parts.otherName` right before a community noun, with no word before the name but
 * "the"), or undefined. The caller has checked that the name is no word capitalised only by opening the sentence.
 */
export function namedPeople(doc: ParsedText, p: Phrase, parts: PhraseParts): SourceGuess | undefined {
  const name = parts.otherName;
  if (!name || name.end !== parts.head || !COMMUNITY_NOUNS.has(doc.tokens[parts.head].lower)) return undefined;
  const onlyThe = name.first === p.first || (name.first === p.first + 1 && doc.tokens[p.first].lower === 'the');
  if (!onlyThe || parts.coreEnd !== parts.head + 1) return undefined;
  // "If people want": a capital that opens a clause is no name; wink tags the words of a name as proper nouns.
  for (let k = name.first; k < name.end; k++) if (doc.tokens[k].pos !== 'PROPN') return undefined;
  return {
    source: 'named',
    rule: 'attribution/named-source',
    confidence: 0.7,
    sourceName: phraseText(doc, p),
    nameKind: 'organisation',
  };
}
