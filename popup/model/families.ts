/**
 * The findings of a report sorted into the four families (src/messaging/families.ts decides the family, so a
 * colour in the popup means the same as that colour on the page), and the glyph that goes with each.
 */
import type { Finding } from '../../src/engine/types.ts';
import { FAMILIES, familyOf } from '../../src/messaging/families.ts';
import type { Family } from '../../src/messaging/protocol.ts';

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
