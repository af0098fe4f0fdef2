import { describe, expect, test } from 'vitest';
import { painter, printable, shouldColor } from '../../src/cli/ansi.ts';
import { wrap } from '../../src/cli/wrap.ts';

describe('printable', () => {
  test.each([
    ['an ESC sequence that would retitle the terminal', 'a\u001b]0;pwned\u0007b', 'a\uFFFD]0;pwned\uFFFDb'],
    ['a C1 control', 'x\u009by', 'x\uFFFDy'],
    ['newlines and tabs become spaces', 'a\nb\tc', 'a b c'],
    ['ordinary Unicode stays', 'Māori “quotes” — 😀', 'Māori “quotes” — 😀'],
    // The edges of the ranges replaced, each alone and last: the plain text is returned as it is.
    ['a unit separator and a space', '\u001f \u007e', '\uFFFD \u007e'],
    ['DEL at the end', 'end\u007f', 'end\uFFFD'],
    ['the last C1 control, then a no-break space', '\u009f\u00a0', '\uFFFD\u00a0'],
    ['a lone surrogate stays', 'a\ud800b', 'a\ud800b'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(printable(input)).toBe(expected);
  });
});

describe('shouldColor', () => {
  test.each([
    ['auto on a terminal', 'auto', true, {}, true],
    ['auto on a pipe', 'auto', false, {}, false],
    ['auto with NO_COLOR', 'auto', true, { NO_COLOR: '1' }, false],
    ['auto with an empty NO_COLOR (means unset)', 'auto', true, { NO_COLOR: '' }, true],
    ['auto with FORCE_COLOR on a pipe', 'auto', false, { FORCE_COLOR: '1' }, true],
    ['auto with FORCE_COLOR=0', 'auto', true, { FORCE_COLOR: '0' }, true],
    ['auto on a dumb terminal', 'auto', true, { TERM: 'dumb' }, false],
    ['--color on a pipe', 'always', false, { NO_COLOR: '1' }, true],
    ['--no-color on a terminal', 'never', true, { FORCE_COLOR: '1' }, false],
  ] as const)('%s', (_name, choice, isTTY, env, expected) => {
    expect(shouldColor(choice, isTTY, env)).toBe(expected);
  });

  test('painter adds SGR codes only when enabled', () => {
    expect(painter(false)('red', 'x')).toBe('x');
    expect(painter(true)('red', 'x')).toBe('\u001b[31mx\u001b[39m');
  });
});

describe('wrap', () => {
  test('keeps lines within the width and indents each', () => {
    const lines = wrap('one two three four five six seven eight nine ten eleven twelve', 26, '  ');
    expect(lines.every((l) => l.startsWith('  ') && l.length <= 26)).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ').trim()).toBe(
      'one two three four five six seven eight nine ten eleven twelve',
    );
  });
  test('a word longer than the line gets a line of its own', () => {
    expect(wrap(`a ${'x'.repeat(40)} b`, 24, '')).toEqual(['a', 'x'.repeat(40), 'b']);
  });
});
