/**
 * Senses of record verbs that leave no record: "grew up" is a childhood, not growth; "spent the summer" is time
 * passed, not money spent; "lost her husband" is a bereavement, and "ordered a coffee", "adopted a stray" are
 * no acts of office (office-acts.ts). The lemma alone made "I grew up in Leeds" an act on the public record.
 */
import { RECORD_VERBS } from '../../lexicon/claims-markers.ts';
import type { Token } from '../../nlp.ts';
import { isActOfOffice, OFFICE_VERBS } from './office-acts.ts';

/** Nouns of time that "spend" passes rather than pays ("spent the summer", "spent two years", "spent her life"). */
const TIME_SPENT = new Set([
  'time',
  'summer',
  'summers',
  'winter',
  'winters',
  'spring',
  'autumn',
  'fall',
  'night',
  'nights',
  'day',
  'days',
  'week',
  'weeks',
  'weekend',
  'weekends',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
  'hour',
  'hours',
  'evening',
  'evenings',
  'morning',
  'afternoon',
  'life',
  'lifetime',
  'childhood',
  'holiday',
  'holidays',
  'career',
]);
/** How far after "spent" its object's noun may lie ("spent two long years"). */
const OBJECT_REACH = 4;

/**
 * True when the object of the verb at i, within `reach` words, is one of `nouns`: "spent two long years",
 * "lost her husband". The object ends at its first noun, name or verb. In the verb's own object a possessor
 * ("lost her father's old seat") is whose the object is, not the object; past a preposition ("a day lost in a
 * child's life") the word is no object either way and the old reading stays.
 */
function objectIn(tokens: readonly Token[], i: number, nouns: ReadonlySet<string>, reach: number): boolean {
  let direct = true;
  for (let k = i + 1; k <= i + reach && k < tokens.length; k++) {
    if (nouns.has(tokens[k].lower)) return !(direct && isPossessive(tokens[k + 1]));
    if (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'VERB') return false;
    if (tokens[k].pos === 'ADP') direct = false;
  }
  return false;
}

/** True for a possessive ending ("'s", "’s", or a bare apostrophe after a plural). */
const isPossessive = (t: Token | undefined): boolean =>
  t !== undefined && (t.lower === "'s" || t.lower === '’s' || t.lower === "'" || t.lower === '’');

/** "grew up to 4 percent", "grew up by $3 billion": after "up", an amount makes it growth, not a childhood. */
function growsByAmount(tokens: readonly Token[], k: number): boolean {
  const prep = tokens[k]?.lower;
  const amount = tokens[k + 1];
  return (prep === 'to' || prep === 'by') && amount !== undefined && (amount.pos === 'NUM' || amount.type !== 'word');
}

/** How far after "lose" its object's noun may lie ("lost two young sons"). */
const SENSE_REACH = 3;

/** Kin and friends one mourns: "lost a baby", "lost her husband", "lost two brothers in the war". */
const MOURNED = new Set([
  'baby',
  'son',
  'sons',
  'daughter',
  'daughters',
  'child',
  'children',
  'wife',
  'husband',
  'mother',
  'father',
  'mom',
  'dad',
  'brother',
  'brothers',
  'sister',
  'sisters',
  'friend',
  'friends',
  'parents',
  'grandmother',
  'grandfather',
]);

/** True for a verb whose act is on the public record ("voted", "cut taxes", "spent $3 billion"), not its time or childhood senses. */
export function isRecordAct(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || !RECORD_VERBS.has(t.lemma)) return false;
  if (t.lemma === 'grow' && tokens[i + 1]?.lower === 'up' && !growsByAmount(tokens, i + 2)) return false;
  if (OFFICE_VERBS.has(t.lemma) && !isActOfOffice(tokens, i)) return false;
  // "lost her husband" is a bereavement; "lost her father's old seat" is still a seat lost.
  if (t.lemma === 'lose' && objectIn(tokens, i, MOURNED, SENSE_REACH)) return false;
  // "spent the summer" passes time; it pays nothing.
  return !(t.lemma === 'spend' && objectIn(tokens, i, TIME_SPENT, OBJECT_REACH));
}
