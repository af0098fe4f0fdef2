/** The words of a text with their offsets, and whole-word look-ups of a word list in them (for the baselines). */

/** A word of the text: lower-cased, with its UTF-16 span. */
export interface Word {
  lower: string;
  start: number;
  end: number;
  /** Whether it begins with a capital letter. */
  capital: boolean;
}

/** Letters, digits and inner apostrophes or hyphens make a word; anything else separates words. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of `text`, in order. */
export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    lower: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
    capital: /^\p{Lu}/u.test(m[0]),
  }));
}

/** A span of the text that a list entry matched, and the entry. */
export interface ListHit {
  entry: string;
  start: number;
  end: number;
  /** Index of the first matched word. */
  word: number;
}

/**
 * Every place an entry of `list` (lower-case, one to three words) matches whole words of `words`, longest first
 * at each word; `variants` maps a word to the forms to look up (its inflections), the word itself when absent.
 */
export function findListed(
  words: readonly Word[],
  list: ReadonlySet<string>,
  variants: (word: string) => string[] = (w) => [w],
): ListHit[] {
  const hits: ListHit[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 3; n >= 1; n--) {
      if (i + n > words.length) continue;
      const head = words
        .slice(i, i + n - 1)
        .map((w) => w.lower)
        .join(' ');
      const last = words[i + n - 1];
      const entry = variants(last.lower)
        .map((form) => (head ? `${head} ${form}` : form))
        .find((candidate) => list.has(candidate));
      if (entry === undefined) continue;
      hits.push({ entry, start: words[i].start, end: last.end, word: i });
      i += n - 1;
      break;
    }
  }
  return hits;
}
