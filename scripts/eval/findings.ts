/** Which findings count as a prediction for each data set, as /work/shared/data/README.md defines them. */
import type { Finding } from '../../src/engine/types.ts';

/** Findings at or above this confidence form the "high" band whose precision must not be below all findings'. */
export const HIGH_CONFIDENCE = 0.7;

/** Rhetoric other than hedges: wording that argues (hedges soften a claim rather than load it). */
export function isLoadedRhetoric(f: Finding): boolean {
  return f.kind === 'rhetoric' && f.technique !== 'hedge';
}

/** Any rhetoric finding, hedges included. */
export function isRhetoric(f: Finding): boolean {
  return f.kind === 'rhetoric';
}

/** An attribution to a source a reader cannot check (anonymous, vague or no agent at all). */
export function isUncheckableAttribution(f: Finding): boolean {
  return f.kind === 'attribution' && (f.source === 'anonymous' || f.source === 'vague' || f.source === 'agentless');
}

/** The CoNLL-2010 weasel prediction: an uncheckable attribution or a hedge. */
export function isWeaselSignal(f: Finding): boolean {
  return isUncheckableAttribution(f) || (f.kind === 'rhetoric' && f.technique === 'hedge');
}

/** A claim a fact-checker could check: factual, statistical or causal. */
export function isCheckableClaim(f: Finding): boolean {
  return f.kind === 'claim' && (f.claimType === 'factual' || f.claimType === 'statistical' || f.claimType === 'causal');
}

/** Any attribution finding. */
export function isAttribution(f: Finding): boolean {
  return f.kind === 'attribution';
}

/** The findings that satisfy `test` and reach `minConfidence`. */
export function selectFindings(findings: Finding[], test: (f: Finding) => boolean, minConfidence = 0): Finding[] {
  return findings.filter((f) => test(f) && f.confidence >= minConfidence);
}
