import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { asciiOnly, asciiOutputPlugin } from '../../scripts/ascii-output.ts';

/** Any character outside ASCII. */
const NON_ASCII = /[\u0080-\uffff]/;

/** Evaluates a JavaScript expression (the test's own source, never page text). */
const evaluate = (expression: string): unknown => new Function(`return (${expression});`)();

describe('asciiOnly writes the same program in ASCII', () => {
  test.each([
    ['a curly quote in a string', '"the mayor\u2019s aide"'],
    ['dashes in a regular expression class', '"north\u2013south \u2014 east".replace(/[\\-\u2013\u2014]/g, "|")'],
    ['an identity escape of a dash', '/^a\\\u2013b$/.test("a\u2013b")'],
    ['an astral character in a u-flag class', '/^[\u{1F600}x]$/u.test("\u{1F600}")'],
    ['an astral character without the u flag', '/^\u{1F600}$/.test("\u{1F600}")'],
    ['a template literal', '`caf\u00e9`'],
    ['an escaped backslash before the character', '"\\\\\u2013".length'],
    ['a letter in an identifier', '(() => { const caf\u00e9 = 3; return caf\u00e9 * 2; })()'],
  ])('%s', (_name, source) => {
    const ascii = asciiOnly(source);
    expect(ascii).not.toMatch(NON_ASCII);
    expect(evaluate(ascii)).toEqual(evaluate(source));
  });
});

describe('asciiOnly leaves alone', () => {
  test.each([
    ['plain ASCII code', 'const a = "x\\u2013y"; /[a-z]/.test(a);'],
    ['an escape already written as one', '"\\u2019"'],
    ['an empty file', ''],
  ])('%s', (_name, source) => {
    expect(asciiOnly(source)).toBe(source);
  });
});

test('the plugin rewrites what the build wrote, which esbuild leaves with a dash in a regular expression', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-ascii-'));
  try {
    const outfile = join(dir, 'out.js');
    const options = {
      stdin: { contents: 'globalThis.dashes = /[\u2013\u2014]/g;' },
      bundle: true,
      metafile: true,
      outfile,
      logLevel: 'silent',
    } as const;
    await build(options);
    expect(readFileSync(outfile, 'utf8')).toMatch(NON_ASCII);
    await build({ ...options, plugins: [asciiOutputPlugin()] });
    expect(readFileSync(outfile, 'utf8')).not.toMatch(NON_ASCII);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
