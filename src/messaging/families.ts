/**
 * Which family (highlight colour, popup group, filter) a finding belongs to. The page and the popup both
 * need this answer, so it lives here, once, instead of in both.
 */
import type { Finding } from '../engine/types.ts';
import type { Family } from './protocol.ts';

/** Every family, in the order the popup lists them. */
export const FAMILIES: readonly Family[] = ['unsourced', 'weak-source', 'rhetoric', 'sourced'];

/** The family of a finding: unsourced claims; claims and sources a reader cannot check; rhetoric; checkable sources. */
export function familyOf(finding: Finding): Family {
  switch (finding.kind) {
    case 'rhetoric':
      return 'rhetoric';
    case 'claim':
      if (finding.sourcing === 'none') return 'unsourced';
      return finding.sourcing === 'anonymous' || finding.sourcing === 'vague' ? 'weak-source' : 'sourced';
    case 'attribution':
      return finding.source === 'anonymous' || finding.source === 'vague' || finding.source === 'agentless'
        ? 'weak-source'
        : 'sourced';
  }
}

/** True for a list that only holds known families (checked on messages, which are untyped at run time). */
export function isFamilyList(value: unknown): value is Family[] {
  return Array.isArray(value) && value.every((f) => FAMILIES.includes(f as Family));
}
