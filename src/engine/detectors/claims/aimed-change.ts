/**
 * A change aimed at, not reported: "to get the deficit down", "we should cut spending", "let's bring rates down".
 * A measured noun beside a change word ("wages went up", "the deficit increased") makes a statistic without
 * digits; an aim measures nothing yet. ("A tax cut" stays: "every family gets a tax cut" reports a plan's effect.)
 */
import type { Token } from '../../nlp.ts';

/**
 * Words before a verb that make it an aim: "to cut", "should raise", "let's bring". Forecasts ("will rise",
 * "would still rise") are left to the prediction markers.
 */
const AIM_BEFORE = new Set(['to', 'should', 'must', 'let', "let's"]);

/** Verbs that move an amount with "up" or "down": "get the deficit down", "bring rates down", "keep costs down". */
const MOVERS = new Set(['get', 'bring', 'keep', 'drive', 'push', 'hold']);

/** Verbs whose "to" tells a change under way, not an aim: "wages began to rise", "costs continue to fall". */
const ASPECT_BEFORE_TO = new Set(['begin', 'start', 'continue', 'seem', 'appear', 'tend', 'use']);

/** Verbs that make their object change: "the drought caused food prices to rise", "led rents to double". */
const CAUSES = new Set(['cause', 'force', 'lead', 'drive', 'push', 'prompt', 'expect', 'allow', 'set']);
/** Tags of the object between a causing verb and its "to". */
const OBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/** True when the "to" at j follows a causing verb and its object: a change reported as caused. */
function causedBefore(tokens: readonly Token[], j: number): boolean {
  let p = j - 1;
  while (p >= 0 && p >= j - 5 && OBJECT_TAGS.has(tokens[p].pos)) p--;
  return p < j - 1 && p >= 0 && CAUSES.has(tokens[p].lemma);
}

/** Pronouns of others: "they don't want to raise wages" states their position, a claim about them. */
const OTHERS = new Set(['he', 'she', 'they']);

/** How far back "up" or "down" may find its verb ("get the budget deficit down"). */
const PARTICLE_REACH = 4;

/** True when the verb at k is the speaker's aim: "to cut", "let's bring" ("to quickly cut"), not another's. */
function isAimedVerb(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && tokens[j].pos === 'ADV') j--;
  if (j < 0 || !AIM_BEFORE.has(tokens[j].lower)) return false;
  if (tokens[j].lower === 'to' && (ASPECT_BEFORE_TO.has(tokens[j - 1]?.lemma ?? '') || causedBefore(tokens, j))) return false;
  const sentence = tokens[k].sentence;
  for (let p = j - 1; p >= 0 && tokens[p].sentence === sentence; p--) if (OTHERS.has(tokens[p].lower)) return false;
  return true;
}

/** True when the change word at i is aimed at or names a policy, so it reports no measured change. */
export function isAimedChange(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos === 'VERB') return isAimedVerb(tokens, i);
  if (t.lower !== 'up' && t.lower !== 'down') return false;
  for (let k = i - 1; k >= 0 && k >= i - PARTICLE_REACH; k--) {
    if (tokens[k].pos === 'VERB') return MOVERS.has(tokens[k].lemma) && isAimedVerb(tokens, k);
  }
  return false;
}
