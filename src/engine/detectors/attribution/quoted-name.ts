/** A name in quotation marks standing as a speaker: 'The group “Harbour Watch” said'. */
import type { ParsedText } from '../../nlp.ts';
import type { Phrase } from '../../names/phrase.ts';
import { isCapitalised, isMark, QUOTE_MARKS } from '../../names/tokens.ts';

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
  let open = close - 1;
  while (open > floor && close - open <= 6 && !isMark(t[open], QUOTE_MARKS)) open--;
  // The name follows what it names ("the group", "called"), not a preposition ("fans of “The Tides”" are the speakers).
  const before = t[open - 1];
  if (
    !isMark(t[open], QUOTE_MARKS) ||
    open === close - 1 ||
    open - 1 < floor ||
    !INTRODUCING_TAGS.has(before?.pos ?? '')
  )
    return undefined;
  for (let k = open + 1; k < close; k++) {
    if (!isCapitalised(t[k]) && !NAME_SMALL_WORDS.has(t[k].lower)) return undefined;
  }
  return isCapitalised(t[open + 1]) ? { first: open + 1, end: close } : undefined;
}
