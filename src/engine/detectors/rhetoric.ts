/** Rhetoric detector. (Placeholder until implemented.) */
import type { ParsedText } from '../nlp.ts';
import type { DetectorContext, RhetoricDraft } from './context.ts';

/** Finds wording that persuades instead of informing. */
export function detectRhetoric(_doc: ParsedText, _context: DetectorContext): RhetoricDraft[] {
  return [];
}
