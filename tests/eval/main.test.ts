import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../scripts/eval/args.ts';
import { type Io, main } from '../../scripts/eval/main.ts';
import { dataFolder, jsonl, markingAnalyzer } from './helpers.ts';

function capture(env: NodeJS.ProcessEnv = {}, analyzer = markingAnalyzer([])) {
  const out: string[] = [];
  const err: string[] = [];
  // A root with no ../shared/data beside it, so the default data folder is absent unless --data names one.
  const root = join(dataFolder({}), 'repo');
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), env, analyzer, root };
  return { io, out, err, text: () => [...out, ...err].join('\n') };
}

const babeRows = jsonl([
  { id: '1', text: 'A shameful vote.', label: 'biased' },
  { id: '2', text: 'A vote held today.', label: 'non_biased' },
]);

describe('parseArgs', () => {
  test('reads repeatable sets and values', () => {
    const args = parseArgs(['--set', 'ptc', '--set', 'babe', '--json', 'out.json', '--check-floors', '--limit', '3']);
    expect(args).toMatchObject({ sets: ['ptc', 'babe'], json: 'out.json', checkFloors: true, limit: 3 });
  });

  test.each([
    [['--set'], '--set needs a value'],
    [['--data', '--set', 'x'], '--data needs a value'],
    [['--limit', 'many'], '--limit needs a whole number'],
    [['--colour'], 'unknown option --colour'],
  ])('%o is refused: %s', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('main', () => {
  test('without the default data folder: a notice and exit 0, even with --check-floors', () => {
    const io = capture();
    expect(main(['--check-floors'], io.io)).toBe(0);
    expect(io.text()).toMatch(/no evaluation data at .*shared\/data .*nothing measured/);
  });

  test('in CI a floor check without the data fails rather than passing unmeasured', () => {
    const io = capture({ CI: 'true' });
    expect(main(['--check-floors'], io.io)).toBe(1);
    expect(io.text()).toMatch(/--check-floors in CI, but the data folder .* is absent/);
  });

  test.each([
    [['--data', '/nonexistent/sourcelight-data'], {}],
    [[], { SOURCELIGHT_DATA: '/nonexistent/sourcelight-data' }],
  ])('a data folder named by %o %o that does not exist is an error', (argv, env) => {
    const io = capture(env);
    expect(main(argv, io.io)).toBe(2);
    expect(io.text()).toMatch(/data folder \/nonexistent\/sourcelight-data does not exist/);
  });

  test('a named set that does not exist is refused with the list of sets', () => {
    const dir = dataFolder({});
    const io = capture();
    expect(main(['--data', dir, '--set', 'nope'], io.io)).toBe(2);
    expect(io.text()).toMatch(/unknown set "nope"; sets: ptc, babe/);
  });

  test('prints the figure beside its baseline and targets, and writes JSON', () => {
    const dir = dataFolder({ 'babe/dev.jsonl': babeRows });
    const io = capture({}, markingAnalyzer([['shameful', { kind: 'rhetoric', technique: 'loaded-language' }]]));
    const json = join(dir, 'out.json');
    expect(main(['--data', dir, '--set', 'babe', '--json', json, '--floors', join(dir, 'f.json')], io.io)).toBe(0);
    expect(io.text()).toMatch(/babe\/macro-f1\s+macro-F1 biased \/ non-biased\s+1\.000\s+0\.37\s+>= 0\.60\s+>= 0\.72/);
    expect(JSON.parse(readFileSync(json, 'utf8')).figures).toEqual({ 'babe/macro-f1': 1 });
  });

  test('--check-floors fails with a clear message when a figure drops below its floor', () => {
    const dir = dataFolder({ 'babe/dev.jsonl': babeRows });
    const floorsPath = join(dir, 'floors.json');
    writeFileSync(floorsPath, JSON.stringify({ floors: { 'babe/macro-f1': 0.9 }, ceilings: {} }));
    const io = capture();
    expect(main(['--data', dir, '--check-floors', '--floors', floorsPath], io.io)).toBe(1);
    expect(io.text()).toMatch(/floor check FAILED:\n\s+babe\/macro-f1: 0\.333 is below its floor 0\.9/);
  });

  test('--write-floors records floors under the measured figures', () => {
    const dir = dataFolder({ 'babe/dev.jsonl': babeRows });
    const floorsPath = join(dir, 'floors.json');
    const io = capture({}, markingAnalyzer([['shameful', { kind: 'rhetoric', technique: 'loaded-language' }]]));
    expect(main(['--data', dir, '--write-floors', '--floors', floorsPath], io.io)).toBe(0);
    expect(JSON.parse(readFileSync(floorsPath, 'utf8')).floors).toEqual({ 'babe/macro-f1': 0.98 });
  });

  test('an engine crash on one record is reported and fails the floor check, the other records still count', () => {
    const dir = dataFolder({ 'babe/dev.jsonl': babeRows });
    const io = capture();
    io.io.analyzer = (text) => {
      if (text.includes('shameful')) throw new Error('boom');
      return markingAnalyzer([])(text);
    };
    expect(main(['--data', dir, '--check-floors', '--floors', join(dir, 'none.json')], io.io)).toBe(1);
    expect(io.text()).toMatch(/babe: the engine threw on 1: boom/);
  });

  test('--check-bands fails when high-confidence findings are less precise than all findings', () => {
    const rows = jsonl([
      { id: '1', text: 'A shameful vote.', label: 'biased' },
      { id: '2', text: 'A vote held today.', label: 'non_biased' },
    ]);
    const dir = dataFolder({ 'babe/dev.jsonl': rows });
    // The right flag has low confidence, the wrong one high: confidence means the opposite of what it should.
    const analyzer = markingAnalyzer([
      ['shameful', { kind: 'rhetoric', technique: 'loaded-language', confidence: 0.3 }],
      ['today', { kind: 'rhetoric', technique: 'loaded-language', confidence: 0.9 }],
    ]);
    const argv = ['--data', dir, '--floors', join(dir, 'none.json')];
    expect(main(argv, capture({}, analyzer).io)).toBe(0);
    const io = capture({}, analyzer);
    expect(main([...argv, '--check-bands'], io.io)).toBe(1);
    expect(io.text()).toMatch(/babe biased: precision at confidence >= 0\.7 is 0\.000, below 0\.500 for all findings/);
  });

  test('with --check-floors, a set whose file is missing fails instead of passing unmeasured', () => {
    const dir = dataFolder({ 'babe/dev.jsonl': babeRows });
    const floors = ['--floors', join(dir, 'none.json')];
    expect(main(['--data', dir, '--set', 'ptc', ...floors], capture().io)).toBe(0);
    const io = capture();
    expect(main(['--data', dir, '--set', 'ptc', '--check-floors', ...floors], io.io)).toBe(1);
    expect(io.text()).toMatch(/floor check FAILED:\n\s+ptc: .*ptc\/dev\.jsonl not found/);
  });

  test('a malformed floors file is named, not a stack trace', () => {
    const dir = dataFolder({ 'babe/dev.jsonl': babeRows, 'f.json': '{' });
    const io = capture();
    expect(main(['--data', dir, '--floors', join(dir, 'f.json')], io.io)).toBe(2);
    expect(io.text()).toMatch(/eval: .*f\.json: not valid JSON/);
  });

  test('a malformed line stops that set with the file and line number', () => {
    const dir = dataFolder({ 'babe/dev.jsonl': `${babeRows}\n{oops` });
    const io = capture();
    expect(main(['--data', dir, '--set', 'babe'], io.io)).toBe(1);
    expect(io.text()).toMatch(/babe\/dev\.jsonl:3: not valid JSON/);
  });

  test('--errors lists false positives and false negatives of one set', () => {
    const dir = dataFolder({ 'babe/dev.jsonl': babeRows });
    const io = capture({}, markingAnalyzer([['today', { kind: 'rhetoric', technique: 'loaded-language' }]]));
    expect(main(['--data', dir, '--errors', 'babe'], io.io)).toBe(0);
    expect(io.text()).toMatch(/FALSE POSITIVES \(1\)\n\s+test\/today: 1\n\s+2\s+A vote held \[today\]\./);
    expect(io.text()).toMatch(/FALSE NEGATIVES \(1\)\n\s+biased: 1/);
  });
});
