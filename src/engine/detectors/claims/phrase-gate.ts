/**
 * The claim features read a dozen phrase lists at every token whose word starts a phrase (phrase-scan.ts). A
 * common first word ("in", "we", "I") starts a dozen phrases, and most of them need a given word right after it:
 * those are filed here by that second word, so the next token's word picks the few worth matching with one
 * look-up. The answer is the same: a phrase whose first two words are both required cannot match when the next
 * token is not one of its second words.
 */
import type { Token } from '../../nlp.ts';
import { phrasesFrom, type WordInfo } from './phrase-scan.ts';

/** One phrase of the merged index, as phrase-scan.ts compiles it. */
type Entry = NonNullable<WordInfo['entries']>[number];

/** A word's marks and the phrases it opens, split by what the next token must be. */
export interface GatedWordInfo {
  mark: number;
  /** Every phrase that starts with the word (undefined when none does). */
  entries: readonly Entry[] | undefined;
  /** Phrases that must be tried whatever follows: one word long, or with an optional first or second word. */
  anyNext: readonly Entry[];
  /** The other phrases, by each word that may come second. */
  byNext: ReadonlyMap<string, readonly Entry[]> | undefined;
}

/** True when the phrase's first two words are both required, so the second must be the next token. */
function needsNext(e: Entry): boolean {
  return e.steps.length >= 2 && !e.steps[0].optional && !e.steps[1].optional;
}

/** Builds the gated table from the joined word marks and phrase index (phrase-scan.ts joinWordInfo). */
export function gateWordInfo(words: ReadonlyMap<string, WordInfo>): ReadonlyMap<string, GatedWordInfo> {
  const gated = new Map<string, GatedWordInfo>();
  for (const [word, { mark, entries }] of words) {
    if (entries === undefined) {
      gated.set(word, { mark, entries, anyNext: [], byNext: undefined });
      continue;
    }
    const anyNext: Entry[] = [];
    const byNext = new Map<string, Entry[]>();
    for (const e of entries) {
      if (!needsNext(e)) {
        anyNext.push(e);
        continue;
      }
      for (const next of e.steps[1].words) byNext.set(next, [...(byNext.get(next) ?? []), e]);
    }
    gated.set(word, { mark, entries, anyNext, byNext: byNext.size > 0 ? byNext : undefined });
  }
  return gated;
}

/** `found` plus the bits of the lists whose phrases match from token i (before `to`): phrasesFrom's answer. */
export function phrasesAt(tokens: Token[], i: number, to: number, info: GatedWordInfo, found: number): number {
  if (info.anyNext.length > 0) found = phrasesFrom(tokens, i, to, info.anyNext, found);
  if (info.byNext !== undefined && i + 1 < to) {
    const next = info.byNext.get(tokens[i + 1].lower);
    if (next !== undefined) found = phrasesFrom(tokens, i, to, next, found);
  }
  return found;
}
