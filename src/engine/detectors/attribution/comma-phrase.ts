/**
 * A participle of judging after a comma (", considered the finest potter of her day") describes the noun before
 * the comma only when the comma phrase is an appendage: it closes (another comma or the sentence end) before any
 * finite verb, and the comma does not close an aside after the subject ("Jones, who lost the primary, considered
 * the result unfair": there the verb is the subject's own).
 */
import type { ParsedText } from '../../nlp.ts';

/** True when the comma at token `comma` opens a phrase that describes the noun before it. */
export function opensDescription(doc: ParsedText, comma: number): boolean {
  const t = doc.tokens;
  const s = doc.sentences[t[comma].sentence];
  return !closesAside(doc, s.firstToken, comma) && closesBeforeVerb(doc, comma, s.endToken);
}

/** True when an earlier comma in the sentence follows a subject with no verb of its own: "Jones, ... ,". */
function closesAside(doc: ParsedText, first: number, comma: number): boolean {
  const t = doc.tokens;
  let earlier = comma - 1;
  while (earlier >= first && t[earlier].text !== ',') earlier--;
  if (earlier < first) return false;
  for (let k = first; k < earlier; k++) if (t[k].pos === 'VERB' || t[k].pos === 'AUX') return false;
  return true;
}

/** True when the phrase after the comma ends (comma or sentence end) before a finite verb ("to be" is not one). */
function closesBeforeVerb(doc: ParsedText, comma: number, end: number): boolean {
  const t = doc.tokens;
  for (let k = comma + 2; k < end; k++) {
    if (t[k].text === ',' || t[k].text === ';') return true;
    const verbal = t[k].pos === 'VERB' || t[k].pos === 'AUX';
    if (verbal && t[k - 1].lower !== 'to' && !t[k].lower.endsWith('ing')) return false;
  }
  return true;
}
