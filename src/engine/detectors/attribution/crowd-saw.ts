/** "Some saw the plan as a gamble": wink tags "saw" a noun (a tool) after a quantifier standing for people. */
import { VAGUE_QUANTIFIERS } from '../../lexicon/sources-agentless.ts';
import type { ParsedText } from '../../nlp.ts';

/**
 * True when "saw" at i follows a quantifier standing alone for people ("Some saw", "Many saw", "others saw"): it
 * is the past of "see", a view only when "as" follows (checked with the other "see" forms in verbs.ts). "Some
 * saws are blunt" and "a saw" are tools.
 */
export function crowdSaw(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  return t[i].lower === 'saw' && t[i].pos === 'NOUN' && VAGUE_QUANTIFIERS.has(t[i - 1]?.lower ?? '');
}
