/**
 * Context checks for groups whose words are also ordinary words or parts of names (the tone groups in
 * rhetoric-tone.ts set them): "who knew?" is sarcasm said on its own, not the question an inquiry must answer,
 * and "WOW" or "Oh Boy Records" names a thing.
 */
import type { LexiconGroup } from '../../lexicon/types.ts';
import { isCapitalised } from './rule.ts';
import type { TextFacts } from './text-facts.ts';

const ALL_CAPS = /^[A-Z]{2,}$/;
/** Capitalised words that belong to the oath itself ("for God's sake", "oh my God"). */
const OATH_NAMES = new Set(['God', 'Heaven', 'Heaven’s', "Heaven's", 'Lord']);

/** True unless the group's `opensSentence` or `notInNames` says the term is here an ordinary word or part of a name. */
export function toneFits(facts: TextFacts, group: LexiconGroup, first: number, end: number): boolean {
  if (group.opensSentence && !startsSentence(facts, first)) return false;
  if (!group.notInNames) return true;
  // An all-caps word is a name or a heading ("the WOW festival"); a capital inside the phrase makes it a name
  // ("Oh Boy Records") or the planet ("where on Earth").
  if (ALL_CAPS.test(facts.doc.tokens[first].text)) return false;
  for (let i = first + 1; i < end; i++) {
    if (isCapitalised(facts, i) && !OATH_NAMES.has(facts.doc.tokens[i].text)) return false;
  }
  return true;
}

/** True when no word comes before token `i` in its sentence: the sarcastic phrase stands on its own. */
function startsSentence(facts: TextFacts, i: number): boolean {
  const { tokens } = facts.doc;
  for (let j = i - 1; j >= 0 && tokens[j].sentence === tokens[i].sentence; j--) {
    if (tokens[j].type === 'word' || tokens[j].type === 'number') return false;
  }
  return true;
}
