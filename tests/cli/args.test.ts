import { describe, expect, test } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.ts';
import { CliError } from '../../src/cli/errors.ts';

const FORMATS = ['text', 'json'];
const parse = (argv: string[]) => parseCommandLine(argv, FORMATS);

describe('understands', () => {
  test.each([
    [[], { command: 'help' }],
    [['--help'], { command: 'help' }],
    [['help', 'batch'], { command: 'help', topic: 'batch' }],
    [['-V'], { command: 'version' }],
    [['--version'], { command: 'version' }],
    [['batch'], { command: 'batch' }],
    [['batch', '-h'], { command: 'help', topic: 'batch' }],
    [['analyze', '--help'], { command: 'help', topic: 'analyze' }],
    [['analyze'], { command: 'analyze', file: '-', format: 'text', color: 'auto', input: 'auto' }],
    [['analyze', '-'], { command: 'analyze', file: '-', format: 'text', color: 'auto', input: 'auto' }],
    [
      ['analyze', 'a.txt', '--format', 'json'],
      { command: 'analyze', file: 'a.txt', format: 'json', color: 'auto', input: 'auto' },
    ],
    [
      ['analyze', '-f', 'json', 'a.txt'],
      { command: 'analyze', file: 'a.txt', format: 'json', color: 'auto', input: 'auto' },
    ],
    [
      ['analyze', 'a.txt', '--format=json', '-o', 'out.json'],
      { command: 'analyze', file: 'a.txt', format: 'json', output: 'out.json', color: 'auto', input: 'auto' },
    ],
    [
      ['analyze', 'a.txt', '--no-color'],
      { command: 'analyze', file: 'a.txt', format: 'text', color: 'never', input: 'auto' },
    ],
    [
      ['analyze', 'a.txt', '--color'],
      { command: 'analyze', file: 'a.txt', format: 'text', color: 'always', input: 'auto' },
    ],
    [
      ['analyze', 'a.txt', '--color', '--no-color'],
      { command: 'analyze', file: 'a.txt', format: 'text', color: 'never', input: 'auto' },
    ],
    [
      ['analyze', 'page', '--input', 'html', '--url', 'https://x.example/a'],
      { command: 'analyze', file: 'page', format: 'text', color: 'auto', input: 'html', url: 'https://x.example/a' },
    ],
    [
      ['analyze', '--', '-odd-name.txt'],
      { command: 'analyze', file: '-odd-name.txt', format: 'text', color: 'auto', input: 'auto' },
    ],
  ])('%j', (argv, expected) => {
    expect(parse(argv)).toEqual(expected);
  });
});

describe('rejects with a usage error', () => {
  test.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['--frobnicate'], /unknown option "--frobnicate"/],
    [['analyze', '--frobnicate'], /unknown option "--frobnicate" for analyze/],
    [['analyze', '-x'], /unknown option "-x" for analyze/],
    [['analyze', 'a.txt', '--format', 'xml'], /unknown format "xml": choose one of text, json/],
    [['analyze', 'a.txt', '--format'], /needs a value/],
    [['analyze', 'a.txt', 'b.txt'], /one FILE/],
    [['analyze', 'a.txt', '--input', 'pdf'], /unknown --input "pdf"/],
    [['analyze', 'a.txt', '--url', 'not a url'], /not an absolute URL/],
    [['analyze', 'a.txt', '-o', ''], /--output needs a file name/],
    [['batch', 'lines.jsonl'], /takes no FILE/],
    [['batch', '--format', 'json'], /unknown option "--format" for batch/],
  ])('%j', (argv, message) => {
    let error: unknown;
    try {
      parse(argv);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(message);
    expect((error as CliError).exitCode).toBe(2);
  });
});
