/** The sourcing score. (Placeholder until implemented.) */
import type { ParsedText } from './nlp.ts';
import type { Finding, Score } from './types.ts';

/** Computes the 0..100 sourcing score with its components. */
export function scoreReport(_findings: Finding[], _doc: ParsedText): Score {
  return { value: 0, grade: 'poor', components: [] };
}
