/**
 * Which family (filter, colour, group) each finding belongs to. The four families are the ones the page
 * highlights use, so a colour in the popup means the same thing as the same colour on the page.
 */
import type { Finding } from '../../src/engine/types.ts';
import type { Family } from '../../src/messaging/protocol.ts';

/** The order the popup lists families in: the problems first, the good news last. */
export const FAMILIES: readonly Family[] = ['unsourced', 'weak-source', 'rhetoric', 'sourced'];

/** A source a reader can go and check: a named person or organisation, or a document or link. */
function isCheckable(finding: Finding): boolean {
  if (finding.kind === 'attribution') {
    // "he said" counts as on the record once the engine has resolved who "he" is.
    return (
      finding.source === 'named' ||
      finding.source === 'document' ||
      (finding.source === 'pronoun' && !!finding.sourceName)
    );
  }
  return finding.kind === 'claim' && (finding.sourcing === 'named' || finding.sourcing === 'document');
}

/** The family of one finding. */
export function familyOf(finding: Finding): Family {
  if (finding.kind === 'rhetoric') return 'rhetoric';
  if (finding.kind === 'claim' && finding.sourcing === 'none') return 'unsourced';
  return isCheckable(finding) ? 'sourced' : 'weak-source';
}

/** One family's findings, in the order they appear in the text. */
export interface FindingGroupData {
  family: Family;
  findings: Finding[];
}

/** Sorts findings into the four families, keeping text order inside each; empty families are kept (count 0). */
export function groupByFamily(findings: readonly Finding[]): FindingGroupData[] {
  const groups = new Map<Family, Finding[]>(FAMILIES.map((f) => [f, []]));
  for (const finding of findings) groups.get(familyOf(finding))?.push(finding);
  return FAMILIES.map((family) => ({ family, findings: groups.get(family) ?? [] }));
}

/**
 * A glyph per family, shown next to the colour so that the family never rests on colour alone (the page
 * highlights add a different underline style per family for the same reason).
 */
export const FAMILY_ICON: Record<Family, string> = {
  unsourced: '?',
  'weak-source': '~',
  rhetoric: '!',
  sourced: '✓',
};
