import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { type BuiltCli, buildTestCli, root } from './helpers/cli-process.ts';
import { reportProblems } from './helpers/contract-shape.ts';

// Each test starts a Node process that loads the language model: slow on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let cli: BuiltCli;
const scratch = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
const sample = join(root, 'samples/north-waziristan-raid.txt');
const harbour = join(root, 'tests/fixtures/cli/harbour-article.html');
const inScratch = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(async () => {
  cli = await buildTestCli('analyze');
});
afterAll(async () => {
  await cli.remove();
  rmSync(scratch, { recursive: true, force: true });
});

describe('help and version', () => {
  test('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(await cli.run(['--version'])).toEqual({ code: 0, stdout: `sourcelight ${version}\n`, stderr: '' });
  });
  test.each([
    [['--help'], /sourcelight analyze \[FILE\|-\]/],
    [['analyze', '--help'], /--format NAME[\s\S]*text {4}a readable report[\s\S]*json {4}the Report/],
    [['batch', '--help'], /one object \{"id": \.\.\., "text": "\.\.\."\}/],
  ])('%j prints help on standard output', async (args, pattern) => {
    const run = await cli.run(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(pattern);
    expect(run.stdout).toMatch(/Exit codes:/);
  });
  test('no command at all prints help on standard error and fails', async () => {
    const run = await cli.run([]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/Usage:/);
  });
});

describe('bad input gets a clear message and exit code 2, never a stack trace', () => {
  test.each([
    ['a missing file', () => ['analyze', join(scratch, 'nope.txt')], '', /cannot read ".*nope\.txt": no such file/],
    ['a directory', () => ['analyze', scratch], '', /cannot read ".*": it is a directory, not a file/],
    ['an empty file', () => ['analyze', inScratch('empty.txt', '')], '', /empty\.txt is empty/],
    ['a file of blank lines', () => ['analyze', inScratch('blank.txt', '\n\n  \n')], '', /blank\.txt is empty/],
    ['empty standard input', () => ['analyze', '-'], '', /standard input is empty/],
    [
      'a binary file',
      () => [
        'analyze',
        inScratch('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
      ],
      '',
      /image\.png does not look like text \(it contains NUL bytes\)/,
    ],
    [
      'binary on standard input',
      () => ['analyze'],
      '\u0000\u0001\u0002binary',
      /standard input does not look like text/,
    ],
    [
      'HTML with no article text',
      () => ['analyze', inScratch('empty.html', '<html><body><script>x()</script></body></html>')],
      '',
      /empty\.html is HTML with no article text/,
    ],
    ['an unknown option', () => ['analyze', sample, '--colour'], '', /unknown option "--colour" for analyze/],
    [
      'an unknown format',
      () => ['analyze', sample, '--format', 'pdf'],
      '',
      /unknown format "pdf": choose one of text, json/,
    ],
    ['an unknown command', () => ['analyse', sample], '', /unknown command "analyse"/],
    [
      'an output file that cannot be written',
      () => ['analyze', sample, '-o', join(scratch, 'no/such/dir/out.txt')],
      '',
      /cannot write ".*out\.txt"/,
    ],
  ])('%s', async (_name, args, input, message) => {
    const run = await cli.run(args(), { input });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^sourcelight: (\\S*/)?${message.source}`));
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test.skipIf(process.getuid?.() === 0)('an unreadable file (skipped as root, who can read anything)', async () => {
    const path = inScratch('secret.txt', 'Officials said so.');
    chmodSync(path, 0o000);
    const run = await cli.run(['analyze', path]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/permission denied/);
  });
});

describe('plain text', () => {
  test('the text report has no escape codes when standard output is not a terminal', async () => {
    const run = await cli.run(['analyze', sample]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Sourcelight \S+ · sourcing report\n/);
    expect(run.stdout).toMatch(/Sourcing score {2}\d+\/100 {2}\w+/);
    expect(run.stdout).toMatch(/In short: /);
    expect(run.stdout).not.toContain('\u001b');
  });
  test.each([
    ['--color', ['--color'], {}, true],
    ['FORCE_COLOR', [], { FORCE_COLOR: '1' }, true],
    ['--no-color over FORCE_COLOR', ['--no-color'], { FORCE_COLOR: '1' }, false],
    ['NO_COLOR over FORCE_COLOR', [], { NO_COLOR: '1', FORCE_COLOR: '1' }, false],
  ])('colour with %s', async (_name, flags, env, coloured) => {
    const run = await cli.run(['analyze', sample, ...flags], { env });
    expect(run.stdout.includes('\u001b[')).toBe(coloured);
  });
  test('--format json is the contract Report, offsets into the file text', async () => {
    const run = await cli.run(['analyze', sample, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(reportProblems(report, readFileSync(sample, 'utf8'))).toEqual([]);
    expect(report.page).toBeUndefined();
    expect(report.text.length).toBe(readFileSync(sample, 'utf8').length);
  });
  test('standard input works like a file, and -o writes the report to a file', async () => {
    const out = join(scratch, 'report.json');
    const run = await cli.run(['analyze', '-', '-f', 'json', '-o', out], { input: readFileSync(sample) });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(reportProblems(JSON.parse(readFileSync(out, 'utf8')), readFileSync(sample, 'utf8'))).toEqual([]);
  });
  test('a few invalid UTF-8 bytes are replaced, with a warning', async () => {
    const bytes = Buffer.concat([readFileSync(sample), Buffer.from([0xe9, 0x2e])]);
    const run = await cli.run(['analyze', inScratch('latin1.txt', bytes), '-f', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^sourcelight: warning: .*latin1\.txt: 1 byte sequence that is not valid UTF-8/);
  });
  test('text that is not English gets a warning that results are for English', async () => {
    const french =
      'Le gouvernement a annoncé mardi une nouvelle réforme des retraites. Les syndicats ont appelé à la grève dans tout le pays, et les transports seront perturbés jeudi selon la direction.';
    const run = await cli.run(['analyze', '-'], { input: french });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^sourcelight: warning: .*English/);
  });
});

describe('export formats from src/report', () => {
  test.each([
    ['jsonld', (out: string) => expect(JSON.parse(out).type).toBe('AnnotationCollection')],
    ['md', (out: string) => expect(out).toMatch(/^# /)],
    ['html', (out: string) => expect(out).toMatch(/^<!DOCTYPE html>/i)],
    ['csv', (out: string) => expect(out.replace(/^\uFEFF/, '')).toMatch(/^id,kind,/)],
  ])('--format %s writes the export, to standard output or with -o to a file', async (format, check) => {
    const run = await cli.run(['analyze', harbour, '-f', format, '--url', 'https://ledger.example/news/harbour']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    check(run.stdout);
    const out = join(scratch, `report.${format}`);
    expect(await cli.run(['analyze', harbour, '-f', format, '-o', out])).toMatchObject({ code: 0, stdout: '' });
    check(readFileSync(out, 'utf8'));
  });
});

describe('HTML', () => {
  test('the JSON report carries the page metadata and analyses the article text only', async () => {
    const run = await cli.run(['analyze', harbour, '-f', 'json', '--url', 'https://ledger.example/news/harbour']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    const expected = JSON.parse(readFileSync(join(root, 'tests/fixtures/cli/harbour-article.expected.json'), 'utf8'));
    expect(reportProblems(report, expected.text)).toEqual([]);
    expect(report.text.length).toBe(expected.text.length);
    expect(report.page).toEqual({
      title: 'Harbour dredging plan delayed again',
      byline: 'Priya Okafor',
      siteName: 'The Coastal Ledger',
      lang: 'en-GB',
      url: 'https://ledger.example/news/harbour',
    });
  });
  test('HTML on standard input is recognised by its first tag; the text report shows title and byline', async () => {
    const run = await cli.run(['analyze'], { input: readFileSync(harbour) });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /sourcing report\nHarbour dredging plan delayed again\nPriya Okafor · The Coastal Ledger\n/,
    );
  });
  test('--input text reads an HTML file as plain text', async () => {
    const run = await cli.run(['analyze', harbour, '--input', 'text', '-f', 'json']);
    expect(JSON.parse(run.stdout).text.length).toBe(readFileSync(harbour, 'utf8').length);
  });
});
