/** A rhetoric match before it becomes a finding, and the choice between overlapping matches. */
import type { Technique } from '../../types.ts';

/** What a rule says about the wording it matched: the same for every match of that rule. */
export interface RuleInfo {
  /** Full rule id, e.g. "rhetoric/certainty/no-coincidence". */
  rule: string;
  technique: Technique;
  explanation: string;
  question: string;
  confidence: number;
}

/**
 * One match: a token range [first, end) and the rule behind it; confidence may differ from the rule's. The
 * core is the words that matched, before the range grew to their phrase (the whole range when absent).
 */
export interface Candidate {
  first: number;
  end: number;
  info: RuleInfo;
  confidence: number;
  core?: readonly [number, number];
}

/**
 * Keeps one match per charged wording: the most confident, then the longest. A reader sees one highlight and
 * one explanation per phrase, and a phrase is not counted twice against the text. Two charged words in one
 * phrase ("brutal fascist rule") are two findings: each phrase grows only up to the other's words.
 */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.confidence - a.confidence || b.end - b.first - (a.end - a.first) || a.first - b.first,
  );
  // Token ranges are short, so per-token ownership sets keep this linear in the text.
  const cores = new Set<number>();
  const kept = ranked.filter((c) => {
    const [a, b] = coreOf(c);
    for (let i = a; i < b; i++) if (cores.has(i)) return false;
    for (let i = a; i < b; i++) cores.add(i);
    return true;
  });
  const phrases = new Set<number>();
  const free = (i: number) => !cores.has(i) && !phrases.has(i);
  const out = kept.map((c) => {
    const [a, b] = coreOf(c);
    let first = a;
    let end = b;
    while (first > c.first && free(first - 1)) first--;
    while (end < c.end && free(end)) end++;
    for (let i = first; i < end; i++) phrases.add(i);
    return first === c.first && end === c.end ? c : { ...c, first, end };
  });
  return out.sort((a, b) => a.first - b.first);
}

function coreOf(c: Candidate): readonly [number, number] {
  return c.core ?? [c.first, c.end];
}
