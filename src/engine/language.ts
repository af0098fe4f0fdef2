/** Warns when a text does not look like English, since the lexicons and rules are English-only. */
import type { ParsedText } from './nlp.ts';

/** Very common English function words: a text of any length uses them, and other languages rarely do. */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'with', 'as', 'by', 'at', 'it',
  'he', 'she', 'they', 'from', 'this', 'are', 'be', 'has', 'have', 'had', 'not', 'but', 'or', 'said', 'his', 'her',
]);

/** Returns warnings for the report (empty when the text looks English or is too short to tell). */
export function detectLanguageWarnings(doc: ParsedText): string[] {
  let words = 0;
  let english = 0;
  let nonLatin = 0;
  for (const t of doc.tokens) {
    if (t.type !== 'word') continue;
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(t.lower)) english++;
    if (/[^\p{Script=Latin}\p{N}\p{P}'’-]/u.test(t.text)) nonLatin++;
  }
  if (words < 12) return [];
  if (english / words < 0.08 || nonLatin / words > 0.3) {
    return ['This text does not look like English. Sourcelight’s rules and word lists are for English, so its results here are unreliable.'];
  }
  return [];
}
