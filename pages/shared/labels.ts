/** Names of families and techniques on the extension pages; technique names are the glossary's own terms. */
import type { Technique } from '../../src/engine/types.ts';
import { entryMessageKey } from '../../src/glossary/index.ts';
import { type MessageKey, t } from '../../src/i18n/index.ts';
import type { Family } from '../../src/messaging/protocol.ts';

const FAMILY_KEYS: Record<Family, MessageKey> = {
  unsourced: 'label_family_unsourced',
  'weak-source': 'label_family_weak_source',
  rhetoric: 'label_family_rhetoric',
  sourced: 'label_family_sourced',
};

/** A family's name, e.g. "Anonymous or vague sources". */
export function familyLabel(family: Family): string {
  return t(FAMILY_KEYS[family]);
}

/** A technique's name, as its glossary entry calls it (e.g. "Appeal to fear"). */
export function techniqueLabel(technique: Technique): string {
  return t(entryMessageKey({ kind: 'technique', subtype: technique }, 'term') as MessageKey);
}
