/**
 * A tiny token-sequence matcher for the lexicons' phrase patterns ("speaking on condition of anonymity").
 * Syntax: words separated by spaces, `a|b` for alternatives, a trailing `?` for an optional word.
 * Patterns are indexed by their possible first words, so scanning a sentence costs one map lookup per token.
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

/** Compiles a list of pattern strings into an index. Throws on an empty pattern (a lexicon typo). */
export function compilePatterns(patterns: readonly string[]): PatternIndex {
  const index = new Map<string, CompiledPattern[]>();
  patterns.forEach((source, id) => {
    const steps = source.split(' ').filter(Boolean).map((part) => {
      const optional = part.endsWith('?');
      return { words: new Set((optional ? part.slice(0, -1) : part).split('|')), optional };
    });
    if (steps.length === 0 || steps.every((s) => s.optional)) throw new Error(`empty pattern: "${source}"`);
    const compiled = { id, steps };
    const firsts = new Set<string>();
    for (const step of steps) {
      for (const w of step.words) firsts.add(w);
      if (!step.optional) break;
    }
    for (const w of firsts) index.set(w, [...(index.get(w) ?? []), compiled]);
  });
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

/** All non-overlapping longest matches in the token range [from, to), left to right. */
export function findPatterns(tokens: Token[], from: number, to: number, index: PatternIndex): PatternMatch[] {
  const found: PatternMatch[] = [];
  let i = from;
  while (i < to) {
    let best: PatternMatch | undefined;
    for (const p of index.get(tokens[i].lower) ?? []) {
      const end = matchSteps(tokens, i, to, p.steps);
      if (end > i && (!best || end > best.end)) best = { first: i, end, id: p.id };
    }
    if (best) {
      found.push(best);
      i = best.end;
    } else i++;
  }
  return found;
}
