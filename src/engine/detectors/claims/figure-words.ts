/**
 * Words that look like figures and are not, or that are: "won it twice" counts occasions and "B-52s" names a
 * model, while "two-thirds of" is a share.
 */
import { MEASURED_NOUNS } from '../../lexicon/claims-markers.ts';
import type { Token } from '../../nlp.ts';
import { MARK } from './word-marks.ts';

/** Tags of the amount a ratio's "as" compares ("twice as many", "twice as large", "twice as fast"). */
const RATIO_AMOUNT_TAGS = new Set(['ADJ', 'ADV']);
/** After "twice", the words that make it a ratio ("twice as many", "twice the rate", "twice its size"). */
const RATIO_AFTER_TWICE = new Set([
  'as',
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'that',
  'this',
  'what',
]);

/**
 * "won the title twice", "hit the post twice": a count of occasions, not a ratio that measures something. A
 * ratio's "as" compares an amount ("twice as many", "twice as fast"); "scored twice as Rovers won" tells when.
 */
export function isOccasionCount(tokens: Token[], i: number): boolean {
  if (tokens[i].lower !== 'twice') return false;
  const next = tokens[i + 1]?.lower ?? '';
  if (next === 'as') return !RATIO_AMOUNT_TAGS.has(tokens[i + 2]?.pos ?? '');
  return !RATIO_AFTER_TWICE.has(next);
}

/** True for a fraction word (`mark` has MARK.fraction) that measures a share: after a number or "a", before "of" ("two-thirds of the people"). */
export function isShare(tokens: Token[], i: number, mark: number): boolean {
  if ((mark & MARK.fraction) === 0 || tokens[i + 1]?.lower !== 'of') return false;
  const before = tokens[i - 1]?.text === '-' ? tokens[i - 2] : tokens[i - 1];
  return before !== undefined && (before.pos === 'NUM' || before.lower === 'a');
}

/** Letters, then a number: a model or a body's name ("B-52s", "G20", "MS-13", "H-1B"), not an amount measured. */
const DESIGNATION = /^[a-z]+-?\d+[a-z]?s?$/;

/** True for a lower-cased word that names a model, a visa or a body by letters and a number ("b-52s", "g20"). */
export function isDesignation(word: string): boolean {
  return DESIGNATION.test(word);
}

/** Month and day written with a slash ("9/11", "7/22"); "2/3", "3/4" are the fractions speech uses, so days run 5-31. */
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})$/;

/**
 * "since 9/11", "the 7/22 attacks": a month and a day, the name of a day, not an amount. A fraction has a small
 * denominator ("2/3 of the vote") and is followed by "of" or preceded by an amount; those stay figures.
 */
export function isSlashDate(text: string, after: string | undefined): boolean {
  const m = SLASH_DATE.exec(text);
  if (!m || after === 'of') return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 5 && day <= 31;
}

/** Units of time a span is counted in. */
const TIME_UNITS = new Set([
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'hour',
  'hours',
  'decade',
  'decades',
]);
/** Words a span's number may stand apart from its unit by: "four more years", "18 long years". */
const SPAN_FILLERS = new Set([
  'more',
  'straight',
  'long',
  'full',
  'whole',
  'additional',
  'extra',
  'consecutive',
  'wonderful',
  'hard',
  'short',
]);

/** Fillers that add to an amount: "4 more hours", "40 extra days" may count time gained or lost, not a span. */
const ADDED = new Set(['more', 'additional', 'extra']);
/** Words after the unit that compare the amount: "than last year", "compared with", "on average". */
const COMPARED_AFTER = new Set(['than', 'compared', 'average', 'versus', 'relative']);
/** Words that spread time over time as a rate: "2 more days a week", "an extra hour per day". */
const RATE_AFTER = new Set(['a', 'per', 'each', 'every']);
/** How far after the unit a comparison may come ("4 more hours on average than last year"). */
const AMOUNT_REACH = 5;
/** Number words of a large amount: "2 million more days" is summed past a life, as "12,000 more days" is. */
const LARGE_NUMBER_WORDS = new Set(['thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion']);

/**
 * "for four more years", "18 wonderful years": a number whose unit is time, a word or two after it, is a span of
 * time like "for 18 years" (which wink already reads as a duration), not a figure someone counted. Time added is
 * counted when it is compared, spread as a rate or summed past a life ("waited 4 more hours than last year",
 * "open 2 more days a week", "lost 12,000 more days to delays").
 */
export function isSpanOfTime(tokens: Token[], after: number): boolean {
  for (let k = after; k < after + 3 && k < tokens.length; k++) {
    if (TIME_UNITS.has(tokens[k].lower)) return k > after && !isTimeAdded(tokens, after, k);
    if (!SPAN_FILLERS.has(tokens[k].lower)) return false;
  }
  return false;
}

/** True when "more"/"extra" between the number (ending before `after`) and its unit at `unit` counts time added. */
function isTimeAdded(tokens: Token[], after: number, unit: number): boolean {
  if (!tokens.slice(after, unit).some((t) => ADDED.has(t.lower))) return false;
  const amount = tokens[after - 1]?.lower ?? '';
  if (Number(amount.replace(/,/g, '')) >= 1000 || LARGE_NUMBER_WORDS.has(amount)) return true;
  if (RATE_AFTER.has(tokens[unit + 1]?.lower ?? '') && TIME_UNITS.has(pluralUnit(tokens[unit + 2]?.lower))) return true;
  for (let k = unit + 1; k <= unit + AMOUNT_REACH && k < tokens.length && tokens[k].type === 'word'; k++) {
    if (COMPARED_AFTER.has(tokens[k].lower)) return true;
  }
  return false;
}

/** The unit's plural, so "a week" finds "weeks" in the list. */
const pluralUnit = (w: string | undefined): string => (w === undefined ? '' : w.endsWith('s') ? w : `${w}s`);

/** Names built on "zero" that measure nothing: a policy ("zero tolerance"), a goal ("zero emissions target") is not. */
const ZERO_NAMES = new Set(['tolerance', 'hour', 'sum', '-']);
/**
 * Words that make "zero" a place, a target or a name before it: "ground zero", "net zero by 2040", "patient zero"
 * (the first case), "year zero", "day zero" (the day a supply runs out): none counts anything.
 */
const ZERO_PLACES = new Set(['ground', 'net', 'patient', 'year', 'day']);
/** Words that make a bare "zero" a point on a dial: "the countdown reached zero", "from zero", "below zero". */
const ZERO_POINTS = new Set([
  'reach',
  'reached',
  'reaches',
  'reaching',
  'hit',
  'hits',
  'from',
  'to',
  'below',
  'above',
  'near',
]);

/**
 * "paid zero in taxes", "GDP was zero", "from zero centrifuges": none, stated as an amount, is a figure to check.
 * A point on a dial ("the countdown reached zero", "started again from zero", "fell to near zero", "fell below
 * zero") is one only when what reached it is a measured quantity ("inflation hit zero"), named before it in its
 * clause.
 */
export function isZeroAmount(tokens: readonly Token[], first: number, after: number): boolean {
  if (after !== first + 1 || tokens[first].lower !== 'zero') return false;
  const next = tokens[after];
  if (ZERO_NAMES.has(next?.lower ?? '') || ZERO_PLACES.has(tokens[first - 1]?.lower ?? '')) return false;
  // "from zero centrifuges" counts a thing; a bare "from zero" is "from scratch".
  const bare = next?.pos !== 'NOUN' && next?.pos !== 'PROPN';
  return !(bare && ZERO_POINTS.has(tokens[first - 1]?.lower ?? '') && !measuredBefore(tokens, first));
}

/** True when a measured quantity ("inflation", "deaths") comes before token i in its clause. */
function measuredBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && tokens[k].type === 'word'; k--) if (MEASURED_NOUNS.has(tokens[k].lower)) return true;
  return false;
}
