/**
 * The claim features read what a word alone decides from one memo per distinct word (claims/word-facts.ts), and take
 * the estimate test's first check (the word before ends an approximator) from the previous word's memo instead of
 * asking isEstimate at every token. Here a fresh copy of the engine reads every word afresh and asks isEstimate
 * itself at every token, and every sentence of our test tables and their variants (gates-corpus.ts) must get the same
 * features as from the memo and its gate.
 */
import { describe, expect, test, vi } from 'vitest';
import type * as Estimate from '../../src/engine/detectors/claims/estimate.ts';
import { sentenceFeatures } from '../../src/engine/detectors/claims/features.ts';
import type * as WordFactsModule from '../../src/engine/detectors/claims/word-facts.ts';
import { hasDigit, wordFactsReader } from '../../src/engine/detectors/claims/word-facts.ts';
import { type ParsedText, parse } from '../../src/engine/nlp.ts';
import { gateTexts } from './gates-corpus.ts';

type Features = typeof sentenceFeatures;

const WORD_FACTS = '../../src/engine/detectors/claims/word-facts.ts';
const ESTIMATE = '../../src/engine/detectors/claims/estimate.ts';

const DOCS: ParsedText[] = gateTexts().map((text) => parse(text));

/** Every sentence's features, as detectClaims asks for them (the entity index walked along). */
function features(read: Features): string[] {
  const out: string[] = [];
  for (const doc of DOCS) {
    let entity = 0;
    for (const s of doc.sentences) {
      while (entity < doc.entities.length && doc.entities[entity].end <= s.start) entity++;
      out.push(`${s.text}\n${JSON.stringify(read(doc, s, entity))}`);
    }
  }
  return out;
}

/** Fresh modules whose word facts are worked out at every token (a new reader per word) with the estimate gate open. */
async function plainFeatures(): Promise<Features> {
  vi.resetModules();
  vi.doMock(WORD_FACTS, async (importOriginal) => {
    const real = await importOriginal<typeof WordFactsModule>();
    // No memo: each word read by a reader of its own. Every word may end an approximator: isEstimate decides below.
    const fresh: typeof real.wordFactsReader = (table) => (lower) => ({ ...real.wordFactsReader(table)(lower), approximatorEnd: true });
    return { ...real, wordFactsReader: fresh };
  });
  vi.doMock(ESTIMATE, async (importOriginal) => {
    const real = await importOriginal<typeof Estimate>();
    return { ...real, isEstimateAfter: real.isEstimate };
  });
  const read = (await import('../../src/engine/detectors/claims/features.ts')).sentenceFeatures;
  vi.doUnmock(WORD_FACTS);
  vi.doUnmock(ESTIMATE);
  return read;
}

describe('claim word facts agree with a fresh reading', () => {
  test('features from the memo and the estimate gate equal a fresh reading at every token', async () => {
    const memo = features(sentenceFeatures);
    const plain = features(await plainFeatures());
    expect(memo.length).toBeGreaterThan(3000);
    // The corpus does exercise the gate: some sentences hold an estimate.
    expect(memo.filter((f) => f.includes('"estimate":true')).length).toBeGreaterThan(20);
    expect(memo.flatMap((f, k) => (f === plain[k] ? [] : [`${f}\n  fresh: ${plain[k]}`]))).toEqual([]);
  }, 60_000);

  test('hasDigit answers as /\\d/ does, on the corpus words and on digits of other scripts', () => {
    const words = new Set(DOCS.flatMap((doc) => doc.tokens.map((t) => t.lower)));
    for (const w of ['\u0663\u0664', '\uff17', '\u00b2', 'x9', '0']) words.add(w);
    for (const w of words) expect(hasDigit(w), w).toBe(/\d/.test(w));
  });

  test('a memo past its size limit still answers as a fresh reader', () => {
    const table = new Map([['w7', { mark: 1 }]]) as unknown as Parameters<typeof wordFactsReader>[0];
    const memo = wordFactsReader(table);
    const fresh = (w: string) => wordFactsReader(table)(w);
    // More distinct words than the memo keeps, twice (the memo emptied on the way): each answer as a fresh reader's.
    const wrong: string[] = [];
    for (let round = 0; round < 2; round++) {
      for (let k = 0; k < 60_000; k++) {
        const w = k % 1000 === 999 ? 'about' : `w${k}`;
        const a = memo(w);
        const b = fresh(w);
        if (a.info !== b.info || a.digit !== b.digit || a.approximatorEnd !== b.approximatorEnd) wrong.push(w);
      }
    }
    expect(wrong).toEqual([]);
    expect(memo('w7').info).toBe(table.get('w7'));
    expect(memo('about').approximatorEnd).toBe(true);
  });
});
