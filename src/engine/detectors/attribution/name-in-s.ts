/** A capitalised name ending in -s as one speaker: "The Harbour News reports that", "Ferris Times reports that". */
import { isCapitalised, isMark } from '../../names/tokens.ts';
import { isKnownWord, type ParsedText, type Token } from '../../nlp.ts';

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

/**
 * "The Harbour News reports: the mayor will resign": a capitalised name, its -s verb and a colon announce what the
 * paper or the speaker reports. A lone word that opens the sentence and that wink knows as a common word is a
 * heading, not a name ("Weather reports: rain on Monday", "Annual reports: page four").
 */
export function nameBeforeColon(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const prev = t[i - 1];
  if (!isMark(t[i + 1], ':') || prev?.pos !== 'PROPN' || !isCapitalised(prev) || !t[i].lower.endsWith('s')) return false;
  return doc.sentences[prev.sentence]?.firstToken !== i - 1 || !isKnownWord(prev.lower);
}
