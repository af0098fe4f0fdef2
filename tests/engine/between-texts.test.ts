/**
 * One process analyses many texts (the extension, `sourcelight batch`): each text must get the findings it gets
 * alone. Module caches keyed by less than their whole input leaked one text's reading into the next: "nt" alone is
 * lower-cased "nt", inside "wont" wink reads it "not", and a forms cache keyed by text and lemma answered the second
 * with the first's forms. "Alone" here is a fresh copy of the engine's modules. Sentences are our own.
 */
import { describe, expect, test, vi } from 'vitest';
import { gateTexts } from './gates-corpus.ts';

type Analyze = typeof import('../../src/engine/analyze.ts').analyze;

/** A fresh engine: its module-level caches empty, as in a new process. */
async function freshAnalyze(): Promise<Analyze> {
  vi.resetModules();
  return (await import('../../src/engine/analyze.ts')).analyze;
}

/** Texts that teach wink new words or split contractions other ways before the text under test. */
const EARLIER = [
  'nt.',
  'wo nt.',
  "They won't. They wont. They dont. Cant, shant, aint.",
  'Zorblax and Quindelle met the Frobnicators at Vexmoor Quay.',
  'NT. WONT. Wo. Nt, nt; nt!',
];

const TEXTS = [
  'Critics of the new ferry timetable are wont to claim it loses money.',
  'Even if Mayor Hale is “faltering” as his rivals are wont to claim, his voters won’t vanish in May.',
  'The harbour board wont claim the quay is unsafe, a spokesman for the board said.',
];

describe('a text gets the same findings whatever was analysed before it', () => {
  test('the texts first, then the teaching texts; and the other way round', async () => {
    // Two fresh engines (a model load each): one reads the texts first, the other after the teaching texts.
    const textsFirst = await freshAnalyze();
    const before = TEXTS.map((text) => textsFirst(text).findings);
    const earlierAfter = EARLIER.map((text) => textsFirst(text).findings);
    const earlierFirst = await freshAnalyze();
    const earlierAlone = EARLIER.map((text) => earlierFirst(text).findings);
    const after = TEXTS.map((text) => earlierFirst(text).findings);
    expect(after).toEqual(before);
    expect(earlierAfter).toEqual(earlierAlone);
    // The invented texts do carry findings (the test would pass vacuously on none).
    expect(before.every((found) => found.length > 0)).toBe(true);
  }, 60_000);

  test('the texts above and every test table sentence with its variants, forwards and in reverse order', async () => {
    // The texts above, then every other text of the gate corpus (gates-corpus.ts: its sentences joined a dozen a
    // text, a third of them to keep two full analyses short), each read by one fresh engine in each direction.
    const texts = [...EARLIER, ...TEXTS, ...gateTexts().filter((_, k) => k % 3 === 0)];
    const forwards = await freshAnalyze();
    const inOrder = texts.map((text) => JSON.stringify(forwards(text)));
    const backwards = await freshAnalyze();
    const reversed = texts.map((_, k) => JSON.stringify(backwards(texts[texts.length - 1 - k]))).reverse();
    expect(reversed.flatMap((r, k) => (r === inOrder[k] ? [] : [`${r}\n  forwards: ${inOrder[k]}`]))).toEqual([]);
  }, 60_000);
});
