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
  // More brackets opened than closed: counted on the text, where a native search is cheaper than a token walk.
  return count(prev.text, '(') > count(prev.text, ')');
}

/** How many times `mark` occurs in `text`. */
function count(text: string, mark: string): number {
  let n = 0;
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) n++;
  return n;
}

/** The first token a speaker search in sentence `index` may reach back to. */
export function speakerFloor(doc: ParsedText, index: number): number {
  let i = index;
  while (index - i < MAX_MENDED && isWrongSplit(doc, i)) i--;
  return doc.sentences[i].firstToken;
}
