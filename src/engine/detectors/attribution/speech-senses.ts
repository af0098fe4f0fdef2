/**
 * "Speak" and "talk" in senses that pass on nobody's words: "people speak a dialect of their own" (a language),
 * "villagers do not speak with outsiders" (no words at all). "Villagers speak of a curse", "residents spoke out"
 * and "officials spoke Monday" still report.
 */
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

/**
 * True when the talking verb at i passes on nobody's words. "Prosecutors cited two emails as evidence" is no longer
 * among them: the records are what is cited, and whoever cites them is still the source the reader can weigh.
 */
export function speechWithoutReport(doc: ParsedText, i: number): boolean {
  return talksWithoutTelling(doc, i);
}
