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

/** One match: a token range [first, end) and the rule behind it; confidence may differ from the rule's. */
export interface Candidate {
  first: number;
  end: number;
  info: RuleInfo;
  confidence: number;
}

/**
 * Keeps one match per stretch of text: the most confident, then the longest. A reader sees one highlight
 * and one explanation per phrase, and a phrase is not counted twice against the text.
 */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.confidence - a.confidence || b.end - b.first - (a.end - a.first) || a.first - b.first,
  );
  const taken: Candidate[] = [];
  // Token ranges are short, so a per-token ownership array keeps this linear in the text.
  const owner = new Map<number, true>();
  for (const c of ranked) {
    let free = true;
    for (let i = c.first; i < c.end && free; i++) if (owner.has(i)) free = false;
    if (!free) continue;
    for (let i = c.first; i < c.end; i++) owner.set(i, true);
    taken.push(c);
  }
  return taken.sort((a, b) => a.first - b.first);
}
