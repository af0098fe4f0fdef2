/** Adjectives of belief used as report verbs: "critics are convinced that" (moved out of cues.ts to keep it short). */
import { STANCE_ADJECTIVES } from '../../lexicon/sources-verbs.ts';
import type { ParsedText } from '../../nlp.ts';

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'am', "'re", "'s"]);

/**
 * "Supporters are optimistic that ...", "officials were confident that ...": an adjective of belief between a
 * form of "be" and "that" attributes a view just as "believe" does.
 */
export function isStanceAdjective(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (!STANCE_ADJECTIVES.has(t[i].lower) || t[i + 1]?.lower !== 'that') return false;
  let k = i - 1;
  // "are not convinced that", "aren't sure that": a denied belief is still a view held.
  while (k >= 0 && (t[k].pos === 'ADV' || t[k].lower === 'not' || t[k].lower === "n't")) k--;
  return k >= 0 && BE_FORMS.has(t[k].lower);
}
