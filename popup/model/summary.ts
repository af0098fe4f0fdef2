/** The one-line summary under the score, built from the report's findings ("7 of 12 claims have no source; ..."). */
import type { Report } from '../../src/engine/types.ts';
import { strings } from '../strings.ts';
import { familyOf } from '../../src/messaging/families.ts';

/** Counts behind the summary sentence. */
export interface SummaryCounts {
  claims: number;
  unsourcedClaims: number;
  weakSources: number;
}

/**
 * Findings that point back to a source already counted (a later "the experts' call") or only carry a quoted
 * voice: the score does not count them as sources again (src/engine/score.ts), and neither does the summary.
 */
const REFERENCES_BACK = new Set([
  'attribution/echo',
  'attribution/quotation',
  'attribution/first-person',
  'attribution/unattributed-quotation',
]);

/** Counts claims, unsourced claims and the sources a reader cannot check. */
export function summaryCounts(report: Report): SummaryCounts {
  let claims = 0;
  let unsourcedClaims = 0;
  let weakSources = 0;
  for (const finding of report.findings) {
    if (finding.kind === 'claim') {
      claims += 1;
      if (finding.sourcing === 'none') unsourcedClaims += 1;
    } else if (
      finding.kind === 'attribution' &&
      familyOf(finding) === 'weak-source' &&
      !REFERENCES_BACK.has(finding.rule)
    ) {
      weakSources += 1;
    }
  }
  return { claims, unsourcedClaims, weakSources };
}

/** The summary sentence, starting with a capital letter. */
export function summarize(report: Report): string {
  const { claims, unsourcedClaims, weakSources } = summaryCounts(report);
  const text = strings.summary;
  const parts: string[] = [];
  if (claims === 0) parts.push(text.noClaims);
  else if (unsourcedClaims === 0) parts.push(text.allSourced(claims));
  else parts.push(text.unsourced(unsourcedClaims, claims));
  if (weakSources > 0) parts.push(text.weakSources(weakSources));
  const sentence = parts.join(text.join);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
