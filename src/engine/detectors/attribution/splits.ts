/**
 * Where to stop looking back for a speaker. wink sometimes ends a sentence at an abbreviation's full stop inside
 * a parenthesis ("Rep. Jane Roe (D-Md.) said"), leaving "said" or ") said" as a sentence of its own; the speaker
 * is then in the sentence before, so the search goes back to that sentence's start.
 */
import type { ParsedText } from '../../nlp.ts';

/** How many wrong splits in a row are mended: two cover "(R-S.C.)", which wink may cut twice. */
const MAX_MENDED = 2;

/** True when the boundary before sentence `index` cuts a sentence in two rather than ending one. */
function isWrongSplit(doc: ParsedText, index: number): boolean {
  const s = doc.sentences[index];
  const prev = doc.sentences[index - 1];
  if (!prev) return false;
  const first = doc.tokens[s.firstToken];
  // No sentence starts with a closing bracket, a comma, or a word in lower case ("said."; ASCII is enough here).
  const code = first.text.charCodeAt(0);
  if (first.text === ')' || first.text === ',' || (first.type === 'word' && code >= 97 && code <= 122)) return true;
  // Most sentences hold no bracket: one native string search spares the token walk.
  if (!prev.text.includes('(')) return false;
  let open = 0;
  for (let k = prev.firstToken; k < prev.endToken; k++) {
    if (doc.tokens[k].text === '(') open++;
    else if (doc.tokens[k].text === ')') open = Math.max(0, open - 1);
  }
  return open > 0;
}

/** The first token a speaker search in sentence `index` may reach back to. */
export function speakerFloor(doc: ParsedText, index: number): number {
  let i = index;
  while (index - i < MAX_MENDED && isWrongSplit(doc, i)) i--;
  return doc.sentences[i].firstToken;
}
