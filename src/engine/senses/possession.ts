/**
 * "Boasts" meaning "has": "The hotel boasts a rooftop pool", "the squad boasts three former champions". With a noun
 * phrase straight after it, the verb describes what the subject owns or offers; nobody is quoted and nothing is
 * bragged about. "The mayor boasted that crime had fallen", "boasted crime had fallen", "boasted of her record",
 * "boasted about it" and a quotation after it still report words. Exported so any detector reading "boast" can
 * tell the two senses apart.
 */
import type { ParsedText } from '../nlp.ts';
import { DETERMINERS, isPossessive } from '../names/tokens.ts';

/** Tags of a noun phrase's first word: "a large fleet", "three pools", "fine views", "stunning Alpine views". */
const PHRASE_OPENERS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/** Words opening a two-word time before a "that": "boasted last week that", "boasted this month that". */
const TIME_OPENERS = new Set(['last', 'this', 'earlier', 'on']);

/** Words that round a count: "boasts nearly 60,000 seats", "boasts over 40 shops", "boasts more than 300 rooms". */
const APPROXIMATORS = new Set([
  'over',
  'nearly',
  'almost',
  'around',
  'about',
  'some',
  'roughly',
  'more',
  'fewer',
  'under',
]);

/** True when the words after "boast" at i are a rounded count ("nearly 60,000", "more than 300"), which is owned. */
function countFollows(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (!APPROXIMATORS.has(t[i + 1]?.lower ?? '')) return false;
  const n = t[i + 2]?.lower === 'than' ? t[i + 3] : t[i + 2];
  return n?.pos === 'NUM' && n.sentence === t[i].sentence;
}

/** Words that close the noun phrase after "boasts" before any verb of its own: "a museum that is free". */
const PHRASE_CLOSERS = new Set(['that', 'which', 'who', 'whose', 'where', 'when', 'and', 'or', 'but']);
/** Tags that may follow a finite verb's own object: "the plan saved millions", "his side beat them". */
const OBJECT_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ']);

/**
 * True when the words after "boast" at i are a clause with its own verb, words reported without their "that"
 * ("boasted his side would win", "boasted crime had fallen", "boasted the plan saved millions"). A participle
 * describing the noun ("rooms overlooking the sea", "a pool built in 1990") is no verb of a clause.
 */
function clauseFollows(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  for (let j = i + 2; j <= i + 7 && t[j] && t[j].sentence === t[i].sentence; j++) {
    if (t[j].type === 'punctuation' || PHRASE_CLOSERS.has(t[j].lower)) return false;
    if (t[j].pos === 'AUX') return true;
    if (t[j].pos !== 'VERB' || t[j].lower.endsWith('ing')) continue;
    return t[j].lower !== t[j].lemma && (t[j].lower.endsWith('s') || OBJECT_TAGS.has(t[j + 1]?.pos ?? ''));
  }
  return false;
}

/** True when "boast" at token i means "has": a noun phrase follows it directly (no "that", "of", "about" or quotation). */
export function boastsPossession(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const next = t[i + 1];
  if (t[i].lemma !== 'boast' || next === undefined || next.sentence !== t[i].sentence) return false;
  if (countFollows(doc, i)) return true;
  // "boasted that", "boasts of", "boasted about": the words or the deed bragged of follow.
  if (next.lower === 'that' || next.pos === 'ADP' || next.pos === 'SCONJ') return false;
  // "boasted Tuesday that", "boasted last week that": a time between the verb and its "that".
  if (t[i + 2]?.lower === 'that' || (TIME_OPENERS.has(next.lower) && t[i + 3]?.lower === 'that')) return false;
  return (
    (DETERMINERS.has(next.lower) || isPossessive(t[i + 2]) || PHRASE_OPENERS.has(next.pos)) && !clauseFollows(doc, i)
  );
}
