/**
 * The sourcing score: 0..100, higher is better sourced, built from four published components
 * (score/weights.ts). Every component lists the findings behind it, so every lost point can be traced to
 * highlighted words.
 */
import type { ParsedText } from './nlp.ts';
import { claimSourcing, namedSources, sourceQuality, tone, weighedClaims } from './score/components.ts';
import { gradeOf } from './score/weights.ts';
import type { AttributionFinding, Finding, RhetoricFinding, Score } from './types.ts';

/** Attributions the score counts as sources: quotations only borrow a source, and first-person "I said" names none. */
const BORROWED_RULES = new Set(['attribution/quotation', 'attribution/first-person', 'attribution/echo']);

/**
 * Counts the words the score's densities are measured against, as nlp.ts's countWords does for the report;
 * not imported from there, because nlp.ts loads wink and the popup scores reports again through this file.
 */
function wordCount(doc: ParsedText): number {
  let n = 0;
  // An index, not for-of: this runs once per text, so unoptimised, where the iterator costs most.
  for (let i = 0; i < doc.tokens.length; i++) if (doc.tokens[i].type === 'word' || doc.tokens[i].type === 'number') n++;
  return n;
}

/** Computes the 0..100 sourcing score with its components. */
export function scoreReport(findings: Finding[], doc: ParsedText): Score {
  return scoreFindings(findings, wordCount(doc));
}

/**
 * The score of some findings in a text of `words` words: what scoreReport computes, for a report already made
 * (the popup scores a report again without the findings a reader dismissed; the report keeps its word count).
 */
export function scoreFindings(findings: Finding[], words: number): Score {
  const byId = new Map(findings.map((f) => [f.id, f] as const));
  const claims = weighedClaims(findings);
  const attributions = findings.filter((f): f is AttributionFinding => f.kind === 'attribution');
  const sources = attributions.filter((a) => !BORROWED_RULES.has(a.rule));
  const rhetoric = findings.filter((f): f is RhetoricFinding => f.kind === 'rhetoric');
  const components = [
    claimSourcing(claims, byId),
    sourceQuality(
      sources.filter((a) => a.rule !== 'attribution/unattributed-quotation'),
      claims.length,
    ),
    namedSources(sources, words, claims.length),
    tone(rhetoric, words),
  ];
  const value = Math.round(components.reduce((sum, c) => sum + c.weight * c.value, 0));
  return { value, grade: gradeOf(value), components };
}
