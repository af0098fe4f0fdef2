/**
 * Literal phrase matching for the reader's own lists (custom terms, trusted source names). A phrase is split
 * into words and single punctuation marks, compared case-insensitively, so nothing in it is syntax: "C++",
 * "(r)" or "a.*b" match those characters and nothing else. Phrases sit in a trie by word, so a text is read
 * once and each position walks at most as many words as the longest phrase: linear in the text for any
 * number of phrases.
 */

/** A word or punctuation mark of a text, with its UTF-16 offsets. */
export interface PhraseToken {
  start: number;
  end: number;
  /** Lower-cased, curly apostrophes made straight. */
  key: string;
}

/** A match of phrase number `phrase` over [start, end) of the text. */
export interface PhraseMatch {
  phrase: number;
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The phrase that ends here, if any (the first one given when two are written the same). */
  phrase?: number;
}

// Letters, marks and digits form words; any other visible character stands alone, so word boundaries hold.
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Splits a text into words and punctuation marks with their offsets. */
export function phraseTokens(text: string): PhraseToken[] {
  const out: PhraseToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    out.push({ start: m.index, end: m.index + m[0].length, key: keyOf(m[0]) });
  }
  return out;
}

function keyOf(word: string): string {
  return word.toLowerCase().replace(/[\u2018\u2019\u02BC]/g, "'");
}

/** A set of literal phrases compiled for matching. */
export class PhraseSet {
  private readonly root: TrieNode = { next: new Map() };
  /** Adds a phrase under number `id`; returns false when it has no word or mark to match. */
  add(phrase: string, id: number): boolean {
    const words = phraseTokens(phrase);
    if (words.length === 0) return false;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w.key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w.key, child);
      }
      node = child;
    }
    node.phrase ??= id;
    return true;
  }

  /** Every position's longest match, in text order (overlapping matches are all returned). */
  matchTokens(tokens: readonly PhraseToken[]): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let node: TrieNode | undefined = this.root;
      let best: PhraseMatch | undefined;
      for (let j = i; j < tokens.length; j++) {
        node = node.next.get(tokens[j].key);
        if (!node) break;
        if (node.phrase !== undefined) best = { phrase: node.phrase, start: tokens[i].start, end: tokens[j].end };
      }
      if (best) out.push(best);
    }
    return out;
  }
}
