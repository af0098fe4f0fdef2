/**
 * A hedge word inside a quoted title ('her novel "Many Rivers Home"', 'the band played "Some Say Tomorrow"'): the
 * words name a book, a song or a show, so they are nobody's vague amount or unnamed crowd. A title is read from its
 * quotation marks and its capitals: every word between the marks starts with a capital, a title's small words
 * ("of", "the") aside. A quoted remark ('"Some say it is over," she said') is in ordinary case and keeps its hedge,
 * and so does one in title case that a colon opens or a verb of saying follows ('He said: "Many People Are Angry"').
 * Read by detectors/rhetoric/plain-senses.ts for hedges only.
 */
import type { ParsedText, Token } from '../nlp.ts';
import { quotedTitleOpen } from '../names/quoted-title.ts';
import { isCapitalised, isMark, QUOTE_MARKS } from '../names/tokens.ts';

/** The most words a title may have after the hedge: a longer quotation is a remark, not a name. */
const REACH = 8;
/** A title's small words, which stay lower case ("Gone with the Wind", "A Few of Our Own"). */
const SMALL = new Set('a an the and or but of in on at to for by from with as nor so'.split(' '));
/** Punctuation a title may end with inside its closing mark ('"Many Happy Returns!"', US style '"Some Say,"'). */
const TITLE_END = ',.!?';
/** Verbs that mark a quotation as someone's words when they follow it ('"Many Are Angry," she said'). */
const SPEECH = new Set('say tell add ask shout reply insist explain declare claim tweet warn'.split(' '));

/** Nouns for a work that a title names: right before the opening mark, the quotation is that work's title. */
const WORKS = new Set('film films report book song show album play series novel poem'.split(' '));

/**
 * True when the quotation opening at `open` and closing at `close` is a remark: a colon before it ('He said:
 * "Many People Are Angry"') or a verb of saying after it, behind a comma ('"Many Are Angry," she said') or a
 * speaker ('"Many Are Angry" she said'). A title used as a subject has neither ('The report "Many Voices" warns
 * that ...'), and a work's noun right before the mark makes it a title whatever follows.
 */
function isRemark(t: readonly Token[], open: number, close: number): boolean {
  if (WORKS.has(t[open - 1]?.lower ?? '')) return false;
  if (isMark(t[open - 1], ':')) return true;
  const sentence = t[close].sentence;
  let from = close + 1;
  const comma = isMark(t[close - 1], ',') || isMark(t[from], ',');
  if (isMark(t[from], ',')) from++;
  // Without a comma only a speaker straight after the mark makes the verb's words a remark.
  if (!comma && !(t[from]?.pos === 'PRON' || t[from]?.pos === 'PROPN')) return false;
  for (let i = from; i <= from + 3 && i < t.length && t[i].sentence === sentence; i++) {
    if (SPEECH.has(t[i].lemma)) return true;
  }
  return false;
}

/** True when the token is a quotation mark: wink types the guillemets « » as unknown, not punctuation. */
function isQuote(t: Token | undefined): boolean {
  return t !== undefined && t.text.length === 1 && QUOTE_MARKS.includes(t.text);
}

/** True when the token may stand inside a title: a capitalised word or a small word. */
function fitsTitle(t: Token): boolean {
  return t.type === 'word' && (isCapitalised(t) || SMALL.has(t.lower));
}

/**
 * True when the hedge from `first` to `end` lies inside a quoted title of two or more capitalised words. Walks
 * forward at most REACH tokens to the closing mark, then back with names/quoted-title.ts (at most six words), so a
 * long line costs no more than a short one.
 */
export function namesQuotedTitle(doc: ParsedText, first: number, end: number): boolean {
  const t = doc.tokens;
  const sentence = t[first]?.sentence;
  if (sentence === undefined || !isCapitalised(t[first])) return false;
  let close = end;
  while (close < t.length && close - end < REACH && t[close].sentence === sentence && fitsTitle(t[close])) close++;
  // US style puts the title's comma or full stop inside the closing mark: the title's words end before it.
  const mark = isMark(t[close], TITLE_END) && t[close].sentence === sentence ? close + 1 : close;
  if (mark >= t.length || t[mark].sentence !== sentence || !isQuote(t[mark])) return false;
  const open = quotedTitleOpen(t, close, doc.sentences[sentence].firstToken, SMALL, isQuote);
  if (open < 0 || open >= first) return false;
  let capitals = 0;
  for (let i = open + 1; i < close; i++) if (isCapitalised(t[i])) capitals++;
  return capitals >= 2 && !isRemark(t, open, mark);
}
