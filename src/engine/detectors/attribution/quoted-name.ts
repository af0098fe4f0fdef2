/** A name in quotation marks standing as a speaker: 'The group “Harbour Watch” said'. */
import type { ParsedText } from '../../nlp.ts';
import type { Phrase } from '../../names/phrase.ts';
import { quotedTitleOpen } from '../../names/quoted-title.ts';
import { isMark, QUOTE_MARKS } from '../../names/tokens.ts';

/** Words a name in title case may hold uncapitalised: "Friends of the Earth". */
const NAME_SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);
/** Tags of the word before a quoted name: a noun it names ("the group") or a naming verb ("called"). */
const INTRODUCING_TAGS = new Set(['NOUN', 'PROPN', 'VERB']);

/**
 * 'The group “Harbour Watch” said', 'a paper called “The Local” cited': a name in quotation marks right before the
 * verb, after the words that introduce it. A quotation opening the sentence ('“Stop The Cuts” said the banner') is
 * someone's words, not a name, and stays with the inverted speaker.
 */
export function quotedName(doc: ParsedText, close: number, floor: number): Phrase | undefined {
  const t = doc.tokens;
  if (!isMark(t[close], QUOTE_MARKS) || t[close - 1]?.end !== t[close].start) return undefined;
  const open = quotedTitleOpen(t, close, floor, NAME_SMALL_WORDS, (w) => isMark(w, QUOTE_MARKS));
  // The name follows what it names ("the group", "called"), not a preposition ("fans of “The Tides”" are the speakers).
  if (open < 0 || open - 1 < floor || !INTRODUCING_TAGS.has(t[open - 1]?.pos ?? '')) return undefined;
  return { first: open + 1, end: close };
}
