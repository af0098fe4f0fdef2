/**
 * Builds the benchmark's inputs: news-like texts of an exact word count, short one-sentence lines and long
 * articles, all from the bundled sample (the user's own) and our invented prose, never from dataset text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { INVENTED_PARAGRAPHS } from './prose.ts';

const SAMPLE_PATH = resolve(import.meta.dirname, '../../samples/north-waziristan-raid.txt');

/** The paragraphs every input is cut from: the bundled sample's, then the invented ones. */
export function sourceParagraphs(samplePath = SAMPLE_PATH): string[] {
  const sample = readFileSync(samplePath, 'utf8')
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return [...sample, ...INVENTED_PARAGRAPHS];
}

/** Words as the benchmark counts them: runs of non-space characters (the per-1,000-words unit). */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Cuts a paragraph after its n-th word and closes the sentence, so the text ends like prose. */
function firstWords(paragraph: string, n: number): string {
  const words = [...paragraph.matchAll(/\S+/g)];
  const last = words[n - 1];
  const cut = paragraph.slice(0, (last.index ?? 0) + last[0].length);
  return /[.!?”"]$/.test(cut) ? cut : `${cut.replace(/[,;:]$/, '')}.`;
}

/** A news-like text of exactly `words` words: paragraphs in turn, joined by blank lines, the last one cut. */
export function newsText(words: number, paragraphs = sourceParagraphs()): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const paragraph = paragraphs[i % paragraphs.length];
    const n = countWords(paragraph);
    out.push(count + n <= words ? paragraph : firstWords(paragraph, words - count));
    count += Math.min(n, words - count);
  }
  return out.join('\n\n');
}

/** The sentences of the source paragraphs, for the "many short lines" batch input. */
export function shortLines(count: number, paragraphs = sourceParagraphs()): string[] {
  // A rough splitter is enough here: the lines only need to be short and sentence-like.
  const sentences = paragraphs.flatMap((p) => p.split(/(?<=[.!?”])\s+(?=[A-Z“])/));
  return Array.from({ length: count }, (_, i) => sentences[i % sentences.length]);
}

/** Long articles for the batch input: each starts at a different paragraph so no two are identical. */
export function longArticles(count: number, wordsEach: number, paragraphs = sourceParagraphs()): string[] {
  return Array.from({ length: count }, (_, i) => {
    const rotated = [...paragraphs.slice(i % paragraphs.length), ...paragraphs.slice(0, i % paragraphs.length)];
    return newsText(wordsEach, rotated);
  });
}
