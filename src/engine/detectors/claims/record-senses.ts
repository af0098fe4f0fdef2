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

/** True when "spend" at i takes a stretch of time as its object: "spent a summer in Lisbon", "spent years there". */
function spendsTime(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + OBJECT_REACH && k < tokens.length; k++) {
    if (TIME_SPENT.has(tokens[k].lower)) return true;
    if (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'VERB') return false;
  }
  return false;
}

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

/** True when "lose" at i takes a relative or a friend: a bereavement told, not a vote, a job or a seat lost. */
function mournsKin(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + SENSE_REACH && k < tokens.length; k++) {
    if (MOURNED.has(tokens[k].lower)) return true;
    if (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'VERB') return false;
  }
  return false;
}

/** True for a verb whose act is on the public record ("voted", "cut taxes", "spent $3 billion"), not its time or childhood senses. */
export function isRecordAct(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || !RECORD_VERBS.has(t.lemma)) return false;
  if (t.lemma === 'grow' && tokens[i + 1]?.lower === 'up' && !growsByAmount(tokens, i + 2)) return false;
  if (OFFICE_VERBS.has(t.lemma) && !isActOfOffice(tokens, i)) return false;
  if (t.lemma === 'lose' && mournsKin(tokens, i)) return false;
  return !(t.lemma === 'spend' && spendsTime(tokens, i));
}
