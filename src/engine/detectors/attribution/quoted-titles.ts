/**
 * Titles in quotation marks: 'the sitcom “Harbour Lights”', 'a book titled “Salt Roads”'. Marks around a show's, a
 * book's or a song's name tell the reader where the name starts and ends; nobody is being quoted.
 */
import type { ParsedText } from '../../nlp.ts';
import { isCapitalised, isMark } from '../../names/tokens.ts';

/** Nouns for works with a name and the verbs that give one: the word right before a title in marks. */
const TITLE_CUES: ReadonlySet<string> = new Set([
  ...['style', 'version', 'remake', 'sequel', 'cast', 'set', 'star', 'host'],
  ...['show', 'series', 'sitcom', 'drama', 'film', 'movie', 'documentary', 'book', 'novel', 'memoir', 'song', 'album'],
  ...['single', 'anthem', 'hymn', 'carol', 'tune', 'play', 'musical', 'opera', 'episode', 'segment', 'program'],
  ...['programme', 'podcast', 'column', 'poem', 'painting', 'game', 'clip', 'thriller', 'comedy', 'biopic'],
  ...['titled', 'entitled', 'dubbed', 'nicknamed'],
]);

/** Small words a title leaves in lower case ('Tales of the Sea'). */
const SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'from', 'with', 'by']);

/**
 * True when the quotation [a, b) of tokens (its marks included) is a title: every word but the small ones starts
 * with a capital, and a work's noun or a naming verb stands right before the opening mark (a comma between allowed).
 */
export function isQuotedTitle(doc: ParsedText, a: number, b: number): boolean {
  const t = doc.tokens;
  let k = a - 1;
  if (k >= 0 && isMark(t[k], ',')) k--;
  // "to the tune of “Ostby Morning”", "an episode of “Top of the Town”": the work's noun stands before "of".
  if (t[k]?.lower === 'of' && TITLE_CUES.has(t[k - 1]?.lower ?? '')) k--;
  if (k < 0 || !TITLE_CUES.has(t[k].lower)) return false;
  let words = 0;
  for (let i = a; i < b; i++) {
    if (t[i].type !== 'word') continue;
    if (words > 0 && SMALL.has(t[i].lower)) continue;
    if (!isCapitalised(t[i])) return false;
    words++;
  }
  return words > 0;
}
