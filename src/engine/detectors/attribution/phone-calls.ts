/**
 * "called" as a telephone call or a summons, not a report: "Shoppers called the coastguard when the tide turned",
 * "The union called a strike for Friday". Moved out of other-senses.ts, which holds the other everyday senses.
 */
import { isMark, isNounLike, isPossessive, QUOTE_MARKS } from '../../names/tokens.ts';
import type { ParsedText } from '../../nlp.ts';
import { MONTHS, WEEKDAYS } from '../../names/words.ts';

/** Words that end the object of a telephone call or a summons: "called the police when", "called his lawyer before". */
const AFTER_A_CALL = new Set(['when', 'after', 'before', 'because', 'while', 'as', 'until', 'since', 'once', 'back', 'again', 'twice']);
/** Words that start a phrase "call" governs directly: "called for calm", "called on the mayor to", "called out the lie". */
const CALL_PARTICLES = new Set(['for', 'on', 'upon', 'out']);
/** Pronouns that can be the whole object of "called". */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
/** Tags of the words of the object's noun phrase after its determiner. */
const OBJECT_WORDS = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN']);
/** Words for a time of day or week that a preposition after the object may open: "called Lind on Monday". */
const TIMES = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  ...['today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'week', 'month'],
  ...['year', 'the', 'last', 'next'],
]);

/** The end of the object noun phrase of "call" at i ("the fire brigade", "him", "both candidates and their aides"), or -1. */
function callObjectEnd(doc: ParsedText, i: number): number {
  const t = doc.tokens;
  let k = i + 1;
  // "called him", "called them": a pronoun standing alone as the object; "her lawyer" goes on to its noun.
  if (OBJECT_PRONOUNS.has(t[k]?.lower ?? '') && !OBJECT_WORDS.has(t[k + 1]?.pos ?? '')) return k + 1;
  for (let part = 0; part < 3; part++) {
    if (t[k]?.pos === 'DET' || t[k]?.pos === 'PRON') k++;
    else if (isPossessive(t[k + 1])) k += 2;
    const start = k;
    while (t[k] && (OBJECT_WORDS.has(t[k].pos) || t[k].type === 'number') && k - i < 9) k++;
    const last = t[k - 1];
    if (k === start || (last.pos !== 'NOUN' && last.pos !== 'PROPN' && last.type !== 'number')) return -1;
    // "both candidates and their aides": a second object joined by "and" (not "and said", a new verb).
    if (t[k]?.lower !== 'and' || !['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ'].includes(t[k + 1]?.pos ?? '')) return k;
    k++;
  }
  return k;
}

/**
 * "a tongue that critics call Brindlish", "the firm that Lind called yesterday": in a relative clause the object
 * of "call" is the noun before it. A bare word after the verb is the name or verdict given (a report); a time, a
 * particle, a verb or the clause's end means someone was rung up. Undefined outside such a clause ("told the court
 * that police called the owner" keeps its own object, with a determiner).
 */
function relativeCall(doc: ParsedText, i: number): boolean | undefined {
  const t = doc.tokens;
  const relative = t[i - 2];
  if (!relative || !['that', 'which', 'whom'].includes(relative.lower)) return undefined;
  if (relative.lower === 'that' && t[i - 3]?.pos !== 'NOUN') return undefined;
  const next = t[i + 1];
  // "which critics called 'a tax on the poor'": a quoted verdict is the commonest way news gives it.
  if (next !== undefined && /^["'\u201c\u2018]$/.test(next.text)) return false;
  if (next === undefined || next.type !== 'word' || TIMES.has(next.lower) || AFTER_A_CALL.has(next.lower)) return true;
  if (next.pos === 'VERB' || next.pos === 'AUX') return true;
  if (spanAfter(doc, i)) return true;
  if (verdictAfter(doc, i)) return false;
  return ['DET', 'PRON', 'ADP', 'ADV'].includes(next.pos) ? undefined : false;
}

/** Nouns of a span of time or a count of times: "that she called a week ago", "that he called a dozen times". */
const SPANS = new Set(['week', 'day', 'month', 'year', 'hour', 'minute', 'moment', 'while', 'time', 'times', 'dozen', 'number']);
/** Plural spans, counted: "that she called two days ago", "that he called several times". */
const PLURAL_SPANS = new Set(['weeks', 'days', 'months', 'years', 'hours', 'minutes', 'times']);
/** Words after a span that make it a time: "a week ago", "a day earlier". */
const SPAN_ENDS = new Set(['ago', 'earlier', 'before', 'later', 'back']);

/**
 * "the firm that Lind called a week ago", "the office she called several times": a span of time or a count right
 * after "called" in a relative clause says when or how often the call was made; a verdict has no "ago" or "times".
 */
function spanAfter(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  let k = i + 1;
  if (['a', 'an', 'several', 'many', 'few', 'some'].includes(t[k]?.lower ?? '') || t[k]?.pos === 'NUM') k++;
  if (t[k]?.lower === 'few' || t[k]?.lower === 'couple') k++;
  if (t[k]?.lower === 'of') k++;
  const span = t[k]?.lower ?? '';
  if (!SPANS.has(span) && !PLURAL_SPANS.has(span)) return false;
  return span === 'times' || SPAN_ENDS.has(t[k + 1]?.lower ?? '');
}

/**
 * "a plan that critics call a disaster": in a relative clause, "a"/"an" and a noun closing the clause give the
 * verdict on the noun before "that"; "the firm that Lind called a week ago" gives a time, so stays a call.
 */
function verdictAfter(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i + 1]?.lower !== 'a' && t[i + 1]?.lower !== 'an') return false;
  let k = i + 2;
  while (t[k]?.pos === 'ADJ' || t[k]?.pos === 'ADV') k++;
  while (t[k]?.pos === 'NOUN' && t[k + 1]?.pos === 'NOUN') k++;
  if (t[k]?.pos !== 'NOUN' || SPANS.has(t[k].lower)) return false;
  const after = t[k + 1];
  return after === undefined || after.sentence !== t[i].sentence || isMark(after, '.,;!?)') || after.pos === 'CCONJ';
}

/** Words of timing between "called" and "by": "called early by", "called off by", "called again by". */
const CALL_TIMINGS = new Set(['early', 'late', 'earlier', 'later', 'off', 'again', 'soon']);

/**
 * "Shoppers called Police Scotland when the alarm sounded", "The mayor called an election for May", "She called
 * him.": "call" with an object and then the end of the sentence, a time or a new clause rang someone up or summoned
 * something. A verdict on the object ("Critics called the plan reckless", "called it a disgrace", "called Lind, her
 * rival, a 'fraud'") or a demand ("called for calm", "called on the board to resign") still reports, as does any
 * call with a quotation after it.
 */
export function callsSomeone(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i].lemma !== 'call') return false;
  // "Firefighters called to the blaze", "the doctor called to the ward": summoned to a place.
  if (t[i].lower === 'called' && isNounLike(t[i - 1]) && t[i + 1]?.lower === 'to' && t[i + 2]?.pos === 'DET') return true;
  // "Police were called by neighbours", "The strike was called by the union": with "by" straight after it, nothing
  // is named (that would stand between: "called a liar by"); someone was rung up or something summoned.
  if (t[i].lower === 'called' && t[i + 1]?.lower === 'by') return true;
  // "The election was called early by the premier", "the match was called off by the referee": when, not a label.
  if (t[i].lower === 'called' && CALL_TIMINGS.has(t[i + 1]?.lower ?? '') && t[i + 2]?.lower === 'by') return true;
  // "urged people to call 999", "called 111": a number dialled is a telephone call.
  if (t[i + 1]?.type === 'number' && /^\d{3,}$/.test(t[i + 1].text)) return true;
  // "Lind called Wednesday for": a day between the verb and its particle.
  const particle = TIMES.has(t[i + 1]?.lower ?? '') && t[i + 1].lower !== 'the' ? t[i + 2] : t[i + 1];
  // "what she called reckless spending": naming, not ringing.
  if (CALL_PARTICLES.has(particle?.lower ?? '') || t[i - 2]?.lower === 'what') return false;
  const relative = relativeCall(doc, i);
  if (relative !== undefined) return relative;
  const end = callObjectEnd(doc, i);
  if (end < 0) return false;
  const s = doc.sentences[t[i].sentence];
  for (let k = end; s && k < s.endToken; k++) if (isMark(t[k], QUOTE_MARKS)) return false;
  const after = t[end];
  if (after === undefined || isMark(after, '.;!?)') || AFTER_A_CALL.has(after.lower)) return true;
  // "called the police to report", "called both candidates and was": a purpose or a new verb follows.
  const verbNext = t[end + 1]?.pos === 'VERB' || t[end + 1]?.pos === 'AUX';
  if ((after.lower === 'to' || after.lower === 'and') && verbNext) return true;
  // "called Lind on Monday", "called both candidates Tuesday night".
  return (after.pos === 'ADP' && TIMES.has(t[end + 1]?.lower ?? '')) || TIMES.has(after.lower);
}
