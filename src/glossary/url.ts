/**
 * Links into the glossary page (glossary.html at the root of the extension): one anchor per entry, such as
 * glossary.html#technique-hedge. Explanation cards and popup items link here.
 */
import type { Finding } from '../engine/types.ts';
import { findEntry, type GlossaryEntry, type GlossaryKind } from './entries.ts';

/** The glossary page's file name at the extension's root. */
export const GLOSSARY_PAGE = 'glossary.html';

/** The anchor (element id) of an entry on the glossary page, e.g. "technique-hedge". */
export function glossaryAnchor(entry: Pick<GlossaryEntry, 'kind' | 'subtype'>): string {
  return `${entry.kind}-${entry.subtype}`;
}

/**
 * The URL of an entry: relative ("glossary.html#technique-hedge") for extension pages; pass the extension's
 * root as `base` (runtime.getURL('')) for an absolute one. A subtype with no entry (the engine may add
 * techniques) links to the top of the glossary rather than to an anchor that does not exist.
 */
export function glossaryUrl(kind: GlossaryKind, subtype: string, base = ''): string {
  const entry = findEntry(kind, subtype);
  return entry ? `${base}${GLOSSARY_PAGE}#${glossaryAnchor(entry)}` : `${base}${GLOSSARY_PAGE}`;
}

/** The glossary entry that explains a finding: an unsourced claim's idea, else its claim type, source or technique. */
export function glossaryUrlForFinding(finding: Finding, base = ''): string {
  switch (finding.kind) {
    case 'claim':
      return finding.sourcing === 'none'
        ? glossaryUrl('idea', 'unsourced-claim', base)
        : glossaryUrl('claim', finding.claimType, base);
    case 'attribution':
      return glossaryUrl('source', finding.source, base);
    case 'rhetoric':
      return glossaryUrl('technique', finding.technique, base);
  }
}
