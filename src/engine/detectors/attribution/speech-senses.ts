/**
 * "Speak" and "talk" in senses that pass on nobody's words: "people speak a dialect of their own" (a language),
 * "villagers do not speak with outsiders" (no words at all). "Villagers speak of a curse", "residents spoke out"
 * and "officials spoke Monday" still report. A credit line says where a correspondent filed from ("Hale reported
 * from Kyiv and Lind from Warsaw."): no report either; "reported from the scene that ..." is one. A crowd that
 * "cheered as the ball went in" made a noise; "cheered the decision" and "cheered and waved signs" (at a rally) still take a side.
 * "She argued with referees" quarrelled with them; "argued with the referee that the ball was out" still reports.
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
  // "a Greco-Slavic dialect": a hyphen joins two words of one modifier and counts as none.
  for (let k = i + 1, words = 0; t[k] && words < 4; k++) {
    if (LANGUAGES.has(t[k].lower)) return true;
    if (t[k].text === '-') continue;
    if (!OBJECT_TAGS.has(t[k].pos)) return false;
    words++;
  }
  return false;
}

/** Words that may close a credit line after its place: the sentence's end, another correspondent, a comma. */
const CREDIT_ENDS = new Set(['.', 'and', ',', ';']);

/** True when "reported from" at i names only the place a correspondent filed from: "Hale reported from Kyiv." */
function creditLine(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i].lemma !== 'report' || t[i + 1]?.lower !== 'from' || !/^[A-Z]/.test(t[i + 2]?.text ?? '')) return false;
  let k = i + 2;
  while (/^[A-Z]/.test(t[k]?.text ?? '') && k - i < 6) k++;
  return t[k] === undefined || t[k].sentence !== t[i].sentence || CREDIT_ENDS.has(t[k].lower);
}

/** Words after "cheered" that show only the noise: when it rose, or how loud. */
const NOISE_AFTER = new Set(['as', 'when', 'while', 'after', 'before', 'loudly', 'wildly', '.', '!', ';']);

/** True when "cheer" at i is a sound made with no object: "Fans cheered as the team scored", "The crowd cheered." */
function cheersAloud(doc: ParsedText, i: number): boolean {
  const next = doc.tokens[i + 1];
  return doc.tokens[i].lemma === 'cheer' && (next === undefined || next.sentence !== doc.tokens[i].sentence || NOISE_AFTER.has(next.lower));
}

/** Words that open the view or the question argued over: "that the ball was out", "about how votes are counted". */
const ARGUED_OVER = new Set(['that', 'how', 'whether', 'why', 'what']);

/**
 * True when "argue" at i is a quarrel: arguing with someone, and no view or question argued over later in the
 * sentence ("She tends to argue with referees"). "Argued that", "argued for a delay", "argued with the referee that
 * the ball was out" and "arguing with a panellist about how votes are counted" still report a view.
 */
function quarrels(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i].lemma !== 'argue' || t[i + 1]?.lower !== 'with') return false;
  // "rivals argue with each other": two sides of a debate as often as a row, so it keeps its old reading.
  if (t[i + 2]?.lower === 'each' || t[i + 2]?.lower === 'one') return false;
  for (let k = i + 2; t[k] && t[k].sentence === t[i].sentence; k++) if (ARGUED_OVER.has(t[k].lower)) return false;
  return true;
}

/** Owners before a quality shown off: "highlighted his quality", "their skill". */
const OWN = new Set(['his', 'her', 'their', 'its', 'my', 'our']);
/** Parts of a text that a pen marks: "highlighted key passages", "highlighted the lines". */
const TEXT_PARTS = new Set(['passage', 'passages', 'text', 'line', 'lines', 'sentence', 'sentences', 'paragraph', 'paragraphs', 'page', 'pages']);

/**
 * True when "highlight" at i marks something without words: one's own quality shown by a deed ("the striker
 * highlighted his pace with a fine goal") or a text marked with a pen ("students highlighted key passages").
 * "The mayor highlighted the cost" still reports.
 */
function marksWithoutWords(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i].lemma !== 'highlight') return false;
  const own = OWN.has(t[i + 1]?.lower ?? '');
  for (let k = i + 1; k <= i + 4 && t[k] && t[k].sentence === t[i].sentence; k++) {
    if (TEXT_PARTS.has(t[k].lower) || (own && k > i + 2 && t[k].lower === 'with' && (t[k + 1]?.lower === 'a' || t[k + 1]?.lower === 'an'))) return true;
  }
  return false;
}

/**
 * True when the talking verb at i passes on nobody's words. "Prosecutors cited two emails as evidence" is no longer
 * among them: the records are what is cited, and whoever cites them is still the source the reader can weigh.
 */
export function speechWithoutReport(doc: ParsedText, i: number): boolean {
  return talksWithoutTelling(doc, i) || creditLine(doc, i) || cheersAloud(doc, i) || quarrels(doc, i) || marksWithoutWords(doc, i);
}
