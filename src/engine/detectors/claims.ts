/**
 * Claim detector: finds the sentences that assert something checkable, types them (factual, statistical,
 * causal, prediction, opinion, prescription), ranks how check-worthy they are, and resolves their sourcing
 * from the attributions the attribution detector found.
 */
import type { ParsedText, Sentence } from '../nlp.ts';
import { isInside } from '../quotes.ts';
import { explainClaim } from './claims/explain.ts';
import { sentenceFeatures } from './claims/features.ts';
import { judge } from './claims/judge.ts';
import { nonClaimReason } from './claims/skip.ts';
import { SourceFinder } from './claims/sourcing.ts';
import type { ClaimDraft, DetectorContext } from './context.ts';

/** Opinion inside a quotation is the speaker's view, reported faithfully: it is not a claim the article makes. */
function isQuotedOpinion(claimType: string, inQuote: boolean): boolean {
  return inQuote && (claimType === 'opinion' || claimType === 'prescription');
}

/** Finds checkable assertions, types them and resolves their sourcing. */
export function detectClaims(doc: ParsedText, context: DetectorContext): ClaimDraft[] {
  const sources = new SourceFinder(doc, context.attributions, context.links, context.quotes);
  const claims: ClaimDraft[] = [];
  let entity = 0;
  for (const s of doc.sentences) {
    while (entity < doc.entities.length && doc.entities[entity].end <= s.start) entity++;
    const source = sources.find(s);
    if (nonClaimReason(doc, s)) continue;
    const verdict = judge(sentenceFeatures(doc, s, entity));
    if (!verdict) continue;
    const inQuote = isInside(context.quotes, s.start, s.end);
    if (isQuotedOpinion(verdict.claimType, inQuote)) continue;
    claims.push(toDraft(s, verdict, source, inQuote));
  }
  return claims;
}

/** Builds the draft finding for one claim sentence. */
function toDraft(
  s: Sentence,
  verdict: NonNullable<ReturnType<typeof judge>>,
  source: ReturnType<SourceFinder['find']>,
  inQuote: boolean,
): ClaimDraft {
  const { explanation, question } = explainClaim(verdict.rule, source.sourcing);
  return {
    kind: 'claim',
    start: s.start,
    end: s.end,
    text: s.text,
    rule: verdict.rule,
    confidence: verdict.worthiness,
    explanation,
    question,
    inQuote,
    claimType: verdict.claimType,
    sourcing: source.sourcing,
    ...(source.sourcedBy ? { sourcedBy: source.sourcedBy } : {}),
  };
}
