/**
 * The four components of the sourcing score. Each returns its value (0..1), the findings behind it and a
 * sentence a reader can follow: every point lost leads to highlighted words.
 */
import type { AttributionFinding, ClaimFinding, Finding, RhetoricFinding, ScoreComponent } from '../types.ts';
import {
  ANONYMOUS_WITH_REASON_CREDIT,
  CLAIM_ROOM_FLOOR,
  CLAIM_WEIGHTS,
  COMPONENT_WEIGHTS,
  HEDGE_FACTOR,
  NAMED_PER_100_WORDS_FOR_FULL,
  QUOTED_RHETORIC_FACTOR,
  RHETORIC_PER_100_WORDS_FOR_ZERO,
  SOURCE_CHECKABILITY,
  SOURCING_CREDIT,
} from './weights.ts';

const CHECKED_TYPES = new Set(['factual', 'statistical', 'causal', 'prediction']);
const round2 = (x: number) => Math.round(x * 100) / 100;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The claims the score weighs: checkable statements and predictions stated in the text's own voice. */
export function weighedClaims(findings: readonly Finding[]): ClaimFinding[] {
  return findings.filter((f): f is ClaimFinding => f.kind === 'claim' && CHECKED_TYPES.has(f.claimType));
}

/** Credit a claim earns for its sourcing (an anonymous source with a stated reason earns more). */
function creditOf(claim: ClaimFinding, byId: ReadonlyMap<string, Finding>): number {
  if (claim.sourcing !== 'anonymous') return SOURCING_CREDIT[claim.sourcing];
  const source = claim.sourceFindingId ? byId.get(claim.sourceFindingId) : undefined;
  return source?.kind === 'attribution' && source.reason ? ANONYMOUS_WITH_REASON_CREDIT : SOURCING_CREDIT.anonymous;
}

/** Claim sourcing: the weighted share of claims that rest on a checkable source (light claims take at least CLAIM_ROOM_FLOOR of room). */
export function claimSourcing(claims: readonly ClaimFinding[], byId: ReadonlyMap<string, Finding>): ScoreComponent {
  let total = 0;
  let earned = 0;
  const losses: { id: string; lost: number }[] = [];
  for (const c of claims) {
    const weight = CLAIM_WEIGHTS[c.rule] ?? CLAIM_WEIGHTS['claim/event'];
    const credit = creditOf(c, byId);
    const room = Math.max(weight, CLAIM_ROOM_FLOOR);
    total += room;
    // Only the claim's own weight can be lost; the room above it is kept whatever its sourcing.
    earned += room - weight * (1 - credit);
    if (credit < 1) losses.push({ id: c.id, lost: weight * (1 - credit) });
  }
  const unsourced = claims.filter((c) => c.sourcing === 'none').length;
  const weak = claims.filter((c) => c.sourcing === 'anonymous' || c.sourcing === 'vague').length;
  return {
    id: 'claim-sourcing',
    label: 'Claims that matter are sourced',
    weight: COMPONENT_WEIGHTS['claim-sourcing'],
    value: total === 0 ? 1 : round2(earned / total),
    findingIds: losses.sort((a, b) => b.lost - a.lost).map((l) => l.id),
    detail: total === 0
      ? 'No checkable claims were found.'
      : `${unsourced} of ${plural(claims.length, 'checkable claim')} ${unsourced === 1 ? 'has' : 'have'} no source and ${weak} ${weak === 1 ? 'rests' : 'rest'} on an anonymous or vague source; contestable claims (deaths, accusations, motives, causes, numbers) weigh most.`,
  };
}

/** How checkable one attribution is. */
function checkability(a: AttributionFinding): number {
  if (a.source === 'anonymous') return a.reason ? SOURCE_CHECKABILITY.anonymousWithReason : SOURCE_CHECKABILITY.anonymous;
  return SOURCE_CHECKABILITY[a.source];
}

/** Source quality: of the sources the text gives, the share a reader can check. */
export function sourceQuality(attributions: readonly AttributionFinding[], claimCount: number): ScoreComponent {
  const weak = attributions.filter((a) => checkability(a) < 1);
  const value = attributions.length === 0
    ? (claimCount === 0 ? 1 : 0)
    : attributions.reduce((sum, a) => sum + checkability(a), 0) / attributions.length;
  const unverifiable = attributions.filter((a) => a.source === 'anonymous' || a.source === 'vague' || a.source === 'agentless');
  return {
    id: 'source-quality',
    label: 'Sources the reader can check',
    weight: COMPONENT_WEIGHTS['source-quality'],
    value: round2(value),
    findingIds: [...unverifiable, ...weak.filter((a) => !unverifiable.includes(a))].map((a) => a.id),
    detail: attributions.length === 0
      ? (claimCount === 0 ? 'No sources are needed: no checkable claims were found.' : 'The text names no source at all.')
      : `${plural(unverifiable.length, 'source')} of ${attributions.length} cannot be checked (anonymous, vague or with no one behind them).`,
  };
}

/** Named sources: named people, organisations and documents per 100 words. */
export function namedSources(attributions: readonly AttributionFinding[], words: number, claimCount: number): ScoreComponent {
  const named = attributions.filter((a) => a.source === 'named' || a.source === 'document');
  const per100 = words > 0 ? (named.length * 100) / words : 0;
  const value = claimCount === 0 && named.length === 0 ? 1 : Math.min(1, per100 / NAMED_PER_100_WORDS_FOR_FULL);
  return {
    id: 'named-sources',
    label: 'Named people, organisations and documents',
    weight: COMPONENT_WEIGHTS['named-sources'],
    value: round2(value),
    findingIds: named.map((a) => a.id),
    detail: `${plural(named.length, 'named source')} or documents, ${per100.toFixed(1)} per 100 words (${NAMED_PER_100_WORDS_FOR_FULL} per 100 earns full marks).`,
  };
}

/** Tone: rhetoric in the author's own voice, per 100 words (quoted rhetoric and hedges count less). */
export function tone(rhetoric: readonly RhetoricFinding[], words: number): ScoreComponent {
  let load = 0;
  for (const r of rhetoric) load += (r.inQuote ? QUOTED_RHETORIC_FACTOR : 1) * (r.technique === 'hedge' ? HEDGE_FACTOR : 1);
  const per100 = words > 0 ? (load * 100) / words : 0;
  const authorVoice = rhetoric.filter((r) => !r.inQuote);
  return {
    id: 'tone',
    label: 'Wording that informs rather than argues',
    weight: COMPONENT_WEIGHTS.tone,
    value: round2(Math.max(0, 1 - per100 / RHETORIC_PER_100_WORDS_FOR_ZERO)),
    findingIds: [...authorVoice, ...rhetoric.filter((r) => r.inQuote)].map((r) => r.id),
    detail: `${plural(authorVoice.length, 'loaded or slanted phrase')} in the author's own voice (${per100.toFixed(1)} weighted per 100 words); quoted words count a quarter.`,
  };
}
