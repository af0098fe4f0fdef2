/** Saved work read back field by field: good work restored, bad marks dropped and counted, the rest unreadable. */
import { describe, expect, test } from 'vitest';
import {
  loadWork,
  MAX_SAVED_MARKS,
  MAX_TITLE_CHARS,
  SAVED_KEY,
  SAVED_VERSION,
  saveWork,
  validateWork,
  type WorkStorage,
} from '../../src/teach/saved.ts';
import { TEXT } from './fixtures.ts';

function memory(initial?: string): WorkStorage & { value: string | null } {
  return {
    value: initial ?? null,
    getItem(key) {
      return key === SAVED_KEY ? this.value : null;
    },
    setItem(_key, value) {
      this.value = value;
    },
    removeItem() {
      this.value = null;
    },
  };
}

const good = {
  version: SAVED_VERSION,
  text: TEXT,
  title: 'Bridge',
  revealed: true,
  marks: [{ id: 'm1', start: 8, end: 15, kind: 'rhetoric' }],
};

test('work saved is work restored, and clearing leaves nothing', () => {
  const storage = memory();
  const work = {
    text: TEXT,
    title: 'Bridge',
    marks: [{ id: 'm2', start: 8, end: 15, kind: 'rhetoric' as const }],
    revealed: false,
  };
  expect(saveWork(storage, work)).toBe(true);
  expect(loadWork(storage)).toEqual({ kind: 'restored', work, droppedMarks: 0 });
  saveWork(storage, undefined);
  expect(loadWork(storage)).toEqual({ kind: 'none' });
});

describe('drops a mark', () => {
  test.each([
    ['past the end of the text', { id: 'm2', start: 8, end: TEXT.length + 1, kind: 'rhetoric' }],
    ['empty', { id: 'm2', start: 8, end: 8, kind: 'rhetoric' }],
    ['of an unknown kind', { id: 'm2', start: 8, end: 15, kind: 'sourced' }],
    ['with a fractional offset', { id: 'm2', start: 8.5, end: 15, kind: 'rhetoric' }],
    ['with a strange id', { id: '<b>', start: 8, end: 15, kind: 'rhetoric' }],
    ['with an id already used', { id: 'm1', start: 20, end: 25, kind: 'rhetoric' }],
    ['with an id too long to count on from', { id: `m${'9'.repeat(16)}`, start: 20, end: 25, kind: 'rhetoric' }],
    ['that is not an object', 'm2'],
  ])('%s', (_, bad) => {
    const restored = validateWork({ ...good, marks: [...good.marks, bad] });
    expect(restored).toEqual({
      kind: 'restored',
      work: { ...good, version: undefined, marks: good.marks },
      droppedMarks: 1,
    });
  });
});

describe('keeps the work but leaves out', () => {
  test('marks past the cap, counted as dropped', () => {
    const marks = Array.from({ length: MAX_SAVED_MARKS + 3 }, (_, i) => ({
      id: `m${i + 1}`,
      start: 8,
      end: 15,
      kind: 'rhetoric',
    }));
    const restored = validateWork({ ...good, marks });
    expect(restored.kind === 'restored' && [restored.work.marks.length, restored.droppedMarks]).toEqual([
      MAX_SAVED_MARKS,
      3,
    ]);
  });

  test.each([
    ['a title at the limit', 'x'.repeat(MAX_TITLE_CHARS), 'x'.repeat(MAX_TITLE_CHARS)],
    ['a title past the limit', 'x'.repeat(MAX_TITLE_CHARS + 1), undefined],
  ])('%s', (_, title, kept) => {
    const restored = validateWork({ ...good, title });
    expect(restored.kind === 'restored' ? restored.work.title : 'unreadable').toBe(kept);
  });
});

describe('does not read', () => {
  test.each([
    ['another version', { ...good, version: 2 }],
    ['no text', { ...good, text: '  ' }],
    ['marks that are not a list', { ...good, marks: {} }],
    ['a revealed flag that is not true or false', { ...good, revealed: 'yes' }],
    ['a title that is not text', { ...good, title: 7 }],
    ['a list', [good]],
    ['null', null],
  ])('%s', (_, value) => {
    expect(validateWork(value)).toEqual({ kind: 'unreadable' });
  });

  test.each([['{"version":1,'], ['not json']])('half-written %j', (raw) => {
    expect(loadWork(memory(raw))).toEqual({ kind: 'unreadable' });
  });

  test('a storage that throws', () => {
    const broken: WorkStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    expect(loadWork(broken)).toEqual({ kind: 'unreadable' });
    expect(saveWork(broken, { text: TEXT, marks: [], revealed: false })).toBe(false);
  });
});
