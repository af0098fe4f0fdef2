/**
 * The only file that imports wink-nlp. It turns text into plain arrays of sentences, tokens and entities with
 * exact UTF-16 offsets, so that every detector works on offsets into the original text and never on
 * wink's own objects.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { withRememberedNer } from './wink-ner-memo.ts';
import { tokenizeAsFresh, tokenSource } from './wink-tokens.ts';

/** One token with its exact span in the analysed text. */
export interface Token {
  /** Index of this token in ParsedText.tokens. */
  index: number;
  text: string;
  /** Lower-cased form (wink's "normal"). */
  lower: string;
  lemma: string;
  /** Universal POS tag from wink (unreliable in places: check in code rather than trusting one tag). */
  pos: string;
  /** wink token type: word, number, punctuation, emoji, url, email, tabCRLF, ... */
  type: string;
  start: number;
  end: number;
  /** Index of the sentence this token belongs to. */
  sentence: number;
}

/** One sentence: its span and its token range [firstToken, endToken). */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  firstToken: number;
  endToken: number;
}

/** One of wink's built-in entities (DATE, CARDINAL, MONEY, PERCENT, URL, ...). No PERSON or ORG exist. */
export interface Entity {
  type: string;
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
}

/** The parsed text every detector reads. */
export interface ParsedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: Entity[];
}

type Nlp = ReturnType<typeof winkNLP>;
let loaded: Nlp | undefined;
/** Why the pipeline could not start, kept so a retry reports the real cause (see getNlp). */
let failure: unknown;

/**
 * The annotations wink computes for every text. Its default pipe adds negation and sentiment, which no detector
 * reads (negation is judged from the words themselves in text-facts.ts): leaving them out saves about a tenth
 * of readDoc, and tokens, tags, sentences and entities come out identical (checked on the whole dev data).
 */
export const WINK_PIPE = ['sbd', 'pos', 'ner'];

/** The wink pipeline, loaded once per process (start-up costs ~100 ms and ~17 MB). */
export function getNlp(): Nlp {
  // The bundles hand the model over only once (scripts/wink-model-plugin.ts), so a second try after a failed
  // start would fail on that instead: the first error is kept and thrown again.
  if (failure !== undefined) throw failure;
  try {
    if (!loaded) {
      // The entity recogniser's word classes are worked out once per word (wink-ner-memo.ts): same entities.
      const nlp = winkNLP(withRememberedNer(model), WINK_PIPE);
      // Every text is tokenized as by a fresh wink, whatever the process read before (see tokenizeAsFresh).
      const first = nlp.readDoc('Sourcelight');
      tokenizeAsFresh(first, nlp.its);
      vocabulary = first;
      loaded = nlp;
    }
  } catch (error) {
    failure = error;
    throw error;
  }
  return loaded;
}

/** A document of wink's, kept to ask its word cache whether a word is in the model's vocabulary (isKnownWord). */
let vocabulary: { isOOV(text: string): boolean } | undefined;
/** Answers by word: few words are asked about (a sentence's first word, a word after a capital), often again. */
const knownWords = new Map<string, boolean>();
const KNOWN_WORDS_LIMIT = 50_000;

/**
 * Whether wink's model has this lower-cased word in its own vocabulary ("exercise", "apple", "china": yes;
 * "medicare", "biden": no), by wink's Document.isOOV: an index below the model's own size is its vocabulary. The
 * vocabulary is lower case apart from a few names it knows with their capital ("China"), so ask with the
 * lower-cased form. Asked only where a detector needs it: wink's look-up builds an array per call.
 */
export function isKnownWord(lower: string): boolean {
  let known = knownWords.get(lower);
  if (known === undefined) {
    getNlp();
    known = vocabulary !== undefined && !vocabulary.isOOV(lower);
    if (knownWords.size >= KNOWN_WORDS_LIMIT) knownWords.clear();
    knownWords.set(lower, known);
  }
  return known;
}

/** Whitespace-only tokens ("\n\n") that wink keeps as tokens but that belong to no sentence's words. */
function isSpaceToken(type: string): boolean {
  return type === 'tabCRLF';
}

/**
 * Token index ranges [first, last] of sentences or entities. wink's typings describe its.span for a single
 * span only, so the collection call is typed here once.
 */
function spansOf(collection: { out(f: never): unknown }, span: unknown): [number, number][] {
  return collection.out(span as never) as [number, number][];
}

/**
 * White space that wink drops without counting it in precedingSpaces (vertical tab, form feed, Ogham space,
 * some typographic spaces, line and paragraph separators, ideographic space, byte-order mark). Left in place
 * it would shift every later offset by one, so wink reads a plain space of the same length instead.
 */
const DROPPED_SPACE = /[\v\f\u1680\u2000-\u200a\u2028\u2029\u3000\ufeff]/g;
/**
 * wink's tokenizer is quadratic in the length of one run without white space. Runs longer than this (a
 * base64 blob, a minified line) are cut with a space every MAX_RUN characters in the copy wink reads; real
 * words and URLs are far shorter.
 */
const MAX_RUN = 1000;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');

/**
 * Whether some run of characters other than ASCII white space is longer than MAX_RUN. Every \S run lies
 * inside such a run, so `false` means LONG_RUN cannot match: a plain loop is much cheaper than the regular
 * expression, which restarts at every character of every word.
 */
function mayHaveLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = c === 32 || (c >= 9 && c <= 13) ? 0 : run + 1;
    if (run > MAX_RUN) return true;
  }
  return false;
}

/** The copy of the text that wink reads: same length, same offsets, without the traps above. */
function forWink(text: string): string {
  const spaced = text.replace(DROPPED_SPACE, ' ');
  if (!mayHaveLongRun(spaced)) return spaced;
  return spaced.replace(LONG_RUN, (run) => {
    let out = '';
    for (let i = 0; i < run.length; i += MAX_RUN)
      out += run.slice(i, i + MAX_RUN - 1) + (i + MAX_RUN - 1 < run.length ? ' ' : '');
    return out.length === run.length ? out : out + run.slice(out.length);
  });
}

/** Parses text into sentences, tokens and entities with exact UTF-16 offsets (`direct`: see tokenSource). */
export function parse(text: string, direct = true): ParsedText {
  const nlp = getNlp();
  const its = nlp.its;
  const copy = forWink(text);
  const doc = nlp.readDoc(copy);
  const source = tokenSource(doc, its, direct);
  // Compared once, not per token: two long strings that differ late cost a full scan to compare.
  const copyIsText = copy === text;
  const tokens: Token[] = new Array(source.count);
  // Summing each token's preceding spaces and value reproduces the input exactly (TOOLING.md), which gives
  // offsets without searching the text.
  let offset = 0;
  for (let i = 0; i < source.count; i++) {
    offset += source.spaces(i);
    const winkValue = source.value(i);
    // The original text's characters, not wink's copy: the copy may have a space where the text had a trap.
    const value = copyIsText ? winkValue : text.slice(offset, offset + winkValue.length);
    tokens[i] = {
      index: i,
      text: value,
      lower: source.lower(i),
      lemma: source.lemma(i),
      pos: source.pos(i),
      type: source.type(i),
      start: offset,
      end: offset + value.length,
      sentence: 0,
    };
    offset += value.length;
  }
  const sentences: Sentence[] = [];
  const sentenceSpans = spansOf(doc.sentences(), its.span);
  // Indexed loops over the document's arrays, here and below: the first analysis in a process runs this code
  // unoptimised, where for-of and array destructuring go through the iterator protocol, about ten times the
  // cost of an index per element.
  for (let k = 0; k < sentenceSpans.length; k++) {
    const first = sentenceSpans[k][0];
    const last = sentenceSpans[k][1];
    let a = first;
    let b = last;
    while (a <= b && isSpaceToken(tokens[a].type)) a++;
    while (b >= a && isSpaceToken(tokens[b].type)) b--;
    if (a > b) continue;
    const index = sentences.length;
    for (let i = first; i <= last; i++) tokens[i].sentence = index;
    const start = tokens[a].start;
    const end = tokens[b].end;
    sentences.push({ index, start, end, text: text.slice(start, end), firstToken: a, endToken: b + 1 });
  }
  const entities: Entity[] = [];
  // its.type, not its.detail: the detail also rebuilds each entity's text from its tokens, which nothing reads.
  const types = doc.entities().out(its.type) as string[];
  const spans = spansOf(doc.entities(), its.span);
  for (let i = 0; i < types.length; i++) {
    const first = spans[i][0];
    const last = spans[i][1];
    entities.push({
      type: types[i],
      start: tokens[first].start,
      end: tokens[last].end,
      firstToken: first,
      endToken: last + 1,
    });
  }
  return { text, tokens, sentences, entities };
}

/** Counts word-like tokens (words, numbers, emoji excluded from punctuation) for Report.text.words. */
export function countWords(parsed: ParsedText): number {
  let n = 0;
  const tokens = parsed.tokens;
  for (let i = 0; i < tokens.length; i++) if (tokens[i].type === 'word' || tokens[i].type === 'number') n++;
  return n;
}
