/**
 * Plain uses of hedge words met in ordinary news (round 19): the same words placing something in an order,
 * recommending, naming a poll's sample, defining a term or owning a belief. Each list is spread into its group's
 * exceptions in rhetoric-hedge.ts and hedge-open-questions.ts, kept here so those files stay short.
 */
import { PERSON_ROLES } from '../names/words.ts';

/** Lists that set an order of appearance: a ballot, a bill, a schedule, a line-up. */
const RUNNING_ORDERS =
  'ballot|ballots|list|lists|schedule|order|programme|program|bill|card|lineup|roster|agenda|rota|ticket|docket|credits|chart|charts|timetable|menu';

/**
 * "Her name appeared first on the ballot", "the envoy appears second on the list": a place in an order, read off the
 * page, not how something looks. ("Appears weak" and "appears to" still give an impression.)
 */
export const APPEARANCE_PLAIN: readonly string[] = [
  'appear {adv}? first|second|third|fourth|fifth|sixth|last|next among|alongside|before|after|behind|.|,|;',
  // "On|in|at" only before a running order ("next on the ballot", "second in the batting order"): "next in line to
  // seize power" is a guess about who comes next, and stays an impression.
  `appear {adv}? first|second|third|fourth|fifth|sixth|last|next on|in|at {det}? {adj}? ${RUNNING_ORDERS}`,
  'appear {adv}? first|second|third|fourth|fifth|sixth|last|next on|in|at {det}? running|batting order',
  'appear {adv}? first|second|third|fourth|fifth|sixth|last|next on|in|at {det}? line-up',
  // "The singer appeared to loud cheers", "came on and appeared to a standing ovation": the sound of an audience
  // greeting someone on stage, never an observer to whom a thing seems ("appears to the naked eye to be small").
  'appear to {det}? {adj}? cheers|applause|boos|jeers|whistles|acclaim|ovation|laughter',
  // "It seems like only yesterday that the pier opened": a feeling about how fast time went, no guess about a fact.
  'it seems|seemed like only|just yesterday',
];

/**
 * "The suggested retail price", "a suggested donation", "the suggested route": "suggested" means recommended, before
 * the thing recommended; nothing is offered as a sign of something else.
 */
const RECOMMENDED =
  'retail|price|prices|donation|donations|reading|route|routes|dose|dosage|fee|fees|fare|fares|age|itinerary|serving|servings|changes|amendments|edits';

/** People's roles, singular; a term's word also matches its lemma, so "officials" and "guards" count too. */
const ROLES = [...PERSON_ROLES].join('|');

/** The plain senses of the suggestion group's words. */
export const SUGGESTION_PLAIN: readonly string[] = [
  // Only in the attributive use, after an article or a preposition ("the suggested price", "at suggested retail
  // prices"): "figures suggested prices would rise" is the verb, a sign of something else, and still hedges.
  `{det}|at|below|above|under|of|from|with suggested ${RECOMMENDED}`,
  // A person who points ("the officer pointed to a map", "the coach points to his record") makes a gesture or an
  // argument of their own, as "she pointed to" does: data or a result that "points to" a cause still hedges.
  `${ROLES} {adv}? point to`,
];

/** The plain senses of the probability group's words. */
export const POSSIBILITY_PLAIN: readonly string[] = [
  // "A poll of 900 likely voters": the sample a pollster defines (people who say they will vote), no guess.
  'likely voter|voters|electorate',
];

/** Words that name a term, the subject of a definition ("the phrase is understood to mean"). */
const TERMS =
  'term|terms|word|words|phrase|phrases|acronym|abbreviation|expression|designation|suffix|prefix|slogan';

/** Names and labels, which also begin compounds for events and deals ("name change", "title win", "label deal"). */
const NAMES = 'name|names|title|titles|label|labels';

/** The plain senses of the hearsay group's words. */
export const HEARSAY_PLAIN: readonly string[] = [
  // "The term is understood to mean anyone who lives here": a definition, nobody's unsourced report. ("The deal
  // was understood to include a loan" passes on what unnamed people said, and stays.) Only a term is defined: "the
  // merger is understood to mean job losses" passes on a report, so the subject must be a term or a quoted word.
  // The term itself may follow ("the term resident is understood to mean"); after a name or a label only a name
  // may: "the name change is understood to mean a fresh start", "the title win is understood to mean a bonus"
  // pass on what an event will bring, and stay hearsay.
  `${TERMS} {any}? is|are understood to mean|refer|denote`,
  `${NAMES} {propn}? is|are understood to mean|refer|denote`,
  '"|\u201d is|are understood to mean|refer|denote',
];

/** The plain senses of the open-question group's words. */
export const OPEN_QUESTION_PLAIN: readonly string[] = [
  // "Police have reason to believe the man fled": a belief with its holder named, for attribution to weigh; only
  // "there is reason to believe" leaves it with nobody. Named means a name, a named role ("the minister") or an
  // investigating body, or the speaker ("we have every reason to believe"): "they" or "many people have reason to
  // believe" still leaves the belief with nobody.
  '{propn}|i|we have|has|had {det}? {adj}? reason to believe',
  `the|his|her|their|its|our ${ROLES} have|has|had {det}? {adj}? reason to believe`,
  'police|investigators|detectives|prosecutors have|had {det}? {adj}? reason to believe',
  // A news story or a person's own story ("a BBC story says that", "her story says that") is a report with a
  // teller; only lore with no teller ("the story goes", "legend says") leaves the claim with nobody.
  '{propn}|news|newspaper|magazine|cover|his|her|their|its story|tale say|claim|tell|hold that',
  "'s story|tale say|claim|tell|hold that",
  '\u2019s story|tale say|claim|tell|hold that',
  // "The final word is that the club stays", "his word is that he will pay": a ruling or a promise, no rumour.
  'final|last|first|key|official|his|her|their|my|our|your|its word is|was that',
  "'s word is|was that",
  '\u2019s word is|was that',
];
