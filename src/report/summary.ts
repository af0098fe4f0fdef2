/** What the human-readable formats (Markdown, HTML) say the same way: score lines and finding details. */
import type { Finding, Score } from '../engine/types.ts';

/** One score component as a reader sees it: points earned out of its weight, and why. */
export interface ScoreRow {
  label: string;
  weight: number;
  earned: string;
  detail: string;
  findingIds: string[];
}

/** A number of points with at most one decimal: 12, 12.5. */
export function formatPoints(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** The score's components as rows, in the engine's order. */
export function scoreRows(score: Score): ScoreRow[] {
  return score.components.map((c) => ({
    label: c.label,
    weight: c.weight,
    earned: formatPoints(c.weight * c.value),
    detail: c.detail ?? '',
    findingIds: c.findingIds,
  }));
}

/** The headline: "18/100 (poor)". */
export function scoreHeadline(score: Score): string {
  return `${formatPoints(score.value)}/100 (${score.grade})`;
}

/** Small facts about a finding beyond its label: confidence, quotation, named source, link to its source. */
export function findingNotes(finding: Finding): string[] {
  const notes = [`confidence ${finding.confidence.toFixed(2)}`];
  if (finding.inQuote) notes.push("inside a quotation (the speaker's words, not the author's)");
  if (finding.kind === 'attribution' && finding.reason) notes.push(`reason given for anonymity: ${finding.reason}`);
  if (finding.kind === 'claim' && finding.sourceFindingId) notes.push(`source: ${finding.sourceFindingId}`);
  return notes;
}
