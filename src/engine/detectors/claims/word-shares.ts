/**
 * Shares written in words: "half the budget", "half of all renters", "one in four pupils", "two out of three
 * drivers". A share in words is as checkable as a percentage, so it counts as a figure.
 */
import type { Token } from '../../nlp.ts';

/** Words after "half" that make it a share of something: "half the", "half of", "half their". */
const SHARE_OF = new Set(['the', 'of', 'its', 'their', 'our', 'his', 'her', 'all', 'these', 'those', 'this', 'that']);
/**
 * Words before "half" that make it a part of a time or a game ("the first half of the season", "a year and a
 * half of talks", "the other half"), not a share of a group.
 */
const NOT_SHARE_BEFORE = new Set(['the', 'a', 'first', 'second', 'and', 'other', 'latter', 'former', 'better', 'my', 'your']);
/** Idioms built on "half the": "half the time", "half the battle", "half the fun" measure nothing. */
const HALF_IDIOMS = new Set(['time', 'battle', 'fun', 'story', 'problem', 'trouble', 'reason']);
/** Number words a "one in four" share is written with; digits count too ("1 in 5"). */
const SMALL_NUMBERS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** The denominators beyond ten a share in words uses: "one in a hundred", "one in twenty". */
const ROUND_NUMBERS = new Set(['twenty', 'fifty', 'hundred', 'thousand', 'million']);
/** Digits of a share's part or whole ("1 in 5"); kept out of the function so it is built once. */
const SMALL_DIGITS = /^\d{1,3}$/;

/** True for a small number written as a word or as digits (a share's part or whole). */
function isShareNumber(tok: Token | undefined): boolean {
  if (tok === undefined) return false;
  return SMALL_NUMBERS.has(tok.lower) || ROUND_NUMBERS.has(tok.lower) || SMALL_DIGITS.test(tok.lower);
}

/**
 * True when token i opens a share in words: "half the voters", "one in four homes", "two out of three
 * nurses". The caller tests the cheap thing first: only "half" or a number word reaches here.
 */
export function isWordShare(t: readonly Token[], i: number): boolean {
  const w = t[i].lower;
  if (w === 'half') return isHalfShare(t, i);
  if (!isShareNumber(t[i])) return false;
  // "one in four", "one in a hundred", "two out of three": a part over a whole.
  let k = i + 1;
  if (t[k]?.lower === 'in') k++;
  else if (t[k]?.lower === 'out' && t[k + 1]?.lower === 'of') k += 2;
  else return false;
  if (t[k]?.lower === 'a') k++;
  return isShareNumber(t[k]) && t[k + 1]?.lower !== ':';
}

/** "half the budget", "half of all renters"; not "the first half of", "half the time", "an hour and a half". */
function isHalfShare(t: readonly Token[], i: number): boolean {
  // "a year-and-a-half": the word before may sit behind a hyphen.
  const before = t[i - 1]?.text === '-' ? t[i - 2] : t[i - 1];
  if (!SHARE_OF.has(t[i + 1]?.lower ?? '') || NOT_SHARE_BEFORE.has(before?.lower ?? '')) return false;
  const k = t[i + 1].lower === 'of' && t[i + 2]?.lower === 'the' ? i + 3 : i + 2;
  return !HALF_IDIOMS.has(t[k]?.lower ?? '') && isCountedWhole(t, k);
}

/**
 * A whole whose half is a statistic: a group of many ("half the voters", "half of all renters") or a people or a
 * purse taken as one ("half the workforce", "half its budget"). "Half the cake" or "half the wall" is a piece of a
 * thing, which nobody counts on record.
 */
const COUNTED_WHOLES = new Set([
  'budget', 'spending', 'income', 'revenue', 'funding', 'money', 'wealth', 'debt', 'workforce', 'staff', 'population',
  'electorate', 'public', 'country', 'nation', 'state', 'county', 'city', 'town', 'region', 'world', 'membership',
  'people', 'children', 'men', 'women', 'police', 'cabinet', 'parliament', 'senate', 'congress', 'council',
  // "half of them", "half of us": a plural pronoun stands for a group already named.
  'them', 'us',
]);

/** The head noun from token k on, past up to three modifiers ("half its annual budget", "half the parish budget"). */
function isCountedWhole(t: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 4 && t[j] !== undefined; j++) {
    const tok = t[j];
    if (COUNTED_WHOLES.has(tok.lower)) return true;
    // The last noun of a compound is its head; a plural one ("voters", "homes") loses its ending in wink's lemma.
    if (tok.pos === 'NOUN' && t[j + 1]?.pos !== 'NOUN') return tok.lemma !== tok.lower;
    if (tok.type !== 'word' || tok.lower === 'of') return false;
  }
  return false;
}
