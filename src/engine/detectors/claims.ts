/** Claim detector. (Placeholder until implemented.) */
import type { ParsedText } from '../nlp.ts';
import type { ClaimDraft, DetectorContext } from './context.ts';

/** Finds checkable assertions, types them and resolves their sourcing. */
export function detectClaims(_doc: ParsedText, _context: DetectorContext): ClaimDraft[] {
  return [];
}
