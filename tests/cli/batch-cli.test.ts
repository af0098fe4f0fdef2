import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { type BuiltCli, buildTestCli } from './helpers/cli-process.ts';
import { reportProblems } from './helpers/contract-shape.ts';

// Each test starts a Node process that loads the language model: slow on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let cli: BuiltCli;
beforeAll(async () => {
  cli = await buildTestCli('batch');
});
afterAll(() => cli.remove());

/** Runs `batch` and parses every output line (each must be JSON). */
async function batch(input: string) {
  const run = await cli.run(['batch'], { input });
  const lines = run.stdout === '' ? [] : run.stdout.replace(/\n$/, '').split('\n');
  return { ...run, outputs: lines.map((line) => JSON.parse(line)) };
}

describe('the batch protocol', () => {
  const texts = [
    'The mayor said the bridge will reopen in May.',
    'Experts warn that prices will soar.',
    'Prices rose 4% in March, the statistics office said.',
  ];
  const input = [
    JSON.stringify({ id: 'first', text: texts[0] }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'no-text' }),
    JSON.stringify({ id: 'number-text', text: 12 }),
    '',
    JSON.stringify({ id: 2, text: texts[1] }),
    '[1, 2, 3]',
    JSON.stringify({ id: 'last', text: texts[2] }),
  ].join('\n');

  test('writes one line per input line, in order, with ids kept and errors in place; exit 0', async () => {
    const run = await batch(`${input}\n`);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.outputs.map((o) => o.id)).toEqual(['first', null, 'no-text', 'number-text', null, 2, null, 'last']);
    expect(run.outputs.map((o) => ('error' in o ? 'error' : 'report'))).toEqual([
      'report',
      'error',
      'error',
      'error',
      'error',
      'report',
      'error',
      'report',
    ]);
    expect(run.outputs[1].error).toMatch(/^line 2 is not valid JSON/);
    expect(run.outputs[2].error).toBe('line 3 has no "text" field');
    expect(run.outputs[3].error).toBe('line 4 has a "text" that is a number, not a string');
    expect(run.outputs[4].error).toMatch(/^line 5 is blank/);
    expect(run.outputs[6].error).toMatch(/^line 7 is not a JSON object/);
    for (const [i, index] of [0, 5, 7].entries()) {
      expect(Object.keys(run.outputs[index])[0]).toBe('id');
      expect(reportProblems(run.outputs[index], texts[i])).toEqual([]);
    }
  });

  test('a last line without a newline is still read, and CRLF line ends are accepted', async () => {
    const run = await batch(input.replaceAll('\n', '\r\n'));
    expect(run.outputs.map((o) => o.id)).toEqual(['first', null, 'no-text', 'number-text', null, 2, null, 'last']);
  });

  test('empty input gives empty output and exit 0', async () => {
    expect(await batch('')).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  test('a byte-order mark before the first line is ignored', async () => {
    const run = await batch(`\uFEFF${JSON.stringify({ id: 'bom', text: texts[0] })}\n`);
    expect(run.outputs).toHaveLength(1);
    expect(run.outputs[0].error).toBeUndefined();
  });

  test('1,000 lines give 1,000 reports, in order', async () => {
    const lines = Array.from({ length: 1000 }, (_, i) =>
      JSON.stringify({ id: `n${i}`, text: `${texts[i % 3]} Line ${i} of the batch.` }),
    );
    const run = await batch(`${lines.join('\n')}\n`);
    expect(run.code).toBe(0);
    expect(run.outputs.map((o) => o.id)).toEqual(lines.map((_, i) => `n${i}`));
    expect(run.outputs.every((o) => o.error === undefined && o.schemaVersion === 1)).toBe(true);
  });

  test('standard input that cannot be read exits 2 with a message', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'sourcelight-batch-'));
    const writeOnly = openSync(join(scratch, 'out'), 'w'); // reading a write-only descriptor fails with EBADF
    try {
      const run = spawnSync(process.execPath, [cli.entry, 'batch'], {
        env: { ...process.env, SOURCELIGHT_CACHE_DIR: cli.cacheDir },
        stdio: [writeOnly, 'pipe', 'pipe'],
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^sourcelight: cannot read standard input: /);
    } finally {
      closeSync(writeOnly);
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
