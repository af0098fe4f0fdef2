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

/** Between the crowd and its verb: an adverb, an auxiliary, a negation ("many voters still do not trust"). */
const BEFORE_VERB = '{adv}? have|had|would|will|do|did|may|might|could|can? not|never? {adv}?';

/** A plain object: up to two describing words and a noun, a name or a quality ("the old stone walls", "the cold"). */
const OBJECT = '{adj}|{noun}? {adj}|{noun}? {noun}|{propn}|{adj}';

/** A determiner or an owner before the object ("the", "their", "the club's"), in the three ways it is written. */
const OWNERS = ['{det}|{pron}?', "{det}|{pron}? {noun}|{propn} 's", '{det}|{pron}? {noun}|{propn} \u2019s'];

/** Each way of writing the owner between a verb and its object: one term apiece (a clitic takes a slot alone). */
const owned = (before: string, after: string): string[] => OWNERS.map((owner) => `${before} ${owner} ${after}`);

/** Where a plain object ends with no clause after it: punctuation, a preposition, a time ("claimed it in 2019"). */
const OBJECT_ENDS =
  '.|,|;|:|)|!|?|and|or|for|in|at|on|with|by|from|to|across|through|until|since|near|outside|inside|around|throughout|during|every|each|without|under|over|between|this|last|after|before';

/** An amount standing alone for people, and what may come before its verb ("some would", "others have long"). */
const AMOUNT_ALONE = `some|many|others|most ${BEFORE_VERB}`;

/**
 * View holders with no amount before a verb of saying or believing ("critics say", "a style that experts call lo-fi"):
 * the commonest unnamed crowd of all. "Claim" is left to the loaded-wording rule that reads it as doubt cast on the
 * speakers ("critics claim the judge was biased"): a crowd finding over the same words would hide that one.
 */
export const BARE_VIEW_HOLDERS: readonly string[] = [
  `${VIEW_HOLDERS.join('|')} {adv}? say|said|argue|argued|believe|believed|think|thought|contend`,
  // "Maintain" also keeps ("advocates maintain a hotline"): it voices a view before "that" or a clause ("critics
  // maintain the plan is flawed"). The span is the crowd and its verb; the kept thing is told apart in UPKEEP.
  `${VIEW_HOLDERS.join('|')} {adv}? maintain|maintained`,
  // "Call" also telephones ("supporters called the office"): it voices a view when they name something ("experts
  // call it a crisis", "critics call "the plan" a tax", "a style that experts call lo-fi") or demand it ("critics
  // call for a ban"). The span is the crowd and its verb; what follows is read in UPKEEP. After "that", "what" or
  // "which" the name comes first ("a style which experts call lo-fi"), so nothing need follow.
  `${VIEW_HOLDERS.join('|')} {adv}? call|called`,
  `that|what|which ${VIEW_HOLDERS.join('|')} {adv}? call|called`,
];

/**
 * What a crowd keeps up or telephones rather than holds as a view: a thing after "maintain" that ends the phrase or
 * takes a place, a time or a partner ("advocates maintain a hotline for victims", "supporters maintained the park in
 * winter"); a clause after it ("critics maintain the plan will fail") has a verb there instead, and stays a crowd.
 * "Call" names or demands only before it/them/this/these/those, "that", "for" or a quotation mark ("experts call it
 * a crisis"); before anything else ("supporters called the office", "called him on Monday") it is a phone call.
 */
export const UPKEEP: readonly string[] = [
  `${VIEW_HOLDERS.join('|')} {adv}? call|called him|me|us|you|on|off|in|up|back|out|to|at|from|with|by|about|after|before|during|and|or|but|.|,|;|:|!|?|{num}|{adv}|{verb}`,
  // A thing rung or summoned ends the phrase or takes a time, a place or a purpose ("supporters called the office on
  // Monday"); a thing named has its name after it instead ("experts call the new strain a threat"), and stays a crowd.
  ...owned(`${VIEW_HOLDERS.join('|')} {adv}? call|called`, `${OBJECT} .|,|;|:|!|?|)|on|in|at|to|from|with|by|about|after|before|during|and|or|but|for|back|up|out|over|every|each|this|last|again|twice`),
  ...owned(`${VIEW_HOLDERS.join('|')} {adv}? maintain|maintained`, `${OBJECT} ${OBJECT_ENDS}`),
  // An amount alone has more such verbs: a view is claimed, felt, considered or kept up only with a clause or "that"
  // after it ("some claim the vote was rigged", "many feel it is too late"). A plain object ends the phrase instead
  // when a title or asylum is claimed, the cold felt, walls maintained ("others have claimed the title in 2019"); a
  // verb in -ing is a plan weighed ("some have considered moving the market"); nothing said is no view.
  ...owned(`${AMOUNT_ALONE} claim|claimed|feel|felt|consider|considered|maintain|maintained`, `${OBJECT} ${OBJECT_ENDS}`),
  `${AMOUNT_ALONE} consider|considered {verb}`,
  ...owned(`${AMOUNT_ALONE} consider|considered {noun}`, `${OBJECT} ${OBJECT_ENDS}`),
  `${AMOUNT_ALONE} say|said|claim|claimed nothing|little|anything ${OBJECT_ENDS}`,
];

/**
 * Views given to nobody in particular: a judge after "by" that is only an amount ("is thought by some", "was hailed by
 * many"), an agreement claimed with no one in it ("there is a growing consensus that"), opinion said to be split, and
 * "according to some". ("Viewed" and "seen by many" are left out: a video or a show is watched by many.)
 */
export const UNNAMED_JUDGES: readonly string[] = [
  'thought|believed|regarded|deemed|hailed|criticised|criticized|praised|condemned by some|many|others|most|several',
  // A bill is considered, a case dismissed, cattle branded and jars labelled by bodies or people at work ("by several
  // committees", "by some of the volunteers"): these verbs give a view only when the amount stands alone, before "to",
  // "as" or the end of the phrase ("considered by many to be", "dismissed by some as a fad").
  'considered|dismissed|branded|labelled|labeled by others',
  'considered|dismissed|branded|labelled|labeled by some|many|most|several to|as|.|,|;|:|)|who|because|and|but',
  'there is|was|has|had {any}? been? a|an? {adj}? consensus that|among',
  // Keyed on the rarer word, not on "the" or "a", which open a term try at every article in the text.
  'consensus is|was that',
  'growing|broad|general|emerging|wide|widespread consensus that',
  'opinion {be}|remains|remained {adv}? divided|split', 'opinion has|had {any}? been {adv}? divided|split',
  'according to some|many|others|most|several',
  `according to some|many|most|several|other|certain|various {adj}? ${VIEW_HOLDERS.join('|')}`,
  // Any other people after the amount are the crowd too ("according to several senior officials"), spanned to them.
  'according to some|many|most|several {adj}? {adj}? {noun}',
];

/** Words for documents, which speak for whoever wrote them rather than for a crowd ("many local newspapers"). */
const DOCUMENTS =
  'estimates|figures|accounts|reports|polls|surveys|studies|counts|projections|calculations|versions|measures|readings|forecasts|records|documents|data|papers|tallies|analyses|models|indicators|definitions|newspapers|articles|books|histories|textbooks|websites|outlets|stories|minutes|files|archives|letters|diaries|memoirs|reviews';

/**
 * Where an amount after "by" or "according to" is a rough figure or a thing ("believed by some 2,000 residents",
 * "according to some estimates", "according to most polls"): the figure or the document speaks, not a crowd. (A
 * view holder after it, "according to many historians", is a crowd of its own, read above.)
 */
export const JUDGES_COUNTED: readonly string[] = [
  'thought|believed|regarded|deemed|hailed|criticised|criticized|praised|condemned by some {num}',
  `according to some|many|most|several {any}? {any}? ${DOCUMENTS}`,
  // A share of documents someone owns ("according to most of the club's own accounts").
  `according to some|many|most|several of {det}? {any}? {any}? {any}? ${DOCUMENTS}`,
  'according to some|many|most|several {num}',
  // Opinion with an owner ("the court's opinion", "the judges' opinion"), opinion the polls measure ("public
  // opinion is split") or cut into parts ("divided into three parts") is no crowd's view.
  "{det}|'s|\u2019s|'|\u2019|public opinion", 'opinion {be}|was {adv}? divided|split into',
  // A consensus with an owner ("the committee's consensus was that", "their consensus is that") is that body's.
  "'s consensus is|was that", "\u2019s consensus is|was that", "' consensus is|was that", "\u2019 consensus is|was that",
  'his|her|their|its|our consensus is|was that',
  // A consensus among a group the writer names or counts ("among the five judges") is theirs.
  'there is|was|has|had {any}? been? a|an? {adj}? consensus among the|these|those|his|her|their|its|our|both|{num}',
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

/**
 * An amount standing alone for people, before a verb of saying or believing ("some say", "many would argue", "others
 * have long believed"): who they are is not said at all. An auxiliary or an adverb may come between, as it may after
 * "some voters" below. ("Agree" is left out: it also gives consent, "most had agreed to the terms"; so are fears and
 * doubts: as often a group's worry about its own fate, "many fear for their jobs", or a headline's passive, "many
 * feared dead", as a view offered as support; the amount alone stays a vague-quantity hedge there.)
 */
export const AMOUNT_CROWDS: readonly string[] = [
  `some|many|others|most ${BEFORE_VERB} say|said|argue|argued|believe|believed|claim|claimed|feel|felt|think|thought|suggest|suggested|contend|contended|maintain|maintained|consider|considered|insist|insisted`,
];

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
