/** The shape of a rhetoric rule written in code (a pattern a word list cannot express), and small token helpers. */
import type { RuleExamples } from '../../lexicon/types.ts';
import { startsWithCapital } from '../../names/tokens.ts';
import type { DetectorContext } from '../context.ts';
import type { Candidate, RuleInfo } from './candidate.ts';
import { CLAUSE_BREAK, type TextFacts } from './text-facts.ts';

/** A rule that finds its own matches. */
export interface PatternRule {
  info: RuleInfo;
  /** Sentences the rule must flag on the [bracketed] words, and near misses it must not flag. */
  examples: RuleExamples;
  find(facts: TextFacts, context: DetectorContext): Candidate[];
}

/** A match of a pattern rule over the token range [first, end), at the rule's confidence; `core` as in Candidate. */
export function matchOf(info: RuleInfo, first: number, end: number, core?: readonly [number, number]): Candidate {
  return core
    ? { first, end, info, confidence: info.confidence, core }
    : { first, end, info, confidence: info.confidence };
}

/** True when the token ends or separates clauses (punctuation such as , ; : . — ). */
export function isClauseBreak(facts: TextFacts, i: number): boolean {
  return CLAUSE_BREAK.has(facts.doc.tokens[i]?.text ?? '.');
}

/** True when token `i` exists and lies in sentence `s`. */
export function inSentence(facts: TextFacts, i: number, s: number): boolean {
  return i >= 0 && i < facts.doc.tokens.length && facts.doc.tokens[i].sentence === s;
}

/** True when the token starts with a capital letter. */
export function isCapitalised(facts: TextFacts, i: number): boolean {
  return startsWithCapital(facts.doc.tokens[i]?.text ?? '');
}

/** Index of the first token at or after `from` (within `limit` words, same clause) whose lower form or lemma is in `words`; -1 if none. */
export function findAhead(facts: TextFacts, from: number, words: ReadonlySet<string>, limit: number): number {
  const s = facts.doc.tokens[from]?.sentence;
  for (let i = from, seen = 0; seen < limit && inSentence(facts, i, s ?? -1); i++) {
    if (isClauseBreak(facts, i)) return -1;
    const f = facts.forms[i];
    if (words.has(f.lower) || words.has(f.lemma)) return i;
    if (facts.doc.tokens[i].type === 'word') seen++;
  }
  return -1;
}

/** Builds a set from a space-separated word list (keeps the data readable). */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}
