/**
 * "Speak", "talk" and "cite" in senses that pass on nobody's words: "people speak a dialect of their own" (a
 * language), "villagers do not speak with outsiders" (no words at all), "prosecutors cited two emails as evidence"
 * (records put forward as evidence: they are the evidence, not the group's hearsay). "Villagers speak of a curse",
 * "residents spoke out", "officials spoke Monday" and "critics cited concerns about cost" still report.
 */
import { DOCUMENT_NOUNS } from '../../lexicon/sources-documents.ts';
import { DETERMINERS, isPossessive } from '../../names/tokens.ts';
import type { ParsedText } from '../../nlp.ts';

/** Verbs of talking whose object may be a language rather than words passed on. */
const TALKING = new Set(['speak', 'talk']);
/** Words that deny the talking: "do not speak", "never talked". */
const DENIALS = new Set(['not', "n't", 'never']);
/** Tags of the words before the language: "speak a dialect", "speaks fluent Welsh". */
const OBJECT_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** Words for a language, and the most spoken languages' names: "speak a dialect", "speaks Welsh". */
const LANGUAGES = new Set([
  ...['language', 'languages', 'dialect', 'dialects', 'tongue', 'tongues', 'english', 'french', 'spanish'],
  ...['german', 'italian', 'portuguese', 'russian', 'arabic', 'mandarin', 'cantonese', 'chinese', 'japanese'],
  ...['korean', 'hindi', 'urdu', 'bengali', 'punjabi', 'turkish', 'persian', 'farsi', 'swahili', 'dutch', 'polish'],
  ...['greek', 'hebrew', 'welsh', 'gaelic', 'irish', 'ukrainian', 'vietnamese', 'creole', 'latin', 'yiddish'],
]);
/** Tags of the words between "cited" and the head of its object: "cited two internal emails". */
const OBJECT_MODIFIERS = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN']);

/** True when "speak" or "talk" at i is denied or takes a language as its object. */
function talksWithoutTelling(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (!TALKING.has(t[i].lemma)) return false;
  // "do not speak", "did not really talk", "never spoke": nothing was said to pass on.
  const before = t[i - 1]?.pos === 'ADV' && !DENIALS.has(t[i - 1].lower) ? t[i - 2] : t[i - 1];
  if (DENIALS.has(before?.lower ?? '')) return true;
  // "speak a dialect of their own", "speaks fluent Welsh", "spoke three languages": a language as the object.
  for (let k = i + 1; t[k] && k - i <= 3; k++) {
    if (LANGUAGES.has(t[k].lower)) return true;
    if (!OBJECT_TAGS.has(t[k].pos)) return false;
  }
  return false;
}

/** What a record is put forward as: "cited two emails as evidence". */
const EXHIBITS = new Set(['evidence', 'proof', 'exhibits', 'grounds']);

/** True when "cite" at i puts forward a document or record as evidence ("cited two emails as proof"). */
function citesRecord(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i].lemma !== 'cite') return false;
  let k = i + 1;
  if (DETERMINERS.has(t[k]?.lower ?? '') || isPossessive(t[k + 1])) k += isPossessive(t[k + 1]) ? 2 : 1;
  for (; t[k] && k - i <= 5; k++) {
    // "A paper cited figures showing a fall" passes the figures on; put forward "as evidence", they are exhibits.
    if (DOCUMENT_NOUNS.has(t[k].lower)) return t[k + 1]?.lower === 'as' && EXHIBITS.has(t[k + 2]?.lower ?? '');
    if (!OBJECT_MODIFIERS.has(t[k].pos)) return false;
  }
  return false;
}

/** True when the talking or citing verb at i passes on nobody's words. */
export function speechWithoutReport(doc: ParsedText, i: number): boolean {
  return talksWithoutTelling(doc, i) || citesRecord(doc, i);
}
