/**
 * "Is possible" of an outcome nobody chose that may or may not come ("delays are possible", "further strikes are
 * possible", "showers are possible later") against what is on offer or can be had ("returns are possible within 28
 * days", "treatment is possible at the clinic", "fines of up to £5,000 are possible", "speeds of 300 km/h are
 * possible"): an option, a service, a capacity or a legal maximum is a fact a reader can check, not a guess. The
 * outcomes are listed, not the options: the things on offer are too many to list, the things that befall are few.
 * Read by senses/modality.ts for the open-possibility group.
 */
import type { ParsedText, Token } from '../nlp.ts';
import { isPossessive, skipAdverbs } from '../names/tokens.ts';
import { MONTHS } from '../names/words.ts';

/** Outcomes that befall or may come: weather, disruption, loss, conflict, harm, a result, a reading of events. */
const OUTCOMES = new Set(
  // Weather and nature.
  (
    'snow rain shower storm thunderstorm thunder sleet hail frost fog ice gust flood flooding drizzle downpour ' +
    'wind heatwave drought aftershock eruption landslide tsunami avalanche ' +
    // Disruption, failure and loss.
    'delay disruption cancellation cancelation closure queue congestion outage blackout shortage failure collapse damage leak ' +
    'error mistake problem difficulty setback cut loss layoff redundancy job recession downturn slowdown default ' +
    'bankruptcy rise hike increase fall drop decline ' +
    // Conflict and its acts.
    'strike walkout clash violence unrest riot protest attack retaliation escalation war conflict coup ' +
    'arrest sanction boycott ' +
    // Harm to health.
    'complication infection outbreak transmission relapse death casualty injury fatality effect reaction ' +
    // A result still open, and a reading of events.
    'recount runoff election resignation reshuffle deal ceasefire agreement compromise breakthrough defeat victory ' +
    'win upset draw change explanation scenario outcome cause motive link connection interpretation ' +
    // A change of hands or of fortune that others decide ("a takeover is possible", "relegation is possible").
    'takeover merger buyout comeback relegation ' +
    // A country's exit from a union, by its coined name ("a Grexit is possible", "a no-deal Brexit is possible").
    'brexit grexit frexit ' +
    // Words that make any subject an outcome that clashes or was not meant ("conflicting readings are possible").
    'conflicting contradictory competing inconsistent unexpected unintended unforeseen'
  ).split(' '),
);

/**
 * A move in a career or a company ("transfer", "move", "exit") is also a service or an act on offer ("transfers are
 * possible at any station", "exit is possible through the rear door"): it is an outcome only when dated ("a January
 * transfer", "a summer exit") or someone's ("the striker's move"), a one-off that clubs or boards have yet to decide.
 */
const MOVES = new Set(['transfer', 'move', 'loan', 'switch', 'exit', 'departure', 'sacking', 'withdrawal']);
/**
 * Bodies a move leaves ("an exit from the euro", "a withdrawal from the treaty", "a departure from the club"): a
 * membership others decide on, an outcome; a place left ("exit from the car park", "a transfer from the airport")
 * is a way or a service, and names none of these.
 */
const INSTITUTIONS = new Set(
  (
    'euro eurozone eu union bloc alliance nato un opec coalition government cabinet party league club team ' +
    'treaty agreement accord pact deal convention competition tournament championship contract board'
  ).split(' '),
);
/** Words that date a move after "possible" besides the months and seasons ("a loan is possible next season"). */
const SEASON = 'season';
/** Months and seasons that date a move ("a January transfer", "a summer switch"). */
const DATES = new Set([...MONTHS, 'summer', 'winter', 'spring', 'autumn']);
/**
 * What follows "possible" when a thing is on offer, whatever it is ("cancellation is possible free of charge",
 * "a change is possible on request"): terms of a service, no outcome left open. ("Online" is left out: "further
 * attacks are possible online" forecasts.)
 */
const OFFER_TERMS = [
  'on request',
  'upon request',
  'free of charge',
  'at no extra',
  'at no cost',
  'at no charge',
  'at no additional',
  'for a fee',
  // "For a small" only before a price ("for a small fee"); "for a small number of staff" says who is hit.
  'for a small fee',
  'for a small charge',
  'for a small sum',
  'for a small extra',
  'for a small additional',
  'for a small supplement',
  'for a small surcharge',
  'for a small cost',
  'for a small payment',
  'by appointment',
];

/** Words that close the subject's clause, read backwards from the verb ("the plan, though delays are possible"). */
const CLAUSE_EDGES = new Set([',', ';', ':', '(', 'that', 'which', 'while', 'but', 'because', 'although', 'though']);
/** The most words read back from "is"/"are" for the subject ("further job cuts at the two plants"). */
const SUBJECT_REACH = 8;

/** True for an outcome word, plural or not (wink leaves a capitalised "Delays" unlemmatised). */
function namesOutcome(w: Token): boolean {
  const word = w.lower;
  const singulars = [word, w.lemma, word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, '')];
  return singulars.some((form) => OUTCOMES.has(form));
}

/** True for a month or a season ("May" the month, not the modal). */
function dates(w: Token | undefined): boolean {
  return w !== undefined && DATES.has(w.lower) && (w.lower !== 'may' || w.text === 'May');
}

/** True for a move in a career or a company ("transfer", "exits"). */
function isMove(w: Token): boolean {
  return MOVES.has(w.lemma) || MOVES.has(w.lower);
}

/** True when a move at `b` is dated or owned just before it ("a January transfer", "Ruiz's summer move"). */
function datedOrOwnedMove(t: Token[], b: number): boolean {
  if (!isMove(t[b])) return false;
  const before = t[b - 1];
  if (before?.sentence !== t[b].sentence) return false;
  if (dates(before) || isPossessive(before)) return true;
  // One word between the owner or the date and the move ("Ruiz's summer move", "a January loan switch").
  const owner = t[b - 2]?.sentence === t[b].sentence ? t[b - 2] : undefined;
  return isPossessive(owner) || dates(owner);
}

/** True when a move at `b` leaves a body before the verb at `i` ("an exit from the euro", "out of the EU"). */
function leavesInstitution(t: Token[], b: number, i: number): boolean {
  const from = t[b + 1]?.lower === 'out' && t[b + 2]?.lower === 'of' ? b + 2 : b + 1;
  if (t[from]?.lower !== 'from' && t[from]?.lower !== 'of') return false;
  // The body is the head of the phrase just before the verb ("from the single currency union", "from Nato").
  return from < i - 1 && INSTITUTIONS.has(t[i - 1].lower);
}

/** Words that make a move one event, not a service in general ("a transfer", "his move"; not bare "exit"). */
const ONE_OF = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this']);

/** True when a determiner of one event stands up to two words before the move at `b` ("a free transfer"). */
function oneMove(t: Token[], b: number): boolean {
  return ONE_OF.has(t[b - 1]?.lower ?? '') || ONE_OF.has(t[b - 2]?.lower ?? '');
}

/** Words before a stretch of time that make it the time to come ("in the coming days", "within weeks"). */
const COMING = new Set(['coming', 'next', 'this', 'few', 'within']);
/** Stretches of time that date a move to come ("in the coming days", "next week"). */
const STRETCHES = new Set(['days', 'weeks', 'months', 'week', 'month', 'year', 'window']);

/**
 * True when a month, a season or "season" follows "possible" at `p` ("next summer", "in January", "next season"), or
 * a stretch of time to come ("in the coming days", "within weeks"); "within 28 days" of a purchase is a service's term.
 */
function datedAfter(t: Token[], p: number): boolean {
  for (let j = p + 1; j <= p + 4 && t[j]?.sentence === t[p].sentence; j++) {
    if (dates(t[j]) || t[j].lower === SEASON) return true;
    if (STRETCHES.has(t[j].lower) && COMING.has(t[j - 1].lower)) return true;
  }
  return false;
}

/**
 * True when a word of the subject before `i` names an outcome ("delays", "further job cuts", "a second recount"), or
 * a move is dated, owned, leaves a body, or is dated after "possible" at `p` ("a free transfer is possible next
 * summer").
 */
function subjectIsOutcome(t: Token[], i: number, p: number): boolean {
  for (let b = i - 1; b >= Math.max(0, i - SUBJECT_REACH) && t[b].sentence === t[i].sentence; b--) {
    if (CLAUSE_EDGES.has(t[b].lower)) return false;
    if (namesOutcome(t[b]) || datedOrOwnedMove(t, b)) return true;
    if (isMove(t[b]) && (leavesInstitution(t, b, i) || (oneMove(t, b) && datedAfter(t, p)))) return true;
  }
  return false;
}

/** How an outcome comes unannounced ("without warning", "without prior notice"). */
const WARNING = new Set(['warning', 'notice']);
/** Help from others, whose absence leaves an outcome open ("a ceasefire is possible without outside help"). */
const AID = new Set(['help', 'support', 'backing', 'aid', 'approval', 'consent', 'intervention', 'mediation']);

/**
 * True when "without" follows "possible" at `p` and names a means one can do without ("weight loss is possible without
 * dieting", "a cure is possible without surgery"): a thing that can be done, no outcome left open. A bare noun or an
 * "-ing" word names a means; a party ("without the Americans", "without our captain") or help ("without outside
 * help") leaves an outcome to others, and "without warning" is how an outcome comes: both stay.
 */
function possibleWithout(t: Token[], p: number): boolean {
  if (t[p + 1]?.lower !== 'without' || t[p + 1].sentence !== t[p].sentence) return false;
  // "Any" may come first ("without any dieting").
  const means = t[t[p + 2]?.lower === 'any' ? p + 3 : p + 2];
  if (means === undefined || means.sentence !== t[p].sentence || WARNING.has(means.lower) || AID.has(means.lower))
    return false;
  return means.lower.endsWith('ing') || means.pos === 'NOUN';
}

/** True when the words after "possible" at `p` are the terms of a service ("on request", "free of charge"). */
function offerTermsAfter(t: Token[], p: number): boolean {
  const words: string[] = [];
  for (let j = p + 1; j <= p + 5 && t[j]?.sentence === t[p].sentence; j++) words.push(t[j].lower);
  const after = words.join(' ');
  // "On request of the union" names who asks for an outcome, no service's terms.
  return OFFER_TERMS.some(
    (terms) => after === terms || (after.startsWith(`${terms} `) && !after.startsWith(`${terms} of`)),
  );
}

/**
 * True when "is/are/remain possible" at `i` says a thing is on offer or can be had, not that an outcome may come
 * ("returns are possible within 28 days", "a life sentence is possible"): its subject names no outcome, or the
 * terms of a service follow ("cancellation is possible free of charge").
 */
export function offersOption(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (!['is', 'are', 'remain', 'remains'].includes(t[i]?.lower ?? '')) return false;
  const next = skipAdverbs(t, i + 1);
  if (t[next]?.lower !== 'possible' || t[next].sentence !== t[i].sentence) return false;
  return offerTermsAfter(t, next) || possibleWithout(t, next) || !subjectIsOutcome(t, i, next);
}
