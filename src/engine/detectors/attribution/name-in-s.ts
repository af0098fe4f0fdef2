/** A capitalised name ending in -s as one speaker: "The Harbour News reports that", "Ferris Times reports that". */
import { isCapitalised, isMark } from '../../names/tokens.ts';
import type { ParsedText, Token } from '../../nlp.ts';

/**
 * True when the -s verb at i follows a capitalised name ending in -s (its `head`, right before it) and opens a
 * clause: a paper or a firm called "News" or "Times" is one speaker, though its last word looks plural.
 * "The Harbour News reports were read by few" has no clause after "reports", which stays a noun.
 */
export function nameEndsInS(doc: ParsedText, i: number, head: Token): boolean {
  const t = doc.tokens;
  const prev = t[i - 1];
  const next = t[i + 1];
  if (head !== prev || prev.pos !== 'PROPN' || !isCapitalised(prev) || !t[i].lower.endsWith('s')) return false;
  return next?.lower === 'that' || isMark(next, ':');
}
