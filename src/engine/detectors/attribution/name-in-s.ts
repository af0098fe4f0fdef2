/** A capitalised name ending in -s as one speaker: "The Harbour News reports that", "Ferris Times reports that". */
import { isCapitalised, isMark } from '../../names/tokens.ts';
import { isKnownWord, type ParsedText, type Token } from '../../nlp.ts';
import { isGroupHead } from '../../names/analyse.ts';
import { describes } from './described-crowd.ts';
import { isDoerPlural } from './plural-surname.ts';

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
 * heading, not a name ("Weather reports: rain on Monday", "Annual reports: page four"), and so are two common
 * words that open it as a page's heading ("Local News reports:").
 */
export function nameBeforeColon(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const prev = t[i - 1];
  if (!isMark(t[i + 1], ':') || prev?.pos !== 'PROPN' || !isCapitalised(prev) || !t[i].lower.endsWith('s')) return false;
  if (doc.sentences[prev.sentence]?.firstToken === i - 1 && isKnownWord(prev.lower)) return false;
  // "Local News reports:", "Sports Desk reports:": a two-word heading, not a paper's name.
  return !(t[i - 2] && isCapitalised(t[i - 2]) && isHeading(doc, i - 2, i));
}

/** Articles, which open a name or a body ("The council:"), never a heading's describing word. */
const ARTICLES = new Set(['the', 'a', 'an']);

/** Last words of a page's section headings: "Sports Desk", "Match Highlights", "Top Stories". */
const HEADING_WORDS = new Set(['desk', 'stories', 'highlights', 'headlines', 'briefs', 'roundup', 'digest', 'results', 'scores', 'picks', 'reads', 'notes', 'updates']);

/**
 * True when the words first..end open their sentence, are one or two common words, and read as a page's heading: the
 * last a heading word ("Sports Desk", "Top Stories") or the first a describing word ("Local News"). Capitals and a
 * colon make such a heading look like a named source; "Harbour News reports:" keeps its name.
 */
export function isHeading(doc: ParsedText, first: number, end: number): boolean {
  const t = doc.tokens;
  if (end - first > 2 || doc.sentences[t[first].sentence]?.firstToken !== first) return false;
  for (let k = first; k < end; k++) if (!isKnownWord(t[k].lower)) return false;
  // "The council:" opens with an article: a body that speaks, not a heading's describing word.
  // "Local Residents:", "Some Nurses:": a headline's crowd speaks (vaguely); only things make a heading.
  if (ARTICLES.has(t[first].lower) || isGroupHead(t[end - 1].lower) || isDoerPlural(t[end - 1].lower)) return false;
  return HEADING_WORDS.has(t[end - 1].lower) || (end - first === 2 && describes(t[first].lower));
}
