/**
 * Direct quotations whose speaker is not named in their own sentence. News copy names the speaker in the
 * sentence before or after ('“It is a disgrace.” Lind said it twice.'), so the quotation is credited to the
 * nearest speaker there; when there is none, the quotation is reported as words whose speaker is not given.
 */
import type { ParsedText, Sentence } from '../../nlp.ts';
import { isInside, type Span } from '../../quotes.ts';
import { isMark } from '../../names/tokens.ts';
import type { SourceGuess } from './classify.ts';
import type { Found } from './verbs.ts';

/** A quotation shorter than this many words is more likely a scare quote or a title than someone's words. */
const MIN_QUOTE_WORDS = 4;
const OPENING = '“"‘«\'';
const CLOSING = '”"’»\'';

/** The token range of a real quotation inside sentence s, or undefined. */
function quotationIn(doc: ParsedText, s: Sentence, quotes: readonly Span[], from: number): [number, number] | undefined {
  const t = doc.tokens;
  const opensOrCloses = isMark(t[s.firstToken], OPENING) || isMark(t[s.endToken - 1], CLOSING);
  for (let q = from; q < quotes.length && quotes[q].start < s.end; q++) {
    const { start, end } = quotes[q];
    if (end <= s.start) continue;
    let a = s.firstToken;
    while (a < s.endToken && t[a].end <= start) a++;
    let b = a;
    let words = 0;
    while (b < s.endToken && t[b].start < end) {
      if (t[b].type === 'word') words++;
      b++;
    }
    if (words >= MIN_QUOTE_WORDS) return [a, b];
  }
  // A sentence that opens or closes a quotation running over several sentences.
  return opensOrCloses ? [s.firstToken, s.endToken] : undefined;
}

/** The speaker a quotation borrows from a neighbouring sentence: the last one before, else the first one after. */
function neighbourGuess(before: readonly Found[] | undefined, after: readonly Found[] | undefined): SourceGuess | undefined {
  const speech = (f: Found) => f.guess.source !== 'agentless' && f.guess.rule !== 'attribution/quotation';
  const prev = before?.filter(speech).at(-1);
  const next = after?.find(speech);
  return (prev ?? next)?.guess;
}

/** Sources a reader cannot check: inside someone's quotation they are that speaker's hearsay. */
export const UNCHECKABLE_SOURCES: ReadonlySet<string> = new Set(['vague', 'agentless', 'anonymous']);

/**
 * True for hearsay or a first-person view inside a quotation ("“the people have spoken”", "“I think”"): it belongs to the speaker quoted and is dropped
 * later, so it must not stand in for the quotation's own attribution either.
 */
function isQuotedHearsay(doc: ParsedText, quotes: readonly Span[], f: Found): boolean {
  // "“I think the plan will fail,” Ruiz said": the quoted speaker's own "I think" is dropped later too.
  return (UNCHECKABLE_SOURCES.has(f.guess.source) || f.ownView === true) && isInside(quotes, doc.tokens[f.first].start, doc.tokens[f.end - 1].end);
}

/** Adds quotation attributions to sentences that quote someone without naming them there. */
export function addQuotations(doc: ParsedText, quotes: readonly Span[], perSentence: Found[][]): void {
  let q = 0;
  doc.sentences.forEach((s, i) => {
    while (q < quotes.length && quotes[q].end <= s.start) q++;
    if (perSentence[i].some((f) => !isQuotedHearsay(doc, quotes, f))) return;
    const range = quotationIn(doc, s, quotes, q);
    if (!range) return;
    const borrowed = neighbourGuess(perSentence[i - 1], perSentence[i + 1]);
    const guess: SourceGuess = borrowed
      ? { ...borrowed, rule: 'attribution/quotation', confidence: 0.6 }
      : { source: 'pronoun', rule: 'attribution/unattributed-quotation', confidence: 0.45 };
    perSentence[i].push({ first: range[0], end: range[1], guess });
  });
}
