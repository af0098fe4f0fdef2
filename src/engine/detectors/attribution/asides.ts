/**
 * Asides between a speaker and the verb, fenced by dashes, commas or parentheses: "Democrats - especially in New
 * York - said", "Rosa Lind, meanwhile, warned", "Sen. Ruth Abara (D-Md.) has criticized". Every walk is bounded.
 */
import type { Token } from '../../nlp.ts';
import { isMark } from '../../names/tokens.ts';

/** How far back an aside's opening mark is looked for, in tokens (as far as a speaker's clause reaches). */
const MAX_ASIDE = 30;

/** True for a dash standing apart from its neighbours ("X - especially Y - said"), not a hyphen inside a word. */
export function isDash(t: Token[], k: number): boolean {
  if (t[k].type !== 'punctuation' || !/^[-—–]+$/.test(t[k].text)) return false;
  return t[k].text !== '-' || t[k - 1]?.end !== t[k].start || t[k].end !== t[k + 1]?.start;
}

/** The index of the dash that opens the aside closed by the dash at `close`, or -1. */
export function openingDash(t: Token[], close: number, floor: number): number {
  for (let k = close - 1; k >= floor && close - k <= MAX_ASIDE; k--) if (isDash(t, k)) return k;
  return -1;
}

/** Words of short asides fenced by commas: "meanwhile", "however", "of course", "in fact". */
const ASIDE_WORDS = new Set([
  'of',
  'course',
  'in',
  'fact',
  'for',
  'example',
  'instance',
  'though',
  'too',
  'however',
  'meanwhile',
]);

/** The index of the comma opening a short aside closed by the comma at `close` ("X, however, said"), or -1. */
export function asideBetweenCommas(t: Token[], close: number, floor: number): number {
  for (let k = close - 1; k >= floor && close - k <= 3; k--) {
    if (isMark(t[k], ',')) return k < close - 1 ? k : -1;
    if (t[k].pos !== 'ADV' && !ASIDE_WORDS.has(t[k].lower)) return -1;
  }
  return -1;
}

/** The index of the "(" that opens the parenthesis closed at `close`, within a few tokens, or -1. */
export function openingParenthesis(t: Token[], close: number, floor: number): number {
  for (let k = close - 1; k >= floor && close - k <= 8; k--) if (t[k].text === '(') return k;
  return -1;
}
