/**
 * Acts of office: "ordered an inquiry", "reversed the ruling", "adopted the budget". The verbs alone are
 * everyday ("ordered a taxi", "adopted a stray", "the lorry reversed into a post", "the trend reversed"): the act
 * is on the record only when what is ordered, reversed or adopted is a measure of office, or an office does it.
 */
import type { Token } from '../../nlp.ts';

/** Verbs (lemmas) whose record sense needs an office's object or subject. */
export const OFFICE_VERBS = new Set(['order', 'reverse', 'adopt']);

/** Measures an office orders, reverses or adopts: decisions, plans, inquiries, laws, budgets, strikes. */
const OFFICE_OBJECTS = new Set([
  'ruling', 'rulings', 'decision', 'decisions', 'policy', 'policies', 'plan', 'plans', 'inquiry', 'inquiries',
  'investigation', 'investigations', 'review', 'reviews', 'budget', 'budgets', 'law', 'laws', 'rule', 'rules',
  'regulation', 'regulations', 'measure', 'measures', 'ban', 'bans', 'order', 'orders', 'verdict', 'sentence',
  'conviction', 'resolution', 'resolutions', 'motion', 'amendment', 'amendments', 'bill', 'treaty', 'charter',
  'strategy', 'reform', 'reforms', 'tax', 'taxes', 'tariff', 'tariffs', 'sanctions', 'evacuation', 'evacuations',
  'recall', 'withdrawal', 'closure', 'lockdown', 'curfew', 'audit', 'probe', 'strike', 'strikes', 'airstrikes', 'raid',
  'raids', 'deployment', 'troops', 'shutdown', 'moratorium', 'freeze', 'guidelines', 'standards', 'code', 'protocol',
  'proposal', 'proposals', 'declaration', 'constitution', 'cuts', 'course', 'stance', 'position', 'release', 'arrest',
  'arrests', 'halt', 'suspension', 'targets', 'target', 'framework', 'agreement', 'deal', 'program', 'programs',
  'programme', 'programmes', 'scheme', 'schemes',
]);

/** Offices and bodies whose orders and reversals are acts of office: "the court reversed", "the governor ordered". */
const OFFICE_HOLDERS = new Set([
  'court', 'courts', 'judge', 'judges', 'tribunal', 'council', 'board', 'parliament', 'government', 'congress',
  'senate', 'committee', 'cabinet', 'regulator', 'authority', 'authorities', 'administration', 'ministry',
  'department', 'agency', 'commission', 'legislature', 'assembly', 'governor', 'president', 'minister', 'premier',
  'mayor', 'chancellor', 'secretary', 'commissioner', 'sheriff', 'coroner', 'magistrate', 'prosecutors', 'general',
  'commander', 'army', 'military', 'police', 'watchdog', 'inspectorate', 'ombudsman', 'trustees',
]);

/** Nouns of a batch whose head is what follows "of": "a round of strikes", "a package of reforms". */
const BATCHES = new Set([
  'round', 'wave', 'series', 'package', 'raft', 'set', 'batch', 'string', 'slew', 'host', 'number',
]);

/** How far after the verb its object's noun may lie ("ordered a full public inquiry"). */
const OBJECT_REACH = 4;

/** True when the order, reversal or adoption at i is an office's: its object a measure or its doer an office. */
export function isActOfOffice(tokens: readonly Token[], i: number): boolean {
  let reach = i + OBJECT_REACH;
  for (let k = i + 1; k <= reach && k < tokens.length && tokens[k].type === 'word'; k++) {
    if (OFFICE_OBJECTS.has(tokens[k].lower)) return true;
    // "a fresh round of air strikes", "a raft of measures": the measure is what the batch holds, after "of".
    if (BATCHES.has(tokens[k].lower) && tokens[k + 1]?.lower === 'of') {
      k++;
      reach = k + OBJECT_REACH;
      continue;
    }
    // The object's head noun came and was no measure: "ordered a taxi", "adopted a rescue greyhound".
    if (tokens[k].pos === 'NOUN' && tokens[k + 1]?.pos !== 'NOUN') break;
  }
  // Back through the clause: its doer ("the court reversed"), or the measure of a passive ("the ban was reversed").
  for (let k = i - 1; k >= 0 && tokens[k].type === 'word' && tokens[k].pos !== 'SCONJ'; k--) {
    const w = tokens[k].lower;
    if (OFFICE_HOLDERS.has(w) || (OFFICE_OBJECTS.has(w) && isPassive(tokens, i))) return true;
  }
  return false;
}

/** True when the participle at i follows a form of "be" ("was reversed", "has been adopted"). */
function isPassive(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  return tokens[k]?.lemma === 'be';
}
