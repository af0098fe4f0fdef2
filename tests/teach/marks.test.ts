/** Adding and removing marks: trimmed to the words, one mark per span, refused when empty, too long or outside. */
import { describe, expect, test } from 'vitest';
import { addMark, MAX_MARK_CHARS, removeMark, trimSpan } from '../../src/teach/marks.ts';
import type { StudentMark } from '../../src/teach/types.ts';
import { spanOf, TEXT } from './fixtures.ts';

describe('adds', () => {
  test('a mark trimmed of the spaces a drag took along', () => {
    const { start, end } = spanOf(' slammed ');
    const added = addMark([], TEXT, { start, end }, 'rhetoric');
    expect(added).toMatchObject({ ok: true, mark: { id: 'm1', ...spanOf('slammed'), kind: 'rhetoric' } });
  });

  test('marks in text order, each with an id no other mark has', () => {
    let marks: StudentMark[] = [];
    for (const words of ['doubled', 'slammed', 'experts']) {
      const added = addMark(marks, TEXT, spanOf(words), 'rhetoric');
      if (added.ok) marks = added.marks;
    }
    expect(marks.map((m) => m.id)).toEqual(['m2', 'm3', 'm1']);
    marks = removeMark(marks, 'm2');
    const again = addMark(marks, TEXT, spanOf('plan'), 'unsourced');
    expect(again.ok && again.marks.map((m) => m.id)).toEqual(['m4', 'm3', 'm1']);
  });

  test('the same words again change the kind instead of adding a mark', () => {
    const first = addMark([], TEXT, spanOf('experts say'), 'rhetoric');
    if (!first.ok) throw new Error('not added');
    const second = addMark(first.marks, TEXT, spanOf('experts say'), 'weak-source');
    expect(second).toMatchObject({ ok: true, marks: [{ id: 'm1', kind: 'weak-source' }] });
  });

  test('overlapping but different words are a second mark', () => {
    const first = addMark([], TEXT, spanOf('experts say'), 'weak-source');
    if (!first.ok) throw new Error('not added');
    expect(addMark(first.marks, TEXT, spanOf('experts'), 'weak-source')).toMatchObject({ ok: true, marks: [{}, {}] });
  });
});

describe('refuses', () => {
  test.each([
    ['only spaces', { start: 7, end: 8 }, 'empty'],
    ['nothing', { start: 5, end: 5 }, 'empty'],
    ['a span past the end', { start: 5, end: TEXT.length + 1 }, 'outside'],
    ['a reversed span', { start: 9, end: 3 }, 'outside'],
    ['a negative start', { start: -1, end: 3 }, 'outside'],
  ])('%s', (_, selection, problem) => {
    expect(addMark([], TEXT, selection, 'rhetoric')).toEqual({ ok: false, problem });
  });

  test('a mark longer than a paragraph', () => {
    const long = 'word '.repeat(MAX_MARK_CHARS);
    expect(addMark([], long, { start: 0, end: long.length }, 'unsourced')).toEqual({ ok: false, problem: 'too-long' });
  });
});

test.each([
  ['  a b  ', 0, 7, { start: 2, end: 5 }],
  ['\nword\n', 0, 6, { start: 1, end: 5 }],
  ['   ', 0, 3, { start: 3, end: 3 }],
])('trimSpan(%j)', (text, start, end, expected) => {
  expect(trimSpan(text, start, end)).toEqual(expected);
});
