/**
 * "Insist on" as a demand, not speech against doubt: "she insisted on paying", "the union insists on a vote".
 * What follows "on" is the thing demanded. A day, a date or a medium after "on" is instead when or where the
 * speaker spoke ("the minister insisted on Tuesday that the plan was safe", "insisted on television that"), and
 * the verb is still insisting that something is so.
 */
import type { ParsedText } from '../nlp.ts';
import { MONTHS, WEEKDAYS } from '../names/words.ts';

/** Words after "on" (or "on the") that say when or where someone spoke, not what they demanded. */
const WHEN_OR_WHERE = new Set([
  ...WEEKDAYS,
  'mondays',
  'weekends',
  ...MONTHS,
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'eve',
  'day',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
  'occasion',
  'occasions',
  'anniversary',
  'television',
  'tv',
  'radio',
  'air',
  'camera',
  'twitter',
  'x',
  'facebook',
  'instagram',
  'tiktok',
  'social',
  'podcast',
  'stage',
  'record',
  'phone',
  'sky',
  'bbc',
  'cnn',
  'fox',
  'msnbc',
  'nbc',
  'abc',
  'cbs',
  'itv',
  'friday',
]);

/** True when "insist on/upon" at `i` demands a thing; false when "on" starts a day, a date or a medium. */
export function insistsOnDemand(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i]?.lemma !== 'insist' && !t[i]?.lower.startsWith('insist')) return false;
  const on = t[i + 1];
  if (!on || on.sentence !== t[i].sentence || (on.lower !== 'on' && on.lower !== 'upon')) return false;
  // "on the eve of", "on the radio": one article may stand before the day or the medium.
  let k = i + 2;
  if (t[k]?.lower === 'the') k++;
  const next = t[k];
  if (!next || next.sentence !== t[i].sentence) return true;
  // A date written in figures ("insisted on 5 May that").
  if (next.type === 'number' || next.type === 'ordinal') return false;
  return !WHEN_OR_WHERE.has(next.lower);
}
