import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BASELINES, findBaseline } from '../../scripts/eval/baselines/index.ts';
import { readLexicon } from '../../scripts/eval/baselines/lexicon-file.ts';
import { biasLexiconMatcher } from '../../scripts/eval/baselines/lexicon-matcher.ts';
import { baseForms, reportVerbOrNumber } from '../../scripts/eval/baselines/report-verb-or-number.ts';
import { retextIntensifyBaseline, writeGoodBaseline } from '../../scripts/eval/baselines/style-checkers.ts';
import { findListed, wordsOf } from '../../scripts/eval/baselines/words.ts';
import { type Io, main } from '../../scripts/eval/main.ts';
import { SETS } from '../../scripts/eval/sets/index.ts';
import { dataFolder, jsonl, markingAnalyzer } from './helpers.ts';

/** A data folder with our own tiny word lists in place of the real lexicons. */
const lexicons = () =>
  dataFolder({
    'lexicons/report_verbs.txt': '# report verbs, for the test\nsay\nreport\n\nwarn\n',
    'lexicons/npov_lexicon.txt': 'shameful\nso-called\nstaggering\n',
  });

describe('findListed', () => {
  const list = new Set(['according to', 'say', 'so-called']);
  test.each([
    ['according to the mayor', ['according to']],
    ['They SAY so', ['say']],
    ['the so-called plan', ['so-called']],
    ['accordingly, nothing', []],
    ['essay', []],
  ])('%j matches %j', (text, entries) => {
    expect(findListed(wordsOf(text), list).map((h) => h.entry)).toEqual(entries);
  });

  test('the spans are the matched words', () => {
    const text = 'It is, according to him, fine.';
    const [hit] = findListed(wordsOf(text), list);
    expect(text.slice(hit.start, hit.end)).toBe('according to');
  });
});

describe('baseForms', () => {
  test.each([
    ['reports', 'report'],
    ['reported', 'report'],
    ['warning', 'warn'],
    ['said', 'say'],
    ['denies', 'deny'],
    ['noted', 'note'],
  ])('%s may be %s', (word, base) => {
    expect(baseForms(word)).toContain(base);
  });
});

describe('report-verb-or-number', () => {
  test('the list as written: "say" is found, "said" is not; a number alone makes a statistical claim', () => {
    const analyse = reportVerbOrNumber(lexicons());
    expect(analyse('Officials say the dam is safe.').findings.map((f) => f.kind)).toEqual(['claim', 'attribution']);
    expect(analyse('Officials said the dam is safe.').findings).toEqual([]);
    const [claim] = analyse('The dam holds 40 tonnes.').findings;
    expect(claim).toMatchObject({ kind: 'claim', claimType: 'statistical', start: 0, end: 24 });
  });

  test('inflected: "said" counts; a capitalised word just before the verb makes it named', () => {
    const analyse = reportVerbOrNumber(lexicons(), true);
    const sources = (text: string) =>
      analyse(text).findings.flatMap((f) => (f.kind === 'attribution' ? [f.source] : []));
    expect(sources('The engineer Ana Ruiz said it holds.')).toEqual(['named']);
    expect(sources('Some engineers reported that it holds.')).toEqual(['vague']);
    expect(sources('Nothing here.')).toEqual([]);
  });
});

describe('bias-lexicon', () => {
  test('every listed word is loaded language, ids in text order', () => {
    const { findings } = biasLexiconMatcher(lexicons())('A shameful, so-called deal; staggering.');
    expect(findings.map((f) => [f.id, f.text])).toEqual([
      ['f1', 'shameful'],
      ['f2', 'so-called'],
      ['f3', 'staggering'],
    ]);
    expect(findings.every((f) => f.kind === 'rhetoric' && f.technique === 'loaded-language')).toBe(true);
  });

  test('a missing lexicon is a clear error', () => {
    expect(() => readLexicon(dataFolder({}), 'npov_lexicon.txt')).toThrow(/needs .*npov_lexicon\.txt/);
  });
});

describe('style checkers', () => {
  test.each([
    ['retext-intensify', retextIntensifyBaseline()],
    ['write-good', writeGoodBaseline()],
  ])('%s turns its messages into hedges on their spans', (_, analyse) => {
    const text = 'It is very likely that some experts may be somewhat right.';
    const { findings } = analyse(text);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f).toMatchObject({ kind: 'rhetoric', technique: 'hedge' });
      expect(text.slice(f.start, f.end)).toBe(f.text);
    }
  });
});

describe('eval --baseline', () => {
  function run(argv: string[], dir: string) {
    const lines: string[] = [];
    const io: Io = {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
      env: {},
      analyzer: markingAnalyzer([]),
      root: dir,
    };
    return { status: main(argv, io), text: lines.join('\n') };
  }

  test("measures the baseline on its sets, without the engine's floors", () => {
    const dir = lexicons();
    const data = dataFolder({
      'lexicons/npov_lexicon.txt': 'shameful\n',
      'babe/dev.jsonl': jsonl([
        { id: '1', text: 'A shameful vote.', label: 'biased' },
        { id: '2', text: 'A vote held today.', label: 'non_biased' },
      ]),
    });
    // A floor no figure could reach: the engine's run would be below it; the baseline's is not compared with it.
    mkdirSync(join(dir, 'scripts/eval'), { recursive: true });
    writeFileSync(
      join(dir, 'scripts/eval/floors.json'),
      JSON.stringify({ floors: { 'babe/macro-f1': 1.5 }, ceilings: {} }),
    );
    const engine = run(['--data', data, '--set', 'babe'], dir);
    expect(engine.text).toMatch(/BELOW FLOOR/);
    const { status, text } = run(['--data', data, '--baseline', 'bias-lexicon', '--set', 'babe'], dir);
    expect(status).toBe(0);
    expect(text).toMatch(/measuring the baseline bias-lexicon/);
    expect(text).toMatch(/babe\/macro-f1 .* 1\.000/);
    expect(text).not.toMatch(/FLOOR|1\.5/);
  });

  test.each([
    [['--baseline', 'nope'], /unknown baseline "nope"; baselines: bias-lexicon/],
    [['--baseline', 'write-good', '--check-floors'], /the floors are the engine's/],
  ])('%o is refused', (argv, message) => {
    const { status, text } = run(['--data', lexicons(), ...argv], lexicons());
    expect(status).toBe(2);
    expect(text).toMatch(message);
  });

  test.each(BASELINES.map((b) => b.name))('%s names sets the evaluation has', (name) => {
    const sets = findBaseline(name).sets;
    expect(sets.length).toBeGreaterThan(0);
    for (const set of sets) expect(SETS.map((s) => s.name)).toContain(set);
  });
});
