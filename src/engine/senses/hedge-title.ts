/**
 * A hedge word inside a quoted title ('her novel "Many Rivers Home"', 'the band played "Some Say Tomorrow"'): the
 * words name a book, a song or a show, so they are nobody's vague amount or unnamed crowd. A title is read from its
 * quotation marks and its capitals: every word between the marks starts with a capital, a title's small words
 * ("of", "the") aside. A quoted remark ('"Some say it is over," she said') is in ordinary case and keeps its hedge,
 * and so does one in title case that a colon opens or a verb of saying follows ('He said: "Many People Are Angry"').
 * Read by detectors/rhetoric/plain-senses.ts for hedges only.
 */
import type { ParsedText, Token } from '../nlp.ts';
import { isCapitalised, isMark, QUOTE_MARKS } from '../names/tokens.ts';

/** The most words a title may have on either side of the hedge: a longer quotation is a remark, not a name. */
const REACH = 8;
/** A title's small words, which stay lower case ("Gone with the Wind", "A Few of Our Own"). */
const SMALL = new Set('a an the and or but of in on at to for by from with as nor so'.split(' '));
/** Punctuation a title may end with inside its closing mark ('"Many Happy Returns!"', US style '"Some Say,"'). */
const TITLE_END = ',.!?';
/** Verbs that mark a quotation as someone's words when they follow it ('"Many Are Angry," she said'). */
const SPEECH = new Set('say tell add ask shout reply insist explain declare claim tweet warn'.split(' '));

/**
 * True when the quotation opening at `open` and closing at `close` is a remark: a colon before it ('He said:
 * "Many People Are Angry"') or a verb of saying within four words after it ('"Many Are Angry," she said').
 */
function isRemark(t: readonly Token[], open: number, close: number): boolean {
  if (isMark(t[open - 1], ':')) return true;
  const sentence = t[close].sentence;
  for (let i = close + 1; i <= close + 4 && i < t.length && t[i].sentence === sentence; i++) {
    if (SPEECH.has(t[i].lemma)) return true;
  }
  return false;
}

/** True when the token is a quotation mark: wink types the guillemets « » as unknown, not punctuation. */
function isQuote(t: Token | undefined): boolean {
  return t !== undefined && t.text.length === 1 && QUOTE_MARKS.includes(t.text);
}

/** True when the token may stand inside a title: a capitalised word, a small word, a number or a hyphen. */
function fitsTitle(t: Token): boolean {
  if (t.type === 'word') return isCapitalised(t) || SMALL.has(t.lower);
  return t.type === 'number' || isMark(t, '-–');
}

/**
 * True when the hedge from `first` to `end` lies inside a quoted title of two or more capitalised words. Reads at
 * most REACH tokens each way, so a long line costs no more than a short one.
 */
export function namesQuotedTitle(doc: ParsedText, first: number, end: number): boolean {
  const t = doc.tokens;
  const sentence = t[first]?.sentence;
  if (sentence === undefined || !isCapitalised(t[first])) return false;
  let capitals = 0;
  for (let i = first; i < end; i++) {
    if (!fitsTitle(t[i])) return false;
    if (isCapitalised(t[i])) capitals++;
  }
  let open = first - 1;
  while (open >= 0 && first - open <= REACH && t[open].sentence === sentence && fitsTitle(t[open])) {
    if (isCapitalised(t[open])) capitals++;
    open--;
  }
  if (open < 0 || t[open].sentence !== sentence || !isQuote(t[open])) return false;
  let close = end;
  while (close < t.length && close - end < REACH && t[close].sentence === sentence && fitsTitle(t[close])) {
    if (isCapitalised(t[close])) capitals++;
    close++;
  }
  if (isMark(t[close], TITLE_END) && t[close].sentence === sentence) close++;
  if (close >= t.length || t[close].sentence !== sentence || !isQuote(t[close]) || capitals < 2) return false;
  return !isRemark(t, open, close);
}
