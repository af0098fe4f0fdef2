/** Attribution detector: phrases that say where information comes from. (Placeholder until implemented.) */
import type { ParsedText } from '../nlp.ts';
import type { AttributionDraft, DetectorContext } from './context.ts';

/** Finds attribution phrases and classifies their source. */
export function detectAttributions(_doc: ParsedText, _context: DetectorContext): AttributionDraft[] {
  return [];
}
