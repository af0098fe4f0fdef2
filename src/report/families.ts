/** Sorts findings into the four families a reader sees, and names each finding in plain words. */
import type { AttributionFinding, ClaimFinding, Finding } from '../engine/types.ts';

/** The families of the popup's filters (same names as Family in src/messaging), in the order exports list them. */
export const FAMILIES = ['unsourced', 'weak-source', 'rhetoric', 'sourced'] as const;

/** One of the four families. */
export type FamilyName = (typeof FAMILIES)[number];

/** A family's heading and a one-sentence description under it. */
export const FAMILY_TEXT: Record<FamilyName, { heading: string; description: string }> = {
  unsourced: { heading: 'Unsourced claims', description: 'Claims the text gives no source for.' },
  'weak-source': {
    heading: 'Weak sources',
    description: 'Anonymous or vague sources, and the claims resting on them: the reader cannot check them.',
  },
  rhetoric: { heading: 'Rhetoric', description: 'Wording that argues or dramatises instead of informing.' },
  sourced: {
    heading: 'Named and document sources',
    description: 'Named people and organisations, documents and links, and the claims they back.',
  },
};

/** The family a finding belongs to. */
export function familyOf(finding: Finding): FamilyName {
  if (finding.kind === 'rhetoric') return 'rhetoric';
  if (finding.kind === 'claim') return claimFamily(finding);
  return attributionFamily(finding);
}

function claimFamily(claim: ClaimFinding): FamilyName {
  if (claim.sourcing === 'none') return 'unsourced';
  return claim.sourcing === 'named' || claim.sourcing === 'document' ? 'sourced' : 'weak-source';
}

function attributionFamily(attribution: AttributionFinding): FamilyName {
  if (attribution.source === 'named' || attribution.source === 'document') return 'sourced';
  // "he said" is as checkable as the name it stands for, and no more: unresolved, the reader cannot check it.
  if (attribution.source === 'pronoun') return attribution.sourceName ? 'sourced' : 'weak-source';
  return 'weak-source';
}

/** The kind-specific subtype: claimType for claims, source for attributions, technique for rhetoric. */
export function subtypeOf(finding: Finding): string {
  if (finding.kind === 'claim') return finding.claimType;
  if (finding.kind === 'attribution') return finding.source;
  return finding.technique;
}

const SOURCE_LABEL: Record<string, string> = {
  named: 'named source',
  document: 'document source',
  anonymous: 'anonymous source',
  vague: 'vague source',
  agentless: 'source with no one named ("it is said")',
  pronoun: 'source given only as a pronoun',
};

const TECHNIQUE_LABEL: Record<string, string> = {
  'loaded-language': 'loaded language',
  'name-calling': 'name-calling',
  exaggeration: 'exaggeration',
  'fear-appeal': 'appeal to fear',
  certainty: 'unearned certainty',
  figurative: 'dramatic metaphor',
  hedge: 'speculation presented as information',
};

const SOURCING_LABEL: Record<string, string> = {
  named: 'sourced to a named source',
  document: 'sourced to a document',
  anonymous: 'resting on an anonymous source',
  vague: 'resting on a vague source',
  none: 'with no source',
};

/** A short plain-language label, e.g. "statistical claim with no source" or "appeal to fear". */
export function labelOf(finding: Finding): string {
  if (finding.kind === 'claim') return `${finding.claimType} claim ${SOURCING_LABEL[finding.sourcing] ?? ''}`.trim();
  if (finding.kind === 'attribution') {
    const label = SOURCE_LABEL[finding.source] ?? `${finding.source} source`;
    return finding.sourceName ? `${label}: ${finding.sourceName}` : label;
  }
  // The contract lets new techniques appear; an unknown one is still named readably.
  return TECHNIQUE_LABEL[finding.technique] ?? String(finding.technique).replace(/-/g, ' ');
}

/** Findings grouped by family, in FAMILIES order, each group in text order; empty families are left out. */
export function groupByFamily(findings: readonly Finding[]): { family: FamilyName; findings: Finding[] }[] {
  return FAMILIES.map((family) => ({ family, findings: findings.filter((f) => familyOf(f) === family) })).filter(
    (group) => group.findings.length > 0,
  );
}
