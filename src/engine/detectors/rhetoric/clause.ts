/**
 * Claim-level techniques cover their clause. An exaggeration ("nobody trusts them"), a fear appeal ("the
 * next raid may be a full-scale offensive") or unearned certainty ("clearly, it failed") is a property of the
 * whole claim, not of one word, so the reader sees the claim highlighted; the words that triggered the rule
 * stay the core of the match. Loaded words, labels and metaphors keep their phrase.
 */
import type { ParsedText } from '../../nlp.ts';
import type { Technique } from '../../types.ts';
import type { Candidate } from './candidate.ts';

const CLAUSE_TECHNIQUES = new Set<Technique>(['fear-appeal', 'exaggeration', 'certainty']);
/** Punctuation that ends a clause, including quotation marks, so a clause never leaves or enters a quote. */
const CLAUSE_BREAK = /^[,;:.!?()[\]\u2014\u2013"\u201C\u201D\u2018\u2019]$/;

/** True for techniques whose span is the clause they sit in. */
export function isClauseLevel(technique: Technique): boolean {
  return CLAUSE_TECHNIQUES.has(technique);
}

/** The token range [first, end) of the clause around [first, end), within the sentence. */
export function clauseAround(doc: ParsedText, first: number, end: number): [number, number] {
  const { tokens } = doc;
  const sentence = tokens[first].sentence;
  const breaks = (i: number) => tokens[i].sentence !== sentence || CLAUSE_BREAK.test(tokens[i].text);
  let a = first;
  let b = end;
  while (a > 0 && !breaks(a - 1)) a--;
  while (b < tokens.length && !breaks(b)) b++;
  return [a, b];
}

/**
 * Final token ranges for resolved candidates: claim-level ones grow to their clause unless a more confident
 * claim-level finding already covers that clause (then they keep their own words). A clause may contain
 * word-level findings: the two answer different questions (which claim, which word).
 */
export function displayRanges(doc: ParsedText, resolved: readonly Candidate[]): Map<Candidate, [number, number]> {
  const ranges = new Map<Candidate, [number, number]>();
  const claimed: [number, number][] = [];
  const byConfidence = [...resolved].sort((x, y) => y.confidence - x.confidence || x.first - y.first);
  for (const c of byConfidence) {
    let range: [number, number] = [c.first, c.end];
    if (isClauseLevel(c.info.technique)) {
      const clause = clauseAround(doc, c.first, c.end);
      if (!claimed.some(([a, b]) => a < clause[1] && clause[0] < b)) {
        range = clause;
        claimed.push(clause);
      }
    }
    ranges.set(c, range);
  }
  return ranges;
}
