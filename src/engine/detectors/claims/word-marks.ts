/**
 * The single-word marker lists a claim's features read, merged into one map from word to a bitmask of the
 * lists that hold it: one lookup per token instead of one per list.
 */
import {
  CASUALTY_WORDS,
  CHANGE_WORDS,
  EVALUATIVE_WORDS,
  MEASURED_NOUNS,
  POSSIBILITY_MODALS,
  PUBLIC_MATTER_NOUNS,
  QUANTITY_WORDS,
  RANKING_WORDS,
  RATE_WORDS,
  ROUTINE_WORDS,
  UNIT_WORDS,
  VAGUE_CONTENT_WORDS,
} from '../../lexicon/claims-markers.ts';
import { FIRST_PERSON } from './verb-forms.ts';

/** Words that set a comparison against something else ("more", "the only", "never"). */
const COMPARATIVES = ['more', 'less', 'fewer', 'most', 'least', 'record', 'highest', 'lowest', 'largest', 'biggest', 'smallest', 'fastest', 'first', 'only', 'never', 'ever'];

/** The lists, in bit order; `MARK.name` is each one's bit. */
const LISTS = {
  quantity: QUANTITY_WORDS,
  measured: MEASURED_NOUNS,
  rate: RATE_WORDS,
  unit: UNIT_WORDS,
  change: CHANGE_WORDS,
  conditional: ['if', 'unless', 'whether'],
  vague: VAGUE_CONTENT_WORDS,
  modal: POSSIBILITY_MODALS,
  firstPerson: FIRST_PERSON,
  secondPerson: ['you', "you're", "you've"],
  comparative: COMPARATIVES,
  ranking: RANKING_WORDS,
  evaluative: EVALUATIVE_WORDS,
  casualty: CASUALTY_WORDS,
  routine: ROUTINE_WORDS,
  publicMatter: PUBLIC_MATTER_NOUNS,
  /** Shares: "two-thirds of", "a quarter of", "one-eighth of". */
  fraction: ['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'sixth', 'sixths', 'eighth', 'eighths', 'tenth', 'tenths'],
} satisfies Record<string, Iterable<string>>;

/** Each list's bit in a word's mark. */
export const MARK = Object.fromEntries(Object.keys(LISTS).map((name, bit) => [name, 1 << bit])) as Record<keyof typeof LISTS, number>;

const MARKS = new Map<string, number>();
for (const [name, words] of Object.entries(LISTS) as [keyof typeof LISTS, Iterable<string>][]) {
  for (const w of words) MARKS.set(w, (MARKS.get(w) ?? 0) | MARK[name]);
}

/** Every marked word with its bitmask, for a caller that joins them with other look-ups (features.ts). */
export const MARKED_WORDS: ReadonlyMap<string, number> = MARKS;

/** The bitmask of the marker lists that hold the (lower-case) word; 0 for none. */
export function wordMark(word: string): number {
  return MARKS.get(word) ?? 0;
}

/** The welfare words that also mean advantages: "the benefits of the new pitch" are gains, not payments. */
const ADVANTAGE_SENSE = new Set(['benefits', 'benefit']);

/** True when the public-matter word at i means advantages ("the benefits of walking"), not welfare paid. */
export function isAdvantageSense(t: readonly { lower: string }[], i: number): boolean {
  return ADVANTAGE_SENSE.has(t[i].lower) && t[i + 1]?.lower === 'of';
}
