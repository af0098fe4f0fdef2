/**
 * Direct quotations whose speaker is not named in their own sentence. News copy names the speaker in the
 * sentence before or after ('“It is a disgrace.” Lind said it twice.'), so the quotation is credited to the
 * nearest speaker there; when there is none, the quotation is reported as words whose speaker is not given.
 */
import type { ParsedText, Sentence } from '../../nlp.ts';
import { isInside, type Span } from '../../quotes.ts';
import { isMark, isTitleCase } from '../../names/tokens.ts';
import type { SourceGuess } from './classify.ts';
import { colonSpeaker } from './colon-speaker.ts';
import { isQuotedTitle } from './quoted-titles.ts';
import type { Found } from './verbs.ts';

/** A quotation shorter than this many words is more likely a scare quote or a title than someone's words. */
const MIN_QUOTE_WORDS = 4;
const OPENING = '“"‘«\'';
const CLOSING = '”"’»\'';

/** The token range of a real quotation inside sentence s, or undefined. */
function quotationIn(doc: ParsedText, s: Sentence, quotes: readonly Span[], from: number): [number, number] | undefined {
  const t = doc.tokens;
  // A stray closing mark cut off as a sentence of its own holds no words anyone said.
  if (wordsIn(doc, s.firstToken, s.endToken) === 0) return undefined;
  const opensOrCloses = (isMark(t[s.firstToken], OPENING) || isMark(t[s.endToken - 1], CLOSING)) && !markClosedInside(doc, s, quotes, from);
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
    // "“Night Of The Harbour,” a radio drama": a title in title case inside a plain sentence is a name, not words said.
    const title = (isTitleCase(t, a, b) && plainAround(doc, s, a, b)) || isQuotedTitle(doc, a, b);
    if (words >= MIN_QUOTE_WORDS && !title) return [a, b];
  }
  // A sentence that opens or closes a quotation running over several sentences.
  return opensOrCloses ? [s.firstToken, s.endToken] : unmatchedQuotation(doc, s, quotes);
}

/**
 * True when the mark at the sentence's edge belongs to a title that opens and closes inside the sentence ('She
 * starred in the sitcom “Harbour Lights.”'): the sentence is not part of a quotation running over several sentences.
 * A short quotation of someone's word ('He called the plan “reckless.”') stays a quotation.
 */
function markClosedInside(doc: ParsedText, s: Sentence, quotes: readonly Span[], from: number): boolean {
  const t = doc.tokens;
  const first = t[s.firstToken].start;
  // "''Harbour Lights.''": the sentence may end between the two apostrophes that close an archive's quotation.
  const last = t[s.endToken - 1].end + (doc.text[t[s.endToken - 1].end] === "'" ? 1 : 0);
  for (let q = from; q < quotes.length && quotes[q].start < s.end; q++) {
    const { start, end } = quotes[q];
    if (start < first || end > last || (start === first && end === last)) continue;
    if (start !== first && end !== last) continue;
    let a = s.firstToken;
    while (a < s.endToken && t[a].start < start) a++;
    let b = a;
    while (b < s.endToken && t[b].end <= end) b++;
    return isQuotedTitle(doc, a, b);
  }
  return false;
}

/** True when sentence s has a lower-case word of four letters or more outside [a, b): it is no headline in title case. */
function plainAround(doc: ParsedText, s: Sentence, a: number, b: number): boolean {
  for (let k = s.firstToken; k < s.endToken; k++) {
    const t = doc.tokens[k];
    if ((k < a || k >= b) && t.type === 'word' && t.text.length >= 4 && t.text === t.lower) return true;
  }
  return false;
}

/** Marks that open or close a quotation and are never apostrophes ('’' is one, so single marks stay out). */
const DOUBLE_MARKS = '“”"«»';

/**
 * A quotation mark with no partner in the text: news leaves a quotation open when it runs on into the next
 * paragraph ('She told them: “We stay.' then '“We fight.”'), and a quotation's end may close a sentence cut from
 * an earlier one ('…a tax rise,” for the top earners.'). Glued to the word after it, the mark opens a quotation
 * to the sentence's end; glued to the word before it, it closes one that began with the sentence. Each side needs
 * MIN_QUOTE_WORDS words, so a stray mark around a name or a title is left alone.
 */
function unmatchedQuotation(doc: ParsedText, s: Sentence, quotes: readonly Span[]): [number, number] | undefined {
  const t = doc.tokens;
  for (let k = s.firstToken; k < s.endToken; k++) {
    const last = lastOfMark(doc, k);
    if (last < 0 || isInside(quotes, t[k].start, t[last].end)) continue;
    const opens = t[last + 1]?.start === t[last].end && t[k - 1]?.end !== t[k].start;
    // '6" of snow', "a 12\" pipe": a mark glued to a number is inches, no quotation.
    const closes = t[k - 1]?.end === t[k].start && t[last + 1]?.start !== t[last].end && !/\d$/.test(t[k - 1].text);
    if (opens && wordsIn(doc, last + 1, s.endToken) >= MIN_QUOTE_WORDS) return [k, s.endToken];
    if (closes && wordsIn(doc, s.firstToken, k) >= MIN_QUOTE_WORDS) return [s.firstToken, last + 1];
    k = last;
  }
  return undefined;
}

/**
 * The last token of a double quotation mark starting at token k, or -1: one token, or two apostrophes in a row ('' as
 * some archives print “), which wink splits.
 */
function lastOfMark(doc: ParsedText, k: number): number {
  const t = doc.tokens;
  if (isMark(t[k], DOUBLE_MARKS)) return k;
  const pair = t[k].text === "'" && t[k + 1]?.text === "'" && t[k + 1].start === t[k].end;
  return pair && t[k + 2]?.text !== "'" && t[k - 1]?.text !== "'" ? k + 1 : -1;
}

/** How many word tokens lie in [from, to). */
function wordsIn(doc: ParsedText, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (doc.tokens[k].type === 'word') n++;
  return n;
}

/**
 * The speaker a quotation borrows from a neighbouring sentence: the last one before, else the first one after. A
 * crowd or a view inside someone's quotation ('“Many people say the river is dirty.”') is that speaker's hearsay,
 * not a speaker of the next quoted sentence.
 */
function neighbourGuess(doc: ParsedText, quotes: readonly Span[], before: readonly Found[] | undefined, after: readonly Found[] | undefined): SourceGuess | undefined {
  const speech = (f: Found) => f.guess.source !== 'agentless' && f.guess.rule !== 'attribution/quotation' && !isQuotedHearsay(doc, quotes, f);
  const prev = before?.filter(speech).at(-1);
  const next = after?.find(speech);
  // A quotation running on from one the sentence before credited to its speaker ('Hald spoke. “We stay. …' then
  // '“Nobody leaves.”') is still that speaker's.
  const runningOn = before?.filter((f) => f.guess.rule === 'attribution/quotation').at(-1);
  return (prev ?? next ?? runningOn)?.guess;
}

/** Sources a reader cannot check: inside someone's quotation they are that speaker's hearsay. */
export const UNCHECKABLE_SOURCES: ReadonlySet<string> = new Set(['vague', 'agentless', 'anonymous']);

/**
 * True for hearsay or a first-person view inside a quotation ("“the people have spoken”", "“I think”"): it belongs to the speaker quoted and is dropped
 * later, so it must not stand in for the quotation's own attribution either.
 */
function isQuotedHearsay(doc: ParsedText, quotes: readonly Span[], f: Found): boolean {
  // "“I think the plan will fail,” Ruiz said": the quoted speaker's own "I think" is dropped later too.
  // "“... when the fishermen have spoken.”": a role nobody named, pointing back inside the words, is the speaker's too.
  const unnamedBack = f.guess.rule === 'attribution/definite-reference';
  return (UNCHECKABLE_SOURCES.has(f.guess.source) || f.ownView === true || unnamedBack) && isInside(quotes, doc.tokens[f.first].start, doc.tokens[f.end - 1].end);
}

/** How many sentences on the closing mark of a quotation is looked for: a speaker further on is not read as its. */
const MAX_RUN = 8;

/**
 * The speaker named right after the closing mark of a quotation that runs on past sentence i ('“The buses never
 * come. We wait for hours,” said Mayor Ruiz.'): the quotation's own speaker outranks anyone in the sentence before.
 */
function closingSpeaker(doc: ParsedText, quote: Span | undefined, i: number, perSentence: readonly Found[][]): SourceGuess | undefined {
  const sentences = doc.sentences;
  if (!quote || quote.end <= sentences[i].end || quote.start >= sentences[i].end) return undefined;
  for (let j = i + 1; j < sentences.length && j <= i + MAX_RUN; j++) {
    if (sentences[j].end < quote.end) continue;
    const after = perSentence[j].find((f) => doc.tokens[f.first].start >= quote.end - 1 && f.guess.source !== 'agentless' && f.guess.rule !== 'attribution/quotation');
    return after?.guess;
  }
  return undefined;
}

/** Adds quotation attributions to sentences that quote someone without naming them there. */
export function addQuotations(doc: ParsedText, quotes: readonly Span[], perSentence: Found[][]): void {
  let q = 0;
  doc.sentences.forEach((s, i) => {
    while (q < quotes.length && quotes[q].end <= s.start) q++;
    if (perSentence[i].some((f) => !isQuotedHearsay(doc, quotes, f))) return;
    const range = quotationIn(doc, s, quotes, q);
    if (!range) return;
    const borrowed = colonSpeaker(doc, s, range[0]) ?? closingSpeaker(doc, quotes[q], i, perSentence) ?? neighbourGuess(doc, quotes, perSentence[i - 1], perSentence[i + 1]);
    const guess: SourceGuess = borrowed
      ? { ...borrowed, rule: 'attribution/quotation', confidence: 0.6 }
      : { source: 'pronoun', rule: 'attribution/unattributed-quotation', confidence: 0.45 };
    perSentence[i].push({ first: range[0], end: range[1], guess });
  });
}
