/**
 * "Is possible" of an outcome nobody chose that may or may not come ("delays are possible", "further strikes are
 * possible", "showers are possible later") against what is on offer or can be had ("returns are possible within 28
 * days", "treatment is possible at the clinic", "fines of up to £5,000 are possible", "speeds of 300 km/h are
 * possible"): an option, a service, a capacity or a legal maximum is a fact a reader can check, not a guess. The
 * outcomes are listed, not the options: the things on offer are too many to list, the things that befall are few.
 * Read by senses/modality.ts for the open-possibility group.
 */
import type { ParsedText, Token } from '../nlp.ts';
import { skipAdverbs } from '../names/tokens.ts';

/** Outcomes that befall or may come: weather, disruption, loss, conflict, harm, a result, a reading of events. */
const OUTCOMES = new Set(
  // Weather and nature.
  (
    'snow rain shower storm thunderstorm thunder sleet hail frost fog ice gust flood flooding drizzle downpour ' +
    'wind heatwave drought aftershock eruption landslide tsunami avalanche ' +
    // Disruption, failure and loss.
    'delay disruption cancellation closure queue congestion outage blackout shortage failure collapse damage leak ' +
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
    // Words that make any subject an outcome that clashes or was not meant ("conflicting readings are possible").
    'conflicting contradictory competing inconsistent unexpected unintended unforeseen'
  ).split(' '),
);

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

/** True when a word of the subject before `i` names an outcome ("delays", "further job cuts", "a second recount"). */
function subjectIsOutcome(t: Token[], i: number): boolean {
  for (let b = i - 1; b >= Math.max(0, i - SUBJECT_REACH) && t[b].sentence === t[i].sentence; b--) {
    if (CLAUSE_EDGES.has(t[b].lower)) return false;
    if (namesOutcome(t[b])) return true;
  }
  return false;
}

/**
 * True when "is/are/remain possible" at `i` says a thing is on offer or can be had, not that an outcome may come
 * ("returns are possible within 28 days", "a life sentence is possible"): its subject names no outcome.
 */
export function offersOption(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (!['is', 'are', 'remain', 'remains'].includes(t[i]?.lower ?? '')) return false;
  const next = skipAdverbs(t, i + 1);
  if (t[next]?.lower !== 'possible' || t[next].sentence !== t[i].sentence) return false;
  return !subjectIsOutcome(t, i);
}
