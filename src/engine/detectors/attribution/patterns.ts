/**
 * A tiny token-sequence matcher for the lexicons' phrase patterns ("speaking on condition of anonymity").
 * Syntax: words separated by spaces, `a|b` for alternatives, a trailing `?` for an optional word.
 * Patterns are indexed by their possible first words, and every index's first words share one mark per token,
 * computed once per text: scanning a sentence costs an array read per token, a map lookup only where a pattern may start.
 */
import type { Token } from '../../nlp.ts';

interface Step {
  words: ReadonlySet<string>;
  optional: boolean;
}

/** A compiled pattern with its position in the source list (so callers can tell which one matched). */
interface CompiledPattern {
  id: number;
  steps: Step[];
}

/** Patterns indexed by first word. */
export type PatternIndex = ReadonlyMap<string, readonly CompiledPattern[]>;

/** One match: token range [first, end) and the index of the pattern in its list. */
export interface PatternMatch {
  first: number;
  end: number;
  id: number;
}

/**
 * The first words of every index compiled by compilePatterns, merged: word -> bitmask of the indexes it can
 * start a pattern of (the first 31 indexes get a bit; later ones are scanned with a lookup per token).
 */
const FIRST_WORDS = new Map<string, number>();
const BITS = new WeakMap<PatternIndex, number>();
let registered = 0;

/** Gives an index its bit in FIRST_WORDS. */
function registerFirstWords(index: PatternIndex): void {
  if (registered >= 31) return;
  const bit = 1 << registered++;
  BITS.set(index, bit);
  for (const word of index.keys()) FIRST_WORDS.set(word, (FIRST_WORDS.get(word) ?? 0) | bit);
}

/** Each token's FIRST_WORDS mask, and the bits of the indexes registered when it was computed. */
const MARKS = new WeakMap<readonly Token[], { marks: Int32Array; bits: number }>();

/**
 * The tokens' first-word masks, computed once per token array (one lookup per token for all indexes), and again
 * only if `bit` belongs to an index compiled after they were.
 */
function firstWordMarks(tokens: readonly Token[], bit: number): Int32Array {
  const known = MARKS.get(tokens);
  // The registry only grows, so a mask made when `bit` was already registered holds its bit.
  if (known !== undefined && (bit & known.bits) !== 0) return known.marks;
  const marks = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) marks[i] = FIRST_WORDS.get(tokens[i].lower) ?? 0;
  // The bits of every index registered so far (a bit test: cheaper than comparing with 2 ** registered).
  MARKS.set(tokens, { marks, bits: (1 << registered) - 1 });
  return marks;
}

/** The steps a match may stand at once it has taken the steps before `from`: each one and those skippable after it. */
function reachable(steps: readonly Step[], from: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (let s of from) {
    out.add(s);
    while (s < steps.length && steps[s].optional) out.add(++s);
  }
  return out;
}

/**
 * What a pattern asks of the token after its first when that first token is `word` (matchSteps' steps walked as a
 * set of states): 'any' when the pattern may already be complete (a one-word match needs nothing after), 'none'
 * when `word` cannot start it, else the words of every step it may stand at next, one of which that token must be.
 * A common first word ("is", "the", a comma) starts many patterns, most of which the next word rules out.
 */
function afterFirst(steps: readonly Step[], word: string): ReadonlySet<string> | 'any' | 'none' {
  const taken: number[] = [];
  for (const s of reachable(steps, [0])) if (s < steps.length && steps[s].words.has(word)) taken.push(s + 1);
  const next = reachable(steps, taken);
  if (next.has(steps.length)) return 'any';
  if (next.size === 0) return 'none';
  const words = new Set<string>();
  for (const s of next) for (const w of steps[s].words) words.add(w);
  return words;
}

/**
 * Compiles a list of pattern strings into an index without registering its first words for findPatterns'
 * shared scan (for callers that scan with their own merged index, such as claims/phrase-scan.ts). Throws on an
 * empty pattern (a lexicon typo).
 */
export function compilePatternIndex(patterns: readonly string[]): PatternIndex {
  const index = new Map<string, CompiledPattern[]>();
  patterns.forEach((source, id) => {
    const steps = source
      .split(' ')
      .filter(Boolean)
      .map((part) => {
        const optional = part.endsWith('?');
        return { words: new Set((optional ? part.slice(0, -1) : part).split('|')), optional };
      });
    if (steps.length === 0 || steps.every((s) => s.optional)) throw new Error(`empty pattern: "${source}"`);
    const compiled: CompiledPattern = { id, steps };
    const firsts = new Set<string>();
    for (const step of steps) {
      for (const w of step.words) firsts.add(w);
      if (!step.optional) break;
    }
    for (const w of firsts) index.set(w, [...(index.get(w) ?? []), compiled]);
  });
  return index;
}

/** Compiles a list of pattern strings into an index for findPatterns. Throws on an empty pattern (a lexicon typo). */
export function compilePatterns(patterns: readonly string[]): PatternIndex {
  const index = compilePatternIndex(patterns);
  registerFirstWords(index);
  return index;
}

/** The end of the longest match of `steps` starting at token `i` (before `limit`), or -1. */
function matchSteps(tokens: Token[], i: number, limit: number, steps: Step[], s = 0): number {
  if (s === steps.length) return i;
  const step = steps[s];
  let best = -1;
  if (i < limit && step.words.has(tokens[i].lower)) best = matchSteps(tokens, i + 1, limit, steps, s + 1);
  if (step.optional) best = Math.max(best, matchSteps(tokens, i, limit, steps, s + 1));
  return best;
}

/**
 * The patterns one first word starts, sorted by the word after it (see afterFirst): `bySecond` holds, for each word
 * some pattern asks for, the patterns that word lets through (the 'any' ones too), in the index's order; `rest` holds
 * the 'any' ones, the only ones another word (or the range's end) lets through. A pattern left out of a list could
 * only have failed there (matchSteps would have answered no match), so the longest match and its tie-break by list
 * order are the same.
 */
interface FirstWordEntry {
  bySecond: ReadonlyMap<string, readonly CompiledPattern[]>;
  rest: readonly CompiledPattern[];
}

/** Each index's patterns by first and second word, built on its first use. */
const BY_PAIR = new WeakMap<PatternIndex, ReadonlyMap<string, FirstWordEntry>>();

/**
 * The index by first and second word: findPatterns then reads at a token only the patterns the next word lets
 * through ("is" starts two dozen, of which one or two pass "widely"), in the same order as the index's own list.
 */
function byPair(index: PatternIndex): ReadonlyMap<string, FirstWordEntry> {
  const known = BY_PAIR.get(index);
  if (known !== undefined) return known;
  const pairs = new Map<string, FirstWordEntry>();
  for (const [word, patterns] of index) {
    const needs = patterns.map((p) => afterFirst(p.steps, word));
    const seconds = new Set<string>();
    for (const need of needs) if (typeof need !== 'string') for (const w of need) seconds.add(w);
    const passes = (k: number, w: string) => {
      const need = needs[k];
      return need === 'any' || (typeof need !== 'string' && need.has(w));
    };
    const bySecond = new Map<string, CompiledPattern[]>();
    for (const w of seconds) bySecond.set(w, patterns.filter((_, k) => passes(k, w)));
    pairs.set(word, { bySecond, rest: patterns.filter((_, k) => needs[k] === 'any') });
  }
  BY_PAIR.set(index, pairs);
  return pairs;
}

/** The answer of findPatterns when nothing matched (most sentences): shared and frozen, so no caller can change it. */
const NO_MATCHES: readonly PatternMatch[] = Object.freeze([]);

/**
 * All non-overlapping longest matches in the token range [from, to), left to right. The list is made only once a
 * match is found: most sentences match nothing, and a new empty array per sentence per list was garbage.
 */
export function findPatterns(tokens: Token[], from: number, to: number, index: PatternIndex): readonly PatternMatch[] {
  let found: PatternMatch[] | undefined;
  const bit = BITS.get(index) ?? 0;
  // Most tokens start no pattern of this index: the text's shared first-word marks rule them out with one
  // array read, where a map lookup per token per index cost several lookups per token (one per caller's list).
  const marks = bit === 0 ? undefined : firstWordMarks(tokens, bit);
  const pairs = byPair(index);
  let i = from;
  while (i < to) {
    const entry = marks === undefined || (marks[i] & bit) !== 0 ? pairs.get(tokens[i].lower) : undefined;
    let best: PatternMatch | undefined;
    if (entry !== undefined) {
      // A pattern that needs a second token can match only if the next one (inside the range) is one of its words.
      const candidates = i + 1 < to ? (entry.bySecond.get(tokens[i + 1].lower) ?? entry.rest) : entry.rest;
      for (let c = 0; c < candidates.length; c++) {
        const p = candidates[c];
        const end = matchSteps(tokens, i, to, p.steps);
        if (end > i && (!best || end > best.end)) best = { first: i, end, id: p.id };
      }
    }
    if (best) {
      if (found === undefined) found = [best];
      else found.push(best);
      i = best.end;
    } else i++;
  }
  return found ?? NO_MATCHES;
}
