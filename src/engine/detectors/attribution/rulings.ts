/**
 * "Rule" reports a decision only as a court's or an official's finding: "The judge ruled that the fee was unlawful",
 * "the court ruled the fee unlawful", "ruled in favour of the tenants", "..., a judge ruled Monday." Kings rule
 * countries, teams rule leagues and officials rule things out: nothing is found or reported there.
 */
import type { ParsedText, Token } from '../../nlp.ts';
import { DETERMINERS, isPossessive } from '../../names/tokens.ts';
import { clauseAfter, thatSoon } from './clause-after.ts';
import { WEEKDAYS } from '../../names/words.ts';

/** Words for a time that may close a ruling reported after the fact: ", the judge ruled on Monday." */
const WHEN = new Set([
  'on',
  ...WEEKDAYS,
  'today',
  'yesterday',
  'earlier',
  'last',
  'this',
  'week',
  'month',
]);

/** True when the tokens from k to the sentence's end are only a time ("Monday", "last week") and its full stop. */
function onlyTimeLeft(t: Token[], k: number): boolean {
  let j = k;
  while (t[j] && t[j].sentence === t[k - 1]?.sentence && WHEN.has(t[j].lower)) j++;
  return t[j] === undefined || t[j].sentence !== t[k - 1]?.sentence || t[j].text === '.';
}

/** True when the object after "ruled" at i is followed by an adjective of judgment: "ruled the fee unlawful". */
function judgesObject(t: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 5 && t[k]; k++) {
    if (t[k].pos === 'ADJ' && k > i + 1 && t[k - 1].pos !== 'DET') return true;
    if (!DETERMINERS.has(t[k].lower) && !isPossessive(t[k]) && t[k].pos !== 'NOUN' && t[k].pos !== 'PROPN')
      return false;
  }
  return false;
}

/** True when "rule" at i reports no decision: "ruled the country", "ruled out a deal", "the rules". */
export function rulesNothing(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i].lemma !== 'rule') return false;
  if (t[i + 1]?.lower === 'that' || thatSoon(doc, i)) return false;
  if (t[i].lower !== 'ruled') return true;
  const next = t[i + 1];
  if (next?.lower === 'against' || (next?.lower === 'in' && /^favou?r$/.test(t[i + 2]?.lower ?? ''))) return false;
  return !(onlyTimeLeft(t, i + 1) || clauseAfter(doc, i) || judgesObject(t, i));
}
