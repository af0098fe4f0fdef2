/**
 * "May" giving leave rather than guessing: "tenants may have a pet with the landlord's consent", "drivers may park
 * without a permit after 6pm", "each team may have five substitutes". Leave named in the clause (consent,
 * permission, a permit) or a ration counted out to each one is a rule, which a reader can check, not the writer's
 * guess. "The suspect may have fled", "each patient may have different symptoms" and "the storm may bring 50mm of
 * rain" name no leave and count out nothing to each: they stay guesses. A law's own words are leave too ("the act
 * provides that no person may be held without charge"). Read by senses/modality.ts.
 */
import type { ParsedText, Token } from '../nlp.ts';

/** Nouns of leave given after "with": "with the owner's consent", "with prior permission", "with approval". */
const LEAVE = new Set(['consent', 'permission', 'approval', 'authorisation', 'authorization', 'blessing']);
/** Nouns of leave lacked after "without": "without a permit", "without a ticket", "without permission". */
const LEAVE_LACKED = new Set(['permit', 'licence', 'license', 'ticket', 'pass', 'visa', 'permission', 'consent']);
/** The most words read between "with"/"without" and the noun of leave ("with the landlord's prior written consent"). */
const LEAVE_REACH = 5;
/** Words that close the modal's clause: leave named after them belongs to another clause. */
const CLAUSE_ENDS = new Set([
  ';',
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  // A comma or a relative word opens another clause, whose leave is not the modal's ("may have nowhere to go after
  // the camp, built without permission, is cleared", "fine anyone who crosses without a permit").
  ',',
  'who',
  'which',
  'whose',
]);
/** The most words read from the modal for its leave ("may keep a dog in the flat with the landlord's consent"). */
const CLAUSE_REACH = 12;
/** Words that bound a ration ("up to two", "no more than three", "only one"), read before its count. */
const BOUNDS = new Set(['up', 'to', 'only', 'no', 'more', 'than', 'at', 'most', 'a', 'maximum', 'of']);

/** True when "with ... consent" or "without a permit" follows the modal at `i` within its clause. */
function namesLeave(t: Token[], i: number): boolean {
  for (let j = i + 1; j <= i + CLAUSE_REACH && t[j]?.sentence === t[i].sentence && !CLAUSE_ENDS.has(t[j].lower); j++) {
    const nouns = t[j].lower === 'with' ? LEAVE : t[j].lower === 'without' ? LEAVE_LACKED : undefined;
    if (!nouns) continue;
    for (let k = j + 1; k <= j + LEAVE_REACH && t[k]?.sentence === t[i].sentence; k++)
      if (nouns.has(t[k].lower)) return true;
  }
  return false;
}

/** The most words read back from the modal to the subject's "each" ("each of the twelve clubs may"). */
const SUBJECT_REACH = 5;

/** Nouns of time after "every": "every year the coast may have two storms" is how often, not who is allowed. */
const TIMES = new Set(['year', 'day', 'week', 'month', 'season', 'summer', 'winter', 'spring', 'autumn', 'time']);

/** True when "each"/"every" opens the subject just before the modal at `i` ("each team may", "every pupil may"). */
function eachSubject(t: Token[], i: number): boolean {
  for (let b = i - 1; b >= Math.max(0, i - SUBJECT_REACH) && t[b].sentence === t[i].sentence; b--)
    if (t[b].lower === 'each' || t[b].lower === 'every') return !TIMES.has(t[b + 1]?.lower ?? '');
  return false;
}

/** True when "may have" at `i` counts out a ration to each ("each team may have five substitutes", "up to two"). */
function countsRation(t: Token[], i: number): boolean {
  if (t[i + 1]?.lower !== 'have' || !eachSubject(t, i)) return false;
  let j = i + 2;
  while (BOUNDS.has(t[j]?.lower ?? '') && t[j].sentence === t[i].sentence) j++;
  return t[j]?.sentence === t[i].sentence && isCount(t[j]) && !spansRange(t, j);
}

/** True for a count: wink's number or numeral ("five", "3"). */
function isCount(w: Token | undefined): boolean {
  return w?.pos === 'NUM' || w?.type === 'number';
}

/**
 * True when the count at `j` opens a range of two ("two or three symptoms", "3 or 4 phones"): a rule counts out
 * one number or a bound ("up to two"), while "two or three" guesses at a typical case ("every patient may have two
 * or three symptoms"), which stays a hedge.
 */
function spansRange(t: Token[], j: number): boolean {
  return t[j + 1]?.lower === 'or' && isCount(t[j + 2]);
}

/**
 * True for "may have" + a participle ("may have acted", "may have been") or "may be" + an "-ing" form ("may be
 * operating"): a guess about the past or about now, which no leave can grant ("the firm may have acted without
 * permission", "the gang may be trading without a licence" still guess). "May have to" guesses at a need.
 */
function guessesPastOrNow(t: Token[], i: number): boolean {
  const aux = t[i + 1]?.lower;
  if (aux !== 'have' && aux !== 'be') return false;
  // "May have to close" guesses at a need, which no leave grants ("the firm may have to close without a licence").
  if (aux === 'have' && t[i + 2]?.lower === 'to') return true;
  let j = i + 2;
  while (t[j]?.pos === 'ADV' && t[j].sentence === t[i].sentence) j++;
  if (aux === 'be') return t[j]?.pos === 'VERB' && t[j].lower.endsWith('ing');
  return t[j]?.lower === 'been' || t[j]?.pos === 'VERB';
}

/** True when "may" at `i` gives leave: leave named in its clause, or a ration counted out to each. */
export function grantsPermission(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i]?.lower !== 'may' || guessesPastOrNow(t, i)) return false;
  return namesLeave(t, i) || countsRation(t, i);
}

/**
 * Verbs by which a law, a treaty or a contract lays down its terms ("the act provides that", "the treaty
 * stipulates that"). Present only: "provided that" is also "on condition that" ("provided that it rains, crops
 * may recover"), which guesses. Report verbs are left out: "the report states that the two may be linked" guesses.
 */
const RULE_VERBS = new Set([
  'provide',
  'provides',
  'stipulate',
  'stipulates',
  'stipulated',
  'decree',
  'decrees',
  'decreed',
  'prescribe',
  'prescribes',
  'ordains',
]);
/**
 * Texts that lay down terms, the subject of a rule verb ("the constitution provides that", "the insurer's terms
 * stipulate that"); "the study provides that the two may be related" reports a finding and guesses.
 */
const RULE_TEXTS = new Set(
  (
    'law laws act acts rule rules treaty treaties constitution charter contract contracts code statute statutes ' +
    'regulation regulations clause article section bill decree will policy convention directive accord licence ' +
    'license lease bylaw bylaws byelaw byelaws terms agreement ordinance protocol covenant deed order'
  ).split(' '),
);
/** The most words of the subject read back from a rule verb ("the act on registered civil partnerships provides"). */
const RULE_SUBJECT_REACH = 6;

/**
 * True when the subject before the rule verb at `verb` names a text of terms: its head ("the act expressly
 * provides") or a noun its phrase is built on ("the law on registered partnerships provides").
 */
function namesRuleText(t: Token[], verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(0, verb - RULE_SUBJECT_REACH) && t[k].sentence === t[verb].sentence; k--) {
    if (RULE_TEXTS.has(t[k].lower) || RULE_TEXTS.has(t[k].lemma)) return true;
  }
  return false;
}
/** The most words read back from the modal to the law's "that" ("provides that: any citizen who lives abroad may"). */
const RULE_REACH = 12;

/**
 * True when "may" at `i` stands in the clause a law lays down ("the rules stipulate that a referee may be related
 * to neither club"): the law's leave or ban, whatever the participle, not a guess. Its subject must be a text of
 * terms ("the study provides that the two may be related" guesses).
 */
export function grantedByRule(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i]?.lower !== 'may' || guessesPastOrNow(t, i)) return false;
  for (let b = i - 1; b >= Math.max(1, i - RULE_REACH) && t[b].sentence === t[i].sentence; b--) {
    if (t[b].lower === ';') return false;
    if (t[b].lower !== 'that') continue;
    if (!RULE_VERBS.has(t[b - 1].lower)) return false;
    return namesRuleText(t, b - 1);
  }
  return false;
}
