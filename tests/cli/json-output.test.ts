import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { FORMATS } from '../../src/cli/formats.ts';
import { jsonPieces } from '../../src/cli/json-pieces.ts';
import { writePiecesToFile, writePiecesToStream } from '../../src/cli/write-output.ts';

const scratch = mkdtempSync(join(tmpdir(), 'sourcelight-json-out-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const joined = (value: unknown) => [...jsonPieces(value)].join('');

describe('jsonPieces joins to exactly what JSON.stringify(value, null, 2) writes', () => {
  test.each([
    ['an empty object', {}],
    ['an empty array and an empty object as values', { findings: [], score: {} }],
    ['nested arrays and objects', { a: [1, [2, [3, {}]], { b: { c: [] } }], d: 'x' }],
    ['line breaks, quotes and curly quotes inside strings', { findings: [{ text: 'one\ntwo "three" “four”\r\n' }] }],
    [
      'undefined, functions and symbols, left out or null',
      { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s'), 2], d: Symbol('t') },
    ],
    ['only undefined values', { a: undefined }],
    ['a top-level array', [{ a: 1 }, { b: [2] }]],
    ['a string, a number, null', 'text'],
    ['numbers', { n: [1.5, -0, 1e21, Number.NaN] }],
    ['a value with toJSON at the top', { when: new Date(0), findings: [{ a: 1 }] }],
    ['a value with toJSON inside the array', { findings: [new Date(0), { at: new Date(0) }] }],
    ['keys that are numbers or need escaping', { 2: 'b', 1: 'a', 'quote"key': [1], 'line\nkey': { x: [] } }],
    [
      'long arrays cut in batches, with toJSON, holes and undefined between them',
      {
        findings: Array.from({ length: 100 }, (_, i) =>
          i % 37 === 5 ? new Date(i) : i % 41 === 7 ? undefined : { i, s: `line\n${i}`, a: [i, { b: i }] },
        ),
        // biome-ignore lint/suspicious/noSparseArray: a hole is written as null, as JSON.stringify does
        holes: [1, , 3, ...Array.from({ length: 40 }, (_, i) => i)],
        tail: Array.from({ length: 64 }, (_, i) => ({ i })),
      },
    ],
  ])('%s', (_name, value) => {
    expect(joined(value)).toBe(JSON.stringify(value, null, 2));
  });

  test('a real report, with page metadata', () => {
    const text =
      'The minister said on Tuesday that “the plan will work”. Critics, who asked not to be named, disagreed.';
    const report = analyze(text);
    expect(report.findings.length).toBeGreaterThan(0);
    const input = { report, text, page: { title: 'T', url: 'https://example.test/' }, color: false };
    const json = FORMATS.json;
    expect([...(json.pieces?.(input) ?? [])].join('')).toBe(
      `${JSON.stringify({ ...report, page: input.page }, null, 2)}\n`,
    );
    expect(json.render(input)).toBe(`${JSON.stringify({ ...report, page: input.page }, null, 2)}\n`);
  });
});

describe('writing pieces', () => {
  const pieces = ['{"a": "', 'é'.repeat(100_000), '“x”', 'b'.repeat(300_000), '😀'.repeat(50_000), '"}', ''];
  test('to a file: UTF-8, in order, pieces larger than the buffer included, an old file replaced', () => {
    const path = join(scratch, 'out.json');
    writePiecesToFile(path, ['an older and longer file '.repeat(100_000)]);
    writePiecesToFile(path, pieces);
    expect(readFileSync(path, 'utf8')).toBe(pieces.join(''));
  });
  test('to a stream', async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    writePiecesToStream(stream, pieces);
    stream.end();
    await new Promise((done) => stream.on('end', done));
    expect(Buffer.concat(chunks).toString('utf8')).toBe(pieces.join(''));
  });
  test('a file that cannot be opened throws', () => {
    expect(() => writePiecesToFile(join(scratch, 'no/such/dir.json'), ['x'])).toThrow(/ENOENT/);
  });
});
