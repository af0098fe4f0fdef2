/**
 * Compiles lexicon terms (syntax in lexicon/types.ts) into slot matchers over tokens, each once, when a text first
 * needs it (lexicon-index.ts). Matching starts only at tokens whose form is a key of the index: linear in the text.
 */
import type { Domain } from '../../lexicon/types.ts';
import type { Token } from '../../nlp.ts';

/** The forms a token can be matched by: lower-cased text, wink's normal form and its lemma. */
export interface TokenForms {
  raw: string;
  lower: string;
  lemma: string;
  /** Guessed base forms when wink did not lemmatise the word ("gutted" -> "gut"); usually empty. */
  guesses: readonly string[];
  /** All of the above without repeats: the keys a token is looked up by. */
  keys: readonly string[];
  /** lexicon-matcher.ts's memo of what this word starts, and the index it read (another index overwrites it). */
  startsIn: object | undefined;
  starts: object | undefined;
  /** rule-starts.ts's memo: the start tests this word passes, as bits, and how many tests were filed then. */
  startBits: number;
  startTests: number;
  /** textFacts' memo of the topics this word is a sign of: undefined until read, null for none. */
  domains: readonly Domain[] | null | undefined;
}

/** One position of a compiled term. */
interface Slot {
  optional: boolean;
  /** For a word slot: the words it accepts (used to index a term by its second word). */
  words?: readonly string[];
  matches(token: Token, forms: TokenForms): boolean;
}

/** A term ready for matching: its slots, and the words its first slot accepts (the index keys). */
export interface CompiledTerm {
  source: string;
  slots: Slot[];
  keys: readonly string[];
  /** The words a required second slot accepts, when it is a word slot: a second index key. */
  nextKeys?: readonly string[];
}

const DETERMINERS = new Set('a an the this that these those his her its their our your my some any another every each whose'.split(' '));

// Nouns of saying or thinking: their "that" opens what is said ("reports that most agree"), not a relative clause.
const CONTENT_NOUNS = new Set('claim view belief report fear hope news sign idea suggestion'.split(' '));
const isContentNoun = (w: string) => CONTENT_NOUNS.has(w) || (w.endsWith('s') && CONTENT_NOUNS.has(w.slice(0, -1)));
const CLASSES: Record<string, (t: Token, f: TokenForms) => boolean> = {
  det: (_t, f) => DETERMINERS.has(f.lower),
  be: (_t, f) => f.lemma === 'be',
  // An ordinal ('its 50th anniversary') fills a word's place like any other word.
  any: (t) => t.type === 'word' || t.type === 'number' || t.type === 'ordinal',
  adj: (t) => t.pos === 'ADJ',
  noun: (t) => t.pos === 'NOUN' || t.pos === 'PROPN',
  relnoun: (t, f) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !isContentNoun(f.lower),
  propn: (t) => t.pos === 'PROPN',
  pron: (t) => t.pos === 'PRON',
  adv: (t) => t.pos === 'ADV',
  verb: (t) => t.pos === 'VERB',
  num: (t) => t.type === 'number' || t.pos === 'NUM',
};

// Module constants, not literals in the functions: a literal makes a new RegExp object at every evaluation.
const SPACES = /\s+/;
const PLAIN_WORD = /^[a-z]+$/;
const CLASS_SLOT = /^\{(\w+)\}$/;
const HYPHEN_OR_APOSTROPHE = /[-']/;
const CLITIC = /^(.+?)('s|'re|'ve|'ll|'d|n't)$/;
const DOUBLED_CONSONANT_SUFFIX = /([b-df-hj-np-tv-z])\1(?:ed|ing)$/;
const IES_OR_IED = /ie[sd]$/;

/** Normalises apostrophes so that "Pandora’s" and "Pandora's" are one form. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u2019') ? lower.replaceAll('\u2019', "'") : lower;
}

/**
 * Forms by token text (words repeat: most tokens hit), bounded. The forms read lemma and lower form too ("nt" alone
 * is "nt", in "wont" "not"): a hit needs both equal, else an earlier text's word answers. Rare other pairs: a map.
 */
interface FormsEntry {
  lemma: string | undefined;
  lower: string;
  forms: TokenForms;
  others?: Map<string, TokenForms>;
}
const formsCache = new Map<string, FormsEntry>();
const FORMS_CACHE_LIMIT = 50_000;
const NO_GUESSES: readonly string[] = [];

/** The forms of a token used for matching. */
export function formsOf(token: Token): TokenForms {
  let entry = formsCache.get(token.text);
  if (entry !== undefined && entry.lemma === token.lemma && entry.lower === token.lower) return entry.forms;
  const otherKey = `${token.lemma}\u0000${token.lower}`;
  const cached = entry?.others?.get(otherKey);
  if (cached) return cached;
  // wink leaves some lemmas undefined ("cannot"): fall back to the lower-cased form.
  const lower = normalizeWord(token.lower ?? token.text);
  const lemma = token.lemma ? normalizeWord(token.lemma) : lower;
  const raw = normalizeWord(token.text);
  const guesses = lemma === lower ? baseGuesses(lower) : NO_GUESSES;
  const keys = distinctKeys(lower, lemma, raw, guesses);
  // Every field set here, the memo too, so all forms objects share one shape.
  const forms: TokenForms = { raw, lower, lemma, guesses, keys, startsIn: undefined, starts: undefined,
    startBits: 0, startTests: -1, domains: undefined };
  if (formsCache.size >= FORMS_CACHE_LIMIT) {
    formsCache.clear();
    entry = undefined;
  }
  if (entry) {
    entry.others ??= new Map();
    entry.others.set(otherKey, forms);
  } else formsCache.set(token.text, { lemma: token.lemma, lower: token.lower, forms });
  return forms;
}

/** The forms without repeats, in this order: a few comparisons instead of a set and two spreads per new word. */
function distinctKeys(lower: string, lemma: string, raw: string, guesses: readonly string[]): string[] {
  const keys = [lower];
  if (!keys.includes(lemma)) keys.push(lemma);
  if (!keys.includes(raw)) keys.push(raw);
  for (let g = 0; g < guesses.length; g++) if (!keys.includes(guesses[g])) keys.push(guesses[g]);
  return keys;
}

/**
 * Base forms of an inflected word wink's lemmatiser does not know ("gutted", "smeared", "bullies"). Only
 * used to look words up in the lexicon, so a wrong guess costs nothing unless it is itself a lexicon term.
 */
export function baseGuesses(word: string): readonly string[] {
  if (word.length < 5) return NO_GUESSES;
  const doubled = DOUBLED_CONSONANT_SUFFIX.exec(word);
  if (doubled) return [word.slice(0, word.length - (word.endsWith('ing') ? 4 : 3))];
  if (IES_OR_IED.test(word)) return [`${word.slice(0, -3)}y`];
  if (word.endsWith('ed')) return [word.slice(0, -2), word.slice(0, -1)];
  if (word.endsWith('ing')) return [word.slice(0, -3), `${word.slice(0, -3)}e`];
  if (word.endsWith('s') && !word.endsWith('ss')) return [word.slice(0, -1)];
  return NO_GUESSES;
}

/**
 * Splits a written word the way wink tokenises: hyphens and clitics ("'s", "n't") become tokens of their own.
 * With `keepHyphens` the hyphenated word stays one token, as wink keeps "anti-gay" and "pre-existing".
 */
function splitWord(word: string, keepHyphens: boolean): string[] {
  const out: string[] = [];
  const clitic = CLITIC.exec(word);
  const base = clitic ? clitic[1] : word;
  (keepHyphens ? [base] : base.split('-')).forEach((part, i) => {
    if (i > 0) out.push('-');
    if (part) out.push(part);
  });
  // wink's normal form of "n't" is "not".
  if (clitic) out.push(clitic[2] === "n't" ? 'not' : clitic[2]);
  return out;
}

/**
 * A slot that accepts any of a few words. A class, not a closure per slot: thousands of terms compile on the
 * first analysis, and every closure would be one more object to allocate there and for the collector to keep.
 */
class WordSlot implements Slot {
  readonly optional: boolean;
  readonly words: readonly string[];

  constructor(words: readonly string[], optional: boolean) {
    this.optional = optional;
    this.words = words;
  }

  matches(_token: Token, forms: TokenForms): boolean {
    const { keys } = forms;
    // Most slots hold one word: one search of the token's few forms.
    if (this.words.length === 1) return keys.includes(this.words[0]);
    for (let k = 0; k < keys.length; k++) if (this.words.includes(keys[k])) return true;
    return false;
  }
}

/** One written word of a term: whether it is optional, and either a class test or its pieces (one slot's words each). */
interface WrittenWord {
  optional: boolean;
  test?: (t: Token, f: TokenForms) => boolean;
  pieces: readonly (readonly string[])[];
}

function readWritten(written: string, term: string, keepHyphens: boolean): WrittenWord {
  const optional = written.endsWith('?') && written.length > 1;
  const body = optional ? written.slice(0, -1) : written;
  const cls = CLASS_SLOT.exec(body);
  if (cls) {
    const test = CLASSES[cls[1]];
    if (!test) throw new Error(`Unknown class {${cls[1]}} in lexicon term "${term}"`);
    return { optional, test, pieces: [] };
  }
  // A class among alternatives ("{det}|how|what", "more|fewer|{num}") accepts its class or one of the words.
  if (body.includes('{')) return { optional, test: alternativesTest(body.split('|'), term), pieces: [] };
  // Alternatives stay whole words; a single word is split the way wink splits it (hyphens, clitics).
  if (body.includes('|') && HYPHEN_OR_APOSTROPHE.test(body)) {
    throw new Error(`Lexicon term "${term}": alternatives cannot hold hyphens or clitics; write separate terms`);
  }
  return {
    optional,
    pieces: body.includes('|') ? [body.split('|')] : splitWord(body, keepHyphens).map((piece) => [piece]),
  };
}

/** The test of a slot whose alternatives mix word classes and plain words. */
function alternativesTest(alternatives: readonly string[], term: string): (t: Token, f: TokenForms) => boolean {
  const words = alternatives.filter((a) => !CLASS_SLOT.test(a));
  const classes = alternatives
    .map((a) => CLASS_SLOT.exec(a)?.[1])
    .filter((c): c is string => c !== undefined)
    .map((c) => {
      const test = CLASSES[c];
      if (!test) throw new Error(`Unknown class {${c}} in lexicon term "${term}"`);
      return test;
    });
  // Loops, not .some() with a closure made per try: exceptions with these slots are tried before most matches.
  return (t, f) => {
    for (let k = 0; k < f.keys.length; k++) if (words.includes(f.keys[k])) return true;
    for (let c = 0; c < classes.length; c++) if (classes[c](t, f)) return true;
    return false;
  };
}

const notIndexable = (term: string) => new Error(`Lexicon term "${term}" must start with a plain, required word`);

/**
 * The words a term is filed under in the lexicon index (its first slot's words, as compileTerm finds them),
 * read from its first written word alone: the index is built without compiling the rest of every term.
 */
export function termKeys(term: string, keepHyphens = false): readonly string[] {
  // Most phrases start with a plain word too ("travesty of justice"): it is the key as written.
  const space = term.indexOf(' ');
  const firstWord = space < 0 ? term : term.slice(0, space);
  if (PLAIN_WORD.test(firstWord)) return [firstWord];
  const first = readWritten(normalizeWord(term).trim().split(SPACES, 1)[0], term, keepHyphens);
  if (first.optional || first.test || first.pieces.length === 0) throw notIndexable(term);
  return first.pieces[0];
}

/**
 * Compiles one term; throws a clear error for a malformed term (a lexicon bug, caught by the lexicon tests).
 * An exception pattern is never indexed, so it may start with a class ("{det} claim").
 */
export function compileTerm(term: string, indexed = true, keepHyphens = false): CompiledTerm {
  // Most terms are one plain word: nothing to split, and the word is both its only slot and its index key.
  if (PLAIN_WORD.test(term)) {
    const words = [term];
    return { source: term, slots: [new WordSlot(words, false)], keys: words };
  }
  const slots: Slot[] = [];
  let keys: readonly string[] = [];
  for (const written of normalizeWord(term).trim().split(SPACES)) {
    const { optional, test, pieces } = readWritten(written, term, keepHyphens);
    if (test) slots.push({ optional, matches: test });
    for (const words of pieces) {
      if (slots.length === 0) keys = words;
      slots.push(new WordSlot(words, optional));
    }
  }
  if (slots.length === 0 || (indexed && (slots[0].optional || keys.length === 0))) throw notIndexable(term);
  const second = slots[1];
  const nextKeys = second && !second.optional ? second.words : undefined;
  return { source: term, slots, keys, ...(nextKeys ? { nextKeys } : {}) };
}

/**
 * The compiled forms of a term: wink splits most hyphenated words ("so - called") but keeps those with a
 * prefix such as anti-, pro-, pre- or neo- whole ("anti-gay"), and spaced text splits them all, so a
 * hyphenated term is compiled both ways.
 */
export function compileTermVariants(term: string, indexed = true): CompiledTerm[] {
  const split = compileTerm(term, indexed);
  return term.includes('-') ? [split, compileTerm(term, indexed, true)] : [split];
}

/**
 * Matches a compiled term at token `at`, never past `limit` (exclusive: the sentence end). Returns the index
 * just past the longest match, or -1. Optional slots are tried both ways; terms are short, so this is cheap.
 */
export function matchTerm(term: CompiledTerm, tokens: Token[], forms: TokenForms[], at: number, limit: number): number {
  // Most terms are one word: no search needed.
  if (term.slots.length === 1) return at < limit && term.slots[0].matches(tokens[at], forms[at]) ? at + 1 : -1;
  return step(term.slots, tokens, forms, 0, at, limit);
}

function step(slots: Slot[], tokens: Token[], forms: TokenForms[], slot: number, i: number, limit: number): number {
  if (slot === slots.length) return i;
  const s = slots[slot];
  let best = -1;
  if (i < limit && s.matches(tokens[i], forms[i])) best = step(slots, tokens, forms, slot + 1, i + 1, limit);
  if (s.optional) best = Math.max(best, step(slots, tokens, forms, slot + 1, i, limit));
  return best;
}
