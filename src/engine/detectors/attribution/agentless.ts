/**
 * Agentless attributions: "it is believed that", "is widely seen as", "there are reports that",
 * "reportedly". They pass information on while saying that nobody in particular is behind it.
 */
import { AGENTLESS_ADVERBS, AGENTLESS_PHRASES } from '../../lexicon/sources-agentless.ts';
import { AGENTLESS_PARTICIPLES } from '../../lexicon/sources-verbs.ts';
import type { ParsedText, Sentence } from '../../nlp.ts';
import type { Phrase } from '../../names/phrase.ts';
import { compilePatterns, findPatterns } from './patterns.ts';

const PHRASES = compilePatterns(AGENTLESS_PHRASES);
const EXPLETIVE_BE = new Set(['is', 'was', "'s", 'has', 'had', 'been', 'be', 'being', 'will', 'would', 'could', 'may', 'might', 'can']);

/** One agentless attribution: its token range and the rule that found it. */
export interface AgentlessMatch extends Phrase {
  rule: 'attribution/agentless-passive' | 'attribution/agentless-adverb' | 'attribution/agentless-phrase';
}

/** "it is (widely) believed": expletive "it", a form of "be", optional adverbs, and a hearsay participle. */
function expletiveAt(doc: ParsedText, i: number, end: number): number {
  const t = doc.tokens;
  if (t[i].lower !== 'it') return -1;
  let k = i + 1;
  while (k < end && k - i <= 4 && (EXPLETIVE_BE.has(t[k].lower) || t[k].pos === 'ADV')) k++;
  if (k === i + 1 || k >= end || !AGENTLESS_PARTICIPLES.has(t[k].lower)) return -1;
  // "it was said" needs "that" or a comma or the sentence end after it; "it was seen by millions" is no hearsay.
  const next = t[k + 1];
  if (next && next.lower === 'by') return -1;
  return k + 1;
}

/** Finds the agentless attributions of one sentence, in order. */
export function findAgentless(doc: ParsedText, s: Sentence): AgentlessMatch[] {
  const t = doc.tokens;
  const found: AgentlessMatch[] = findPatterns(t, s.firstToken, s.endToken, PHRASES)
    // "was criticised by the mayor" names its agent: that is not agentless.
    .filter((m) => t[m.end]?.lower !== 'by')
    .map((m) => ({ first: m.first, end: m.end, rule: 'attribution/agentless-phrase' as const }));
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (AGENTLESS_ADVERBS.has(t[i].lower)) found.push({ first: i, end: i + 1, rule: 'attribution/agentless-adverb' });
    const end = expletiveAt(doc, i, s.endToken);
    if (end > 0) found.push({ first: i, end, rule: 'attribution/agentless-passive' });
  }
  return found.sort((a, b) => a.first - b.first);
}
