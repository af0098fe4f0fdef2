/**
 * Derives adverbs from the lexicon's evaluative adjectives, so that "absurd" also finds "absurdly" and
 * "tragic" finds "tragically": the judgement is the same whichever part of speech carries it. Degree
 * adverbs are left out: "extremely" only turns up the word after it, it does not call anything extreme.
 */
import type { LexiconGroup } from '../../lexicon/types.ts';
import { INTENSIFIERS } from './degree.ts';

const LETTERS_ONLY = /^[a-z]+$/;
const CONSONANT_LE = /[^aeiou]le$/;
const CONSONANT_Y = /[^aeiou]y$/;

/** The usual English adverb of an adjective ("tragic" -> "tragically", "horrible" -> "horribly"). */
export function adverbOf(adjective: string): string | undefined {
  if (!LETTERS_ONLY.test(adjective) || adjective.endsWith('ly') || adjective.length < 4) return undefined;
  if (adjective.endsWith('ic')) return `${adjective}ally`;
  if (CONSONANT_LE.test(adjective)) return `${adjective.slice(0, -1)}y`;
  if (CONSONANT_Y.test(adjective)) return `${adjective.slice(0, -1)}ily`;
  return `${adjective}ly`;
}

/**
 * For every group of adjectives (those whose span grows to the noun after them), adds a twin group with
 * the derived adverbs under the same rule; words already in the lexicon are not added twice.
 */
export function withAdverbs(groups: readonly LexiconGroup[]): LexiconGroup[] {
  const known = new Set(groups.flatMap((g) => g.terms));
  const out: LexiconGroup[] = [...groups];
  for (const group of groups) {
    if (group.grow !== 'noun-phrase' || !group.pos?.includes('ADJ') || group.deriveAdverbs === false) continue;
    const adverbs = group.terms
      .map(adverbOf)
      .filter((a): a is string => a !== undefined && !known.has(a) && !INTENSIFIERS.has(a));
    if (adverbs.length > 0) out.push({ ...group, terms: adverbs, pos: ['ADV', 'ADJ'], grow: 'none', except: [] });
  }
  return out;
}
