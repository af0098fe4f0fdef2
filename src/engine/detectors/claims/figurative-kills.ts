/**
 * "Kill" said of what never lived: "The comedian killed it at the festival" (a triumph), "The senate killed the
 * bill", "We killed time at the station". No one died, so no casualty claim. "The blast killed three people" and
 * "A bus hit the cyclist and killed him" still count the dead.
 */
import type { Token } from '../../nlp.ts';
import { isPossessive } from '../../names/tokens.ts';

/** Objects of "kill" that only die in a figure of speech: a performance ("it"), a plan, a mood, the time. */
const NEVER_ALIVE = new Set([
  ...['it', 'time', 'bill', 'bills', 'deal', 'deals', 'plan', 'plans', 'proposal', 'idea', 'ideas', 'mood'],
  ...['momentum', 'buzz', 'joke', 'story', 'project', 'scheme', 'talks', 'hopes', 'chances', 'engine', 'lights'],
  // The economy's parts: "deficits have killed exports", "the tax kills jobs" tell of harm, not of the dead.
  ...['jobs', 'job', 'exports', 'growth', 'economy', 'industry', 'business', 'businesses', 'trade', 'investment'],
  ...['competition', 'innovation', 'sales', 'demand'],
]);

/** Words that may open the object before its head: "killed the deal", "killed her chances". */
const OPENERS = new Set(['the', 'a', 'an', 'any', 'off', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** True when the casualty word at i is "kill" with an object that never lived. */
export function isFigurativeKill(t: readonly Token[], i: number): boolean {
  if (t[i].lemma !== 'kill' || t[i].pos !== 'VERB') return false;
  let k = i + 1;
  while (k <= i + 3 && t[k] && (OPENERS.has(t[k].lower) || isPossessive(t[k]))) k++;
  // The head, not a modifier: "killed business leaders" killed people.
  return NEVER_ALIVE.has(t[k]?.lower ?? '') && t[k + 1]?.pos !== 'NOUN';
}
