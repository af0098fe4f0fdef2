/**
 * Reads wink's tokens for parse (nlp.ts): each token's text, forms, tag and type, and the spaces before it. The
 * types below describe only what is read here, so that nlp.ts stays the one file that imports wink.
 */

/** wink's `its` helpers that are read here (at run time each takes (index, document data, addons)). */
export interface WinkIts {
  value: unknown;
  normal: unknown;
  lemma: unknown;
  pos: unknown;
  type: unknown;
  precedingSpaces: unknown;
}

/** The part of a wink document that is read here. */
export interface WinkDoc {
  tokens(): { length(): number; itemAt(k: number): { out(): unknown }; out(f: never): unknown };
}

/** What the token loop of parse reads: each token's fields by index, and the number of spaces before it. */
export interface TokenSource {
  /** Which way the fields are read: straight from wink's document data, or through its public API. */
  route: 'direct' | 'public';
  count: number;
  spaces(i: number): number;
  value(i: number): string;
  lower(i: number): string;
  lemma(i: number): string;
  pos(i: number): string;
  type(i: number): string;
}

/** wink's word cache (wink-nlp/src/cache.js): its tokenizer asks `lookup` through this object at each call. */
interface WinkCache {
  lookup: (text: string) => number[] | null;
  add: (text: string, category: number) => number;
  intrinsicSize(): number;
}

/** wink's per-document data as its `its` functions receive it (`rdd` in wink-nlp/src/wink-nlp.js). */
interface DocData {
  /** The process's one word cache, shared by every document. */
  cache?: WinkCache;
  /** Four numbers per token; the second holds the count of spaces before it (wink-nlp/src/constants.js). */
  tokens: ArrayLike<number>;
  /** A token's preceding white space when it holds non-breaking spaces (then the count is 0xFFFF). */
  nonBreakingSpaces: Record<number, string>;
}
/** wink's own signature for a token's `its` function, which the public typings hide. */
type TokenIts = (index: number, data: DocData, addons: unknown) => string;

/** wink-nlp/src/constants.js: `tkSize` (numbers per token) and `psMask` (the spaces count's bits). */
const TOKEN_SIZE = 4;
const SPACES_MASK = 0xffff;
/** wink-nlp/src/constants.js `bits4lemma`: a token's third number holds its lemma below these bits, its tag above. */
const LEMMA_BITS = 20;
/** Keys per word in the lemma memo: every value the bits above LEMMA_BITS can take. */
const TAG_KEYS = 2 ** (32 - LEMMA_BITS);

/**
 * wink's document data and model addons, or undefined if this wink version does not hand them over as expected.
 * wink's public route to token fields is one `out()` pass per field, each building an array of every token's
 * value (six passes: 15-25% of parse, a fifth of its garbage). Its `its` functions take (index, data,
 * addons), so with the data they can be called per token, in one loop. wink hands the data to nothing but
 * those functions: an item's `out()` with no argument calls `its.value` as it finds it on the shared `its`
 * object at that moment, so for that one synchronous call `its.value` is a wrapper that keeps its arguments.
 */
function docData(doc: WinkDoc, its: WinkIts): { data: DocData; addons: unknown } | undefined {
  if (doc.tokens().length() === 0) return undefined;
  const mutable = its as { value: TokenIts };
  const value = mutable.value;
  let grabbed: { data: DocData; addons: unknown } | undefined;
  let swapped = false;
  try {
    mutable.value = (index, data, addons) => {
      grabbed = { data, addons };
      return value(index, data, addons);
    };
    swapped = true;
    doc.tokens().itemAt(0).out();
  } catch (error) {
    // A wink whose `its` cannot be changed (frozen, a getter) gets the public route; its own errors stay errors.
    if (swapped) throw error;
  } finally {
    if (swapped) mutable.value = value;
  }
  return grabbed !== undefined && typeof grabbed.data.tokens?.length === 'number' ? grabbed : undefined;
}

/** The tokens read straight from wink's document data, through wink's own `its` functions. */
function directSource(doc: WinkDoc, its: WinkIts, found: { data: DocData; addons: unknown }): TokenSource {
  const { data, addons } = found;
  const words = data.tokens;
  const field = (f: unknown) => f as TokenIts;
  const [value, normal, lemma, pos, type] = [its.value, its.normal, its.lemma, its.pos, its.type].map(field);
  // One document's lemmas by word and tag: wink's vocabulary does not change while its tokens are read.
  const lemmas = new Map<number, string>();
  return {
    route: 'direct',
    count: doc.tokens().length(),
    spaces(i) {
      // wink's its.precedingSpaces returns these as a string of spaces (a new string per token), or the
      // non-breaking white space itself: only the length is needed here.
      const count = words[i * TOKEN_SIZE + 1] & SPACES_MASK;
      return count < SPACES_MASK ? count : data.nonBreakingSpaces[i].length;
    },
    value: (i) => value(i, data, addons),
    lower: (i) => normal(i, data, addons),
    lemma(i) {
      // A contraction's lemma sits in its own bits; any other token's follows from its word and its tag bits alone,
      // and wink works it out again at every occurrence (spelling map, lemmatiser): once per word and tag here.
      if (words[i * TOKEN_SIZE + 1] > SPACES_MASK) return lemma(i, data, addons);
      const key = words[i * TOKEN_SIZE] * TAG_KEYS + (words[i * TOKEN_SIZE + 2] >>> LEMMA_BITS);
      let found = lemmas.get(key);
      if (found === undefined) {
        found = lemma(i, data, addons);
        lemmas.set(key, found);
      }
      return found;
    },
    pos: (i) => pos(i, data, addons),
    type: (i) => type(i, data, addons),
  };
}

/** The tokens through wink's public API, one `out()` pass per field (for a wink that keeps its data to itself). */
function publicSource(doc: WinkDoc, its: WinkIts): TokenSource {
  const column = (f: unknown) => doc.tokens().out(f as never) as string[];
  const values = column(its.value);
  const spaces = column(its.precedingSpaces);
  const pos = column(its.pos);
  const types = column(its.type);
  const lowers = column(its.normal);
  const lemmas = column(its.lemma);
  return {
    route: 'public',
    count: values.length,
    spaces: (i) => spaces[i].length,
    value: (i) => values[i],
    lower: (i) => lowers[i],
    lemma: (i) => lemmas[i],
    pos: (i) => pos[i],
    type: (i) => types[i],
  };
}

/** wink's tokens, read the cheapest way this wink version allows (`direct`: false forces the public API). */
export function tokenSource(doc: WinkDoc, its: WinkIts, direct = true): TokenSource {
  const found = direct ? docData(doc, its) : undefined;
  return found ? directSource(doc, its, found) : publicSource(doc, its);
}

/** Texts whose answers tokenizeAsFresh keeps at most, per kind (then it starts again): a bound on its memory. */
const ANSWERS_LIMIT = 100_000;

/** Caches already changed by tokenizeAsFresh. */
const freshCaches = new WeakSet<object>();

/**
 * Makes wink tokenize every text as a freshly loaded wink would; false if this wink version hides its cache.
 * wink adds each unknown word it meets to its cache, and its tokenizer takes a chunk found there as one token
 * before trying to split it: once a sentence ending "Trump's." has put "Trump's" there whole (the full stop is
 * split off, the possessive is not), every later "Trump's" stays unsplit, and a text's findings depended on
 * what the process had read before it (30 of 9,471 polnear sentences changed when the set was read backwards).
 * The tokenizer is told that the words wink learned are unknown, so it splits them as it did the first time;
 * what wink stored about them (forms, shape) is computed from the word alone, the same either way.
 */
export function tokenizeAsFresh(doc: WinkDoc, its: WinkIts): boolean {
  const cache = docData(doc, its)?.data.cache;
  if (
    typeof cache?.lookup !== 'function' ||
    typeof cache.add !== 'function' ||
    typeof cache.intrinsicSize !== 'function'
  )
    return false;
  if (freshCaches.has(cache)) return true;
  const { lookup, add } = cache;
  const known = cache.intrinsicSize();
  // While wink files a new word (add), the model's own features look the word up and must find it.
  let adding = 0;
  // Once wink has filed a text, filing it again only returns its index (whatever the category: wink reads the
  // category only for a text it has not seen), so that index is kept. The tokenizer files every learned word
  // again at each occurrence, since the look-up below calls it unknown.
  const filed = new Map<string, number>();
  cache.add = (text, category) => {
    const index = filed.get(text);
    if (index !== undefined) return index;
    adding++;
    try {
      const added = add(text, category);
      if (typeof added === 'number') {
        if (filed.size >= ANSWERS_LIMIT) filed.clear();
        filed.set(text, added);
      }
      return added;
    } finally {
      adding--;
    }
  };
  // A learned word has one index at or past the model's own words (contractions, all the model's, have several).
  // The tokenizer asks for every chunk of every text, so answers are kept by text: a model word's answer never
  // changes (the model is never altered, and wink's callers only read the array), and any other word is
  // unknown to the tokenizer whether or not wink has learned it since. While wink files a word (adding), it
  // gets wink's own answer. Keeping them also spares wink's look-up, which builds a new array each time (and,
  // unbundled, a property look-up by a string on an object of 87,000 keys).
  const answers = new Map<string, number[] | null>();
  cache.lookup = (text) => {
    if (adding !== 0) return lookup(text);
    let answer = answers.get(text);
    if (answer === undefined) {
      const found = lookup(text);
      answer = found !== null && found.length === 1 && found[0] >= known ? null : found;
      if (answers.size >= ANSWERS_LIMIT) answers.clear();
      answers.set(text, answer);
    }
    return answer;
  };
  freshCaches.add(cache);
  return true;
}
