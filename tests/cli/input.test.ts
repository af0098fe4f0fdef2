import { describe, expect, test } from 'vitest';
import { decodeText } from '../../src/cli/decode-text.ts';
import { isHtmlInput } from '../../src/cli/detect-html.ts';
import { CliError } from '../../src/cli/errors.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText accepts', () => {
  test.each([
    ['plain UTF-8', utf8('Officials said “nothing”.'), 'Officials said “nothing”.'],
    [
      'UTF-8 with a byte-order mark, which is dropped',
      bytes(0xef, 0xbb, 0xbf, ...utf8('Hello there.')),
      'Hello there.',
    ],
    ['UTF-16LE with a byte-order mark', bytes(0xff, 0xfe, 0x48, 0, 0x69, 0, 0x2e, 0), 'Hi.'],
    ['UTF-16BE with a byte-order mark', bytes(0xfe, 0xff, 0, 0x48, 0, 0x69, 0, 0x2e), 'Hi.'],
    ['text with tabs, CRLF and form feeds', utf8('One.\r\n\tTwo.\fThree.'), 'One.\r\n\tTwo.\fThree.'],
  ])('%s', (_name, input, expected) => {
    expect(decodeText(input, 'in.txt')).toEqual({ text: expected, warnings: [] });
  });

  test('a few invalid bytes, replaced and reported', () => {
    const input = utf8(`${'A long enough paragraph of ordinary words. '.repeat(5)}Caf`);
    const result = decodeText(new Uint8Array([...input, 0xe9, 0x2e]), 'old.txt');
    expect(result.text.endsWith('Caf\uFFFD.')).toBe(true);
    expect(result.warnings).toEqual([expect.stringMatching(/^old\.txt: 1 byte sequence that is not valid UTF-8/)]);
  });
});

describe('decodeText refuses', () => {
  test.each([
    ['empty input', bytes(), /in\.bin is empty/],
    ['whitespace only', utf8(' \n\t\n '), /in\.bin is empty/],
    ['a byte-order mark and nothing else', bytes(0xef, 0xbb, 0xbf), /in\.bin is empty/],
    [
      'NUL bytes (a binary file)',
      bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41),
      /does not look like text \(it contains NUL bytes\)/,
    ],
    [
      'mostly invalid UTF-8',
      bytes(0xff, 0xd8, 0xff, 0xe0, 0x41, 0x42, 0xc3, 0x28, 0x90, 0x91),
      /does not look like text \(much of it is not valid UTF-8\)/,
    ],
    [
      'control characters throughout',
      utf8('a\u0001b\u0002c\u0003d\u0004e\u001bf'),
      /does not look like text \(it is full of control characters\)/,
    ],
  ])('%s', (_name, input, message) => {
    expect(() => decodeText(input, 'in.bin')).toThrow(CliError);
    expect(() => decodeText(input, 'in.bin')).toThrow(message);
  });
});

describe('isHtmlInput says HTML for', () => {
  test.each([
    ['<!DOCTYPE html><p>x</p>', 'page'],
    ['  \n<html lang="en"><body>x</body></html>', '-'],
    ['<p>Just a paragraph.</p>', 'standard input'],
    ['<!-- saved page --><div>x</div>', 'x'],
    ['Plain words in a file named like a page.', 'story.HTML'],
    ['Anything', 'index.htm'],
  ])('%j (named %s)', (text, name) => {
    expect(isHtmlInput(text, name)).toBe(true);
  });
  test('anything when --input html forces it', () => {
    expect(isHtmlInput('plain words', 'a.txt', 'html')).toBe(true);
  });
});

describe('isHtmlInput says text for', () => {
  test.each([
    ['The minister said <b> was a typo.', 'note.txt'],
    ['Officials < 10 said so.', '-'],
    ['<3 this story', 'standard input'],
    ['<pagination> is a word in angle brackets', 'x'],
    ['Plain text.', 'notes.md'],
  ])('%j (named %s)', (text, name) => {
    expect(isHtmlInput(text, name)).toBe(false);
  });
  test('an HTML file when --input text forces it', () => {
    expect(isHtmlInput('<html><p>x</p></html>', 'a.html', 'text')).toBe(false);
  });
});
