/**
 * "May" granting a point before "but ... still": "the club may be small but is still a force", "the league may be
 * amateur but is still fiercely fought", "the team may have lost but remains top". The writer concedes the first
 * clause as true to set up the second; nothing is guessed. Only a state ("may be", "may have") with the same
 * subject going on after "but" (a verb, then "still" or "nevertheless") concedes: "the suspect may be in Spain,
 * but police still have no lead" starts a new subject, and "prices may rise but will still be low" forecasts
 * twice; both stay guesses. Read by senses/modality.ts.
 */
import type { ParsedText, Token } from '../nlp.ts';

/** Words after "but" that keep what was granted in force: "but is still", "but remains", "but nevertheless". */
const YET = new Set(['still', 'nonetheless', 'nevertheless', 'remains', 'remain', 'remained']);
/** Verbs of the same subject between "but" and "still" ("but is still", "but has still"); no modal of a forecast. */
const SAME_SUBJECT_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did']);
/** The most words read from the modal to its "but" ("may have strict rules about kit but ..."). */
const REACH = 12;

/** The index of the first "but" within reach of `i` in its clause, or -1 (a semicolon or a full stop ends it). */
function butAfter(t: Token[], i: number): number {
  for (let j = i + 1; j <= i + REACH && t[j]?.sentence === t[i].sentence; j++) {
    if (t[j].lower === 'but') return j;
    if (t[j].lower === ';') return -1;
  }
  return -1;
}

/** True when the modal at `i` grants a state ("may be", "may have") that "but ... still" then keeps in force. */
export function grantsPoint(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i]?.lower !== 'may' && t[i]?.lower !== 'might') return false;
  const aux = t[i + 1]?.lower;
  if (aux !== 'be' && aux !== 'have') return false;
  // "May be easing" and "may be in Spain" guess at now or where, which "but ... still" does not concede
  // ("inflation may be easing but remains high", "the suspect may be in Spain but is still at large").
  const state = t[i + 2];
  if (aux === 'be' && (state?.pos === 'ADP' || (state?.pos === 'VERB' && state.lower.endsWith('ing')))) return false;
  const but = butAfter(t, i);
  if (but < 0) return false;
  let j = but + 1;
  if (SAME_SUBJECT_VERBS.has(t[j]?.lower ?? '')) j++;
  return t[j]?.sentence === t[i].sentence && YET.has(t[j].lower);
}
