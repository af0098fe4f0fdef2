/** The short label shown on each finding: what kind of claim, source or wording it is. */
import type { Finding } from '../../src/engine/types.ts';
import { strings } from '../strings.ts';

/** The label for one finding, e.g. "Vague source" or "Loaded language". */
export function labelFor(finding: Finding): string {
  const text = strings.finding;
  switch (finding.kind) {
    case 'claim':
      return text.claimTypes[finding.claimType] ?? text.claimTypes.factual;
    case 'attribution':
      return text.sources[finding.source] ?? text.sources.vague;
    case 'rhetoric':
      // The contract lets the engine add techniques; an unknown one still gets a sensible label.
      return text.techniques[finding.technique] ?? text.otherTechnique;
  }
}

/** The line beside the label: who the source is, or what a claim rests on ("Rests on a vague source"). */
export function detailFor(finding: Finding): string | undefined {
  if (finding.kind === 'attribution')
    return finding.sourceName ? strings.finding.sourcedBy(finding.sourceName) : undefined;
  if (finding.kind === 'claim') return strings.finding.claimSourcing[finding.sourcing];
  return undefined;
}
