/**
 * Compiles lexicon terms (syntax in lexicon/types.ts) into slot matchers over tokens, once, at load time.
 * Matching then starts only at tokens whose form is a key of the index, so the cost is linear in the text.
 */
import type { Token } from '../../nlp.ts';

/** The forms a token can be matched by: lower-cased text, wink's normal form and its lemma. */
export interface TokenForms {
  raw: string;
  lower: string;
  lemma: string;
  /** Guessed base forms when wink did not lemmatise the word ("gutted" -> "gut"); usually empty. */
  guesses: readonly string[];
}

/** One position of a compiled term. */
interface Slot {
  optional: boolean;
  matches(token: Token, forms: TokenForms): boolean;
}

/** A term ready for matching: its slots, and the words its first slot accepts (the index keys). */
export interface CompiledTerm {
  source: string;
  slots: Slot[];
  keys: string[];
}

const DETERMINERS = new Set(
  'a an the this that these those his her its their our your my some any another every each whose'.split(' '),
);

const CLASSES: Record<string, (t: Token, f: TokenForms) => boolean> = {
  det: (_t, f) => DETERMINERS.has(f.lower),
  be: (_t, f) => f.lemma === 'be',
  any: (t) => t.type === 'word' || t.type === 'number',
  adj: (t) => t.pos === 'ADJ',
  noun: (t) => t.pos === 'NOUN' || t.pos === 'PROPN',
  pron: (t) => t.pos === 'PRON',
};

/** Normalises apostrophes so that "Pandora’s" and "Pandora's" are one form. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/\u2019/g, "'");
}

/** The forms of a token used for matching (computed once per token by the caller). */
export function formsOf(token: Token): TokenForms {
  // wink leaves some lemmas undefined ("cannot"): fall back to the lower-cased form.
  const lower = normalizeWord(token.lower ?? token.text);
  const lemma = token.lemma ? normalizeWord(token.lemma) : lower;
  return { raw: normalizeWord(token.text), lower, lemma, guesses: lemma === lower ? baseGuesses(lower) : [] };
}

const NO_GUESSES: readonly string[] = [];

/**
 * Base forms of an inflected word wink's lemmatiser does not know ("gutted", "smeared", "bullies"). Only
 * used to look words up in the lexicon, so a wrong guess costs nothing unless it is itself a lexicon term.
 */
export function baseGuesses(word: string): readonly string[] {
  if (word.length < 5) return NO_GUESSES;
  const doubled = /([b-df-hj-np-tv-z])\1(?:ed|ing)$/.exec(word);
  if (doubled) return [word.slice(0, word.length - (word.endsWith('ing') ? 4 : 3))];
  if (/ie[sd]$/.test(word)) return [`${word.slice(0, -3)}y`];
  if (word.endsWith('ed')) return [word.slice(0, -2), word.slice(0, -1)];
  if (word.endsWith('ing')) return [word.slice(0, -3), `${word.slice(0, -3)}e`];
  if (word.endsWith('s') && !word.endsWith('ss')) return [word.slice(0, -1)];
  return NO_GUESSES;
}

/** Splits a written word the way wink tokenises: hyphens and clitics ("'s", "n't") become tokens of their own. */
function splitWord(word: string): { text: string; optional: boolean }[] {
  const out: { text: string; optional: boolean }[] = [];
  const clitic = /^(.+?)('s|'re|'ve|'ll|'d|n't)$/.exec(word);
  const base = clitic ? clitic[1] : word;
  const parts = base.split('-');
  parts.forEach((part, i) => {
    if (i > 0) out.push({ text: '-', optional: false });
    if (part) out.push({ text: part, optional: false });
  });
  if (clitic) out.push({ text: clitic[2] === "n't" ? 'not' : clitic[2], optional: false });
  return out;
}

function literalSlot(words: string[], optional: boolean): Slot {
  const set = new Set(words);
  return {
    optional,
    matches: (_t, f) => set.has(f.lower) || set.has(f.lemma) || set.has(f.raw) || f.guesses.some((g) => set.has(g)),
  };
}

/** Compiles one term; throws a clear error for a malformed term (a lexicon bug, caught by the lexicon tests). */
export function compileTerm(term: string): CompiledTerm {
  const slots: Slot[] = [];
  let keys: string[] = [];
  for (const written of normalizeWord(term).trim().split(/\s+/)) {
    const optional = written.endsWith('?') && written.length > 1;
    const body = optional ? written.slice(0, -1) : written;
    const cls = /^\{(\w+)\}$/.exec(body);
    if (cls) {
      const test = CLASSES[cls[1]];
      if (!test) throw new Error(`Unknown class {${cls[1]}} in lexicon term "${term}"`);
      slots.push({ optional, matches: test });
      continue;
    }
    // Alternatives stay whole words; a single word is split the way wink splits it (hyphens, clitics).
    const pieces = body.includes('|')
      ? [{ texts: body.split('|'), optional: false }]
      : splitWord(body).map((p) => ({ texts: [p.text], optional: p.optional }));
    for (const piece of pieces) {
      if (slots.length === 0) keys = piece.texts;
      slots.push(literalSlot(piece.texts, optional || piece.optional));
    }
  }
  if (slots.length === 0 || slots[0].optional || keys.length === 0) {
    throw new Error(`Lexicon term "${term}" must start with a plain, required word`);
  }
  return { source: term, slots, keys };
}

/**
 * Matches a compiled term at token `at`, never past `limit` (exclusive: the sentence end). Returns the index
 * just past the longest match, or -1. Optional slots are tried both ways; terms are short, so this is cheap.
 */
export function matchTerm(term: CompiledTerm, tokens: Token[], forms: TokenForms[], at: number, limit: number): number {
  const step = (slot: number, i: number): number => {
    if (slot === term.slots.length) return i;
    const s = term.slots[slot];
    let best = -1;
    if (i < limit && s.matches(tokens[i], forms[i])) best = step(slot + 1, i + 1);
    if (s.optional) best = Math.max(best, step(slot + 1, i));
    return best;
  };
  return step(0, at);
}
