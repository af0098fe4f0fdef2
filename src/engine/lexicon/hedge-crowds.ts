/**
 * Unnamed people behind a vague amount ("many residents oppose", "some voters say"): the quantity stands for WHO
 * holds a view, which a reader cannot check. The same amount before a thing ("many buildings were damaged") or
 * before people only counted ("many residents were evacuated") stays the weaker vague-quantity hedge. The nouns
 * come from the project's lists of people's roles and groups (names/words.ts), so the two stay in step.
 */
import { GROUP_NOUNS, PLURAL_ROLES, PROPER_GROUPS } from '../names/words.ts';

/**
 * People whose part in a story is to hold or voice views ("some critics", "many experts"): offered as support
 * whatever they are said to do, so the vague-crowd hedge takes them on their own. People who as often only
 * attend, travel or measure ("many people attended", "many fans travelled", "numerous scientists have
 * measured") are left to the people's list below: a crowd only when they hold a view, like any other role.
 */
export const VIEW_HOLDERS: readonly string[] = [
  'critics', 'observers', 'experts', 'scholars', 'historians', 'analysts', 'commentators', 'academics', 'sources',
  'supporters', 'opponents', 'detractors', 'skeptics', 'sceptics', 'believers', 'economists', 'theorists',
  'pundits', 'insiders', 'proponents', 'advocates',
];

/** Auxiliaries that open a clause's verb ("critics maintain the plan will fail"). */
const AUXILIARIES = 'will|would|could|can|may|might|must|should|has|have|had|does|do|did';

/**
 * View holders with no amount before a verb of saying or believing ("critics say", "a style that experts call lo-fi"):
 * the commonest unnamed crowd of all. "Claim" is left to the loaded-wording rule that reads it as doubt cast on the
 * speakers ("critics claim the judge was biased"): a crowd finding over the same words would hide that one.
 */
export const BARE_VIEW_HOLDERS: readonly string[] = [
  `${VIEW_HOLDERS.join('|')} {adv}? say|said|argue|argued|believe|believed|think|thought|contend`,
  // "Maintain" and "call" also keep and telephone ("advocates maintain a hotline", "supporters maintain the park"):
  // they voice a view only before "that" or a clause ("critics maintain the plan is flawed"), ...
  `${VIEW_HOLDERS.join('|')} {adv}? maintain|maintained that`,
  `${VIEW_HOLDERS.join('|')} {adv}? maintain|maintained {det}|{pron}? {adj}? {noun}|{propn}? {be}|{verb}|${AUXILIARIES}`,
  // ... and when they name something ("experts call it a crisis", "a style that experts call lo-fi") or demand it
  // ("critics call for a ban", a view voiced as a demand); "supporters called the office" is a telephone call.
  `${VIEW_HOLDERS.join('|')} {adv}? call|called it|them|this|these|those|for`,
  `that|what ${VIEW_HOLDERS.join('|')} {adv}? call|called`,
];

/** Verbs of money made or lost, before a firm's quarters of the year ("lost money in some quarters"). */
export const MONEY = 'lose|lost|make|made|earn|earned|post|posted|report|reported|turn|turned';

/** Verbs of motion, before circles flown or walked ("the birds flew in many circles"). */
export const MOTION =
  'fly|flew|flown|move|moved|run|ran|walk|walked|swim|swam|spin|spun|turn|turned|go|went|drive|drove|ride|rode|sail|sailed|march|marched|wander|wandered|circle|circled|dance|danced|orbit|orbited';

/**
 * View holders already named or counted ("the critics on the panel said", "two local experts said", "her supporters
 * argued", "the mayor's critics say"): a known group, no unnamed crowd. An adjective is let in only after a count:
 * after "the" or an owner it may be a vague amount itself ("the numerous critics", "her many critics"), still a crowd.
 */
export const KNOWN_VIEW_HOLDERS: readonly string[] = [
  `the|these|those|his|her|its|their|our|your|my ${VIEW_HOLDERS.join('|')}`,
  `{num} {adj}? {adj}? ${VIEW_HOLDERS.join('|')}`,
  `'s ${VIEW_HOLDERS.join('|')}`,
  `\u2019s ${VIEW_HOLDERS.join('|')}`,
];

/** The vague amounts that can stand before a crowd of people. */
const AMOUNTS = 'some|many|several|numerous|certain|various|countless|few|most';

/**
 * Role plurals that also name things: furniture ("chairs"), screens and software ("monitors", "drivers",
 * "players", "hosts"), chemistry ("agents", "developers"), ships ("anchors"), valves ("regulators"), lettuce
 * ("heads") and a loan's capital ("principals").
 */
const THING_SENSES = new Set([
  'chairs', 'monitors', 'anchors', 'agents', 'developers', 'heads', 'regulators', 'drivers', 'players', 'hosts',
  'principals',
]);

/**
 * Group words that count bodies or everyone at once rather than people who hold a view ("many countries",
 * "some groups", "most of the public").
 */
const NOT_A_CROWD = new Set([
  'others', 'everyone', 'everybody', 'somebody', 'someone', 'nobody', 'intelligence', 'media', 'press', 'public',
  'community', 'majority', 'minority', 'governments', 'agencies', 'groups', 'sides', 'parties', 'countries',
  'nations', 'staff', 'authorities', 'members', 'allies',
]);

/** Plural words for kinds of people, for a term's noun slot (the view holders have their own hedge). */
const PEOPLE = [...new Set([...PLURAL_ROLES.keys(), ...GROUP_NOUNS, ...PROPER_GROUPS])]
  .filter((word) => !THING_SENSES.has(word) && !NOT_A_CROWD.has(word) && !VIEW_HOLDERS.includes(word))
  .sort()
  .join('|');

/**
 * Verbs of saying, believing and taking a side: what a crowd does when it is offered as support. Written for
 * this rule rather than taken from the attribution lexicon, whose report verbs also act or remember after a
 * crowd of people ("several passengers called the police", "many workers charged their phones", "some pupils
 * answered every question", "some students recalled the drill", "many tourists observed the eclipse").
 */
const VIEW_VERBS = [
  'say', 'tell', 'claim', 'argue', 'insist', 'contend', 'assert', 'allege', 'believe', 'think', 'feel', 'fear',
  'hope', 'worry', 'doubt', 'suspect', 'expect', 'predict', 'warn', 'suggest', 'agree', 'disagree', 'oppose',
  'support', 'back', 'favour', 'favor', 'prefer', 'want', 'reject', 'welcome', 'question', 'dispute', 'criticise',
  'criticize', 'condemn', 'complain', 'accuse', 'blame', 'praise', 'describe', 'consider', 'regard', 'deem',
  'reckon', 'speculate', 'deny', 'admit', 'concede', 'acknowledge', 'protest', 'demand', 'urge', 'trust',
  'distrust', 'dislike', 'resent', 'dread', 'applaud', 'object',
].join('|');

/** Between the crowd and its verb: an adverb, an auxiliary, a negation ("many voters still do not trust"). */
const BEFORE_VERB = '{adv}? have|had|would|will|do|did|may|might|could|can? not|never? {adv}?';

/**
 * Terms for a vague amount of unnamed people who hold a view ("many local farmers oppose", "a handful of
 * residents complained", "some voters have long argued"). People only counted or described ("many residents
 * were evacuated", "several players were hurt") are left to the weaker vague-quantity hedge.
 */
export const PEOPLE_CROWD_TERMS: readonly string[] = [
  `${AMOUNTS} {adj}? {adj}? ${PEOPLE} ${BEFORE_VERB} ${VIEW_VERBS}`,
  `a number|handful|host|minority of {adj}? {adj}? ${PEOPLE} ${BEFORE_VERB} ${VIEW_VERBS}`,
  // "A growing number of parents want": a trend claimed for people nobody counted.
  `a growing|rising|increasing number of {adj}? {adj}? ${PEOPLE} ${BEFORE_VERB} ${VIEW_VERBS}`,
];
