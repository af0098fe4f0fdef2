/**
 * Where the time phrases are: a token mask of wink's DATE and TIME entities ("Monday", "last week", "this
 * morning") and of the preposition that opens one ("on Monday"), kept once per parsed text. A noun phrase walking
 * right stops there: "by police on Monday" names the police, and Monday is when, not who.
 */
import type { ParsedText } from '../nlp.ts';

const TIME_TYPES = new Set(['DATE', 'TIME']);
/** Words after a time phrase that keep it inside a noun phrase: "one survey last spring by planners". */
const HELD = new Set(['by', 'from', 'of']);
/** Prepositions that open a time phrase after a noun: "police on Monday", "officials in March". */
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'since', 'until', 'over', 'by']);

const masks = new WeakMap<ParsedText, Uint8Array>();

/** The mask of time tokens of a parsed text (1 inside a time phrase, 2 on the preposition opening it). */
function timeMask(doc: ParsedText): Uint8Array {
  let mask = masks.get(doc);
  if (mask) return mask;
  mask = new Uint8Array(doc.tokens.length);
  const times = doc.entities.filter((e) => TIME_TYPES.has(e.type));
  // "on Monday night": wink gives "Monday" and "night" as two entities; the noun after the first is the second.
  const starts = new Set(times.map((e) => e.firstToken));
  for (const e of times) {
    // "a 2019 report", "the 63-year-old": a date glued into the phrase or modifying a noun after it is no time adverbial.
    const next = doc.tokens[e.endToken];
    if (HELD.has(next?.lower ?? '')) continue;
    const glued = next && doc.tokens[e.endToken - 1].end === next.start && (next.text === '-' || next.type === 'word');
    if (next && !starts.has(e.endToken) && (next.pos === 'NOUN' || glued)) continue;
    // "by the Sunday Times", "the Tuesday Group": after an article a day before a capitalised word starts a name
    // ("On Monday Lind said" keeps its time).
    const article = /^(the|a|an)$/.test(doc.tokens[e.firstToken - 1]?.lower ?? '');
    if (article && next && /^[A-Z]/.test(next.text)) continue;
    for (let k = e.firstToken; k < e.endToken; k++) mask[k] = 1;
    if (TIME_PREPOSITIONS.has(doc.tokens[e.firstToken - 1]?.lower ?? '')) mask[e.firstToken - 1] = 2;
  }
  markSpans(doc, mask);
  masks.set(doc, mask);
  return mask;
}

/** Units of a span of time, and the words after one that make it a time: "minutes later", "two days earlier". */
const SPAN_UNITS = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'moments', 'seconds', 'decades']);
const SPAN_ENDS = new Set(['later', 'earlier', 'ago', 'afterwards', 'afterward']);
/** Words that count a span: "two", "a few", "several". */
const SPAN_COUNTS = new Set(['a', 'few', 'several', 'many', 'some']);

/** Marks the spans wink leaves out of its entities: "Minutes later officials said", "two days earlier". */
function markSpans(doc: ParsedText, mask: Uint8Array): void {
  const t = doc.tokens;
  for (let k = 0; k + 1 < t.length; k++) {
    if (!SPAN_UNITS.has(t[k].lower) || !SPAN_ENDS.has(t[k + 1].lower)) continue;
    let first = k;
    while (first > 0 && (SPAN_COUNTS.has(t[first - 1].lower) || t[first - 1].pos === 'NUM') && k - first < 3) first--;
    for (let j = first; j <= k + 1; j++) mask[j] = mask[j] || 1;
  }
}

/** True when a noun phrase walking right must stop at token k: a time phrase (or its preposition) begins there. */
export function timeStartsAt(doc: ParsedText, k: number): boolean {
  const mask = timeMask(doc);
  // "the Class of 2019": a year after "of" belongs to the name.
  return mask[k] === 2 || (mask[k] === 1 && mask[k - 1] === 0 && doc.tokens[k - 1]?.lower !== 'of');
}

/** Adverbs of time that open a clause before its subject: "Yesterday police raided", "Earlier the minister". */
const OPENING_ADVERBS = new Set(['yesterday', 'today', 'tonight', 'overnight', 'meanwhile', 'earlier', 'later']);
/** Those that never modify a noun after them ("Earlier reports said", "Later editions" do). */
const ALWAYS_ADVERBS = new Set(['yesterday', 'today', 'tonight', 'overnight', 'meanwhile']);
/** Nouns of a time span or a part of one: "within hours", "later that day". */
const TIME_NOUNS = new Set([
  ...['minutes', 'hours', 'days', 'weeks', 'months', 'moments', 'minute', 'hour', 'day', 'week', 'month', 'year'],
  ...['morning', 'afternoon', 'evening', 'night'],
]);

/**
 * The token after an adverbial of time wink gives no entity for, opening a clause at k ("Within hours",
 * "Later that day", "Earlier", "Yesterday"), or k when none opens it. "Earlier reports said" keeps its adjective.
 */
function openingAdverbial(doc: ParsedText, k: number): number {
  const t = doc.tokens;
  const w = t[k]?.lower ?? '';
  const at = (j: number) => t[j]?.lower ?? '';
  // "Within hours", "Within a few days", "Within the hour".
  if (w === 'within') {
    let j = k + 1;
    while (j < k + 4 && (/^(a|an|the|few|several)$/.test(at(j)) || t[j]?.pos === 'NUM')) j++;
    return TIME_NOUNS.has(at(j)) ? j + 1 : k;
  }
  if (!OPENING_ADVERBS.has(w)) return k;
  // "Later that day", "Earlier this week", "Later on".
  if (/^(that|this)$/.test(at(k + 1)) && TIME_NOUNS.has(at(k + 2))) return k + 3;
  if ((w === 'later' || w === 'earlier') && at(k + 1) === 'on') return k + 2;
  const next = t[k + 1];
  if (next?.type !== 'word') return k;
  // "Earlier the minister", "Later she": before a determiner, a pronoun or a name it is the clause's adverb.
  const subjectNext = next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN';
  return ALWAYS_ADVERBS.has(w) || subjectNext ? k + 1 : k;
}

/**
 * The token after a time phrase that opens a clause at `from` ("A few minutes later they ...", "On Monday Lind
 * ..."), or `from` itself when none does: the subject comes after it.
 */
export function afterOpeningTime(doc: ParsedText, from: number, limit: number): number {
  const mask = timeMask(doc);
  // "Earlier Wednesday, Lind ...": an adverb of time may open the time phrase wink gives.
  let k = openingAdverbial(doc, from);
  // "A few minutes later": wink leaves the article out of the entity.
  if (mask[k] === 0 && /^(a|an|the)$/.test(doc.tokens[k]?.lower ?? '') && mask[k + 1] === 1) k++;
  if (mask[k] === 0 && k === from) return from;
  while (k < limit && mask[k] !== 0) k++;
  // "On Monday, Lind ...": the comma closing the time phrase goes with it.
  if (doc.tokens[k]?.text === ',') k++;
  return k < limit ? k : from;
}

/** True when token k is inside a time phrase or the preposition opening one ("by now" is not: see clause-after). */
export function isTimeToken(doc: ParsedText, k: number): boolean {
  return timeMask(doc)[k] !== 0;
}
