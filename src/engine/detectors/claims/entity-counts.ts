/**
 * Counts of wink's entities in one sentence (figures, small counts in words, dates) and the mark of the tokens
 * inside them: the sentence features read both, and the counting is its own job.
 */
import { QUANTITY_WORDS } from '../../lexicon/claims-markers.ts';
import type { ParsedText, Sentence, Token } from '../../nlp.ts';
import { isAgeOrNameNumber } from './ages.ts';
import { isDialledNumber } from './dialled.ts';
import { isSlashDate, isSpanOfTime, isZeroAmount } from './figure-words.ts';
import { isClockHour } from './schedule.ts';
import { isScoreOrStanding } from './scores.ts';

const FIGURE_ENTITIES = new Set(['MONEY', 'PERCENT']);
const DATE_ENTITIES = new Set(['DATE', 'TIME', 'DURATION']);

/** True when a token lies inside one of wink's entities (numbers there are already counted). */
export function isInEntity(doc: ParsedText, tok: Token): boolean {
  return entityTokens(doc)[tok.index] !== OUTSIDE;
}

const MARKS = new WeakMap<ParsedText, Uint8Array>();
/** A token's mark: outside every entity, in a time of day, or in another entity. */
const OUTSIDE = 0;
/** Inside a time of day ("about 7 p.m." is no measurement). */
export const IN_CLOCK_TIME = 1;
const IN_ENTITY = 2;

/** Marks the tokens inside wink's entities (times of day apart), once per parsed text. */
export function entityTokens(doc: ParsedText): Uint8Array {
  let mask = MARKS.get(doc);
  if (!mask) {
    mask = new Uint8Array(doc.tokens.length);
    // Once per text, so mostly unoptimised: an index is much cheaper there than for-of's iterator.
    for (let e = 0; e < doc.entities.length; e++) {
      const entity = doc.entities[e];
      mask.fill(entity.type === 'TIME' ? IN_CLOCK_TIME : IN_ENTITY, entity.firstToken, entity.endToken);
    }
    MARKS.set(doc, mask);
  }
  return mask;
}

/** A digit anywhere in a word. */
const DIGIT = /\d/;
/** The gaps between an entity's words. */
const SPACES = /\s+/;

/** "seventy-two", "fifteen": past ten, a number in words is a figure someone counted, not a small count. */
const LARGE_NUMBER_WORD = /\b(eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/;

/** wink reads "6.02 am" (a British time, with a point) as a bare number: the suffix makes it a time of day. */
const CLOCK_SUFFIXES = new Set(['am', 'pm', 'a.m.', 'p.m.', "o'clock"]);

/** Counts the sentence's entities by kind: figures, small counts written as words, and dates. */
export function countEntities(
  doc: ParsedText,
  s: Sentence,
  from: number,
): { figures: number; counts: number; dates: number } {
  const n = { figures: 0, counts: 0, dates: 0 };
  for (let e = from; e < doc.entities.length && doc.entities[e].start < s.end; e++) {
    const entity = doc.entities[e];
    if (entity.start < s.start || isAgeOrNameNumber(doc, entity) || isScoreOrStanding(doc.tokens, entity.firstToken))
      continue;
    if (isDialledNumber(doc.tokens, entity.firstToken)) continue;
    if (FIGURE_ENTITIES.has(entity.type)) n.figures++;
    else if (
      entity.type === 'CARDINAL' &&
      (CLOCK_SUFFIXES.has(doc.tokens[entity.endToken]?.lower) ||
        isClockHour(doc.tokens, entity.firstToken, entity.endToken))
    )
      n.dates++;
    else if (entity.type === 'CARDINAL') {
      // The entity's text only for a bare number: no other kind reads it.
      const text = doc.text.slice(entity.start, entity.end).toLowerCase();
      if (isSlashDate(text, doc.tokens[entity.endToken]?.lower) || isSpanOfTime(doc.tokens, entity.endToken)) n.dates++;
      // "400", "eight million" are figures; "one", "two" are counts that rarely carry a statistic.
      else if (
        DIGIT.test(text) ||
        text.split(SPACES).some((w) => QUANTITY_WORDS.has(w)) ||
        LARGE_NUMBER_WORD.test(text) ||
        isZeroAmount(doc.tokens, entity.firstToken, entity.endToken)
      )
        n.figures++;
      else n.counts++;
    } else if (DATE_ENTITIES.has(entity.type)) n.dates++;
  }
  return n;
}
