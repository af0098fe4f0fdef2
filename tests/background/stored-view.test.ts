import { describe, expect, test } from 'vitest';
import { readStoredIndex, readStoredView, storedChoices } from '../../src/background/stored-view.ts';
import { idleView } from '../../src/background/tab-views.ts';
import { report } from './setup.ts';

const ALL = ['unsourced', 'weak-source', 'rhetoric', 'sourced'];
const TEXT = 'Perhaps it rains today.';
const result = (extra: Record<string, unknown> = {}) => ({ ...idleView(4), status: 'result', report: report(), text: TEXT, ...extra });

describe('a stored view that is read back', () => {
  test.each([
    ['an idle view', idleView(4)],
    ['an error with its sentence', { ...idleView(4), status: 'error', message: 'Reload the page.' }],
    ['a result with its report and text', result()],
    ['a result with timings', result({ timings: { inject: 1, extract: 2, analyze: 3, draw: 4, longestPageSlice: 5 } })],
    ['a loaded report', result({ loaded: { fileName: 'a.jsonld', total: 1, unmatched: [] } })],
    ['a result with page metadata', result({ page: { url: 'https://news.example/a', title: 'A', byline: 'B' } })],
  ])('%s comes back unchanged', (_name, value) => {
    expect(readStoredView(structuredClone(value), 4)).toEqual(value);
  });

  test('a result stored by an older version without text still reads (the text is optional)', () => {
    const { text: _text, ...older } = result();
    expect(readStoredView(older, 4)?.report?.score.value).toBe(42);
  });

  test('fields this version does not know are left behind', () => {
    expect(readStoredView({ ...idleView(4), colour: 'red', __proto__hack: 1 }, 4)).toEqual(idleView(4));
  });

  test('damaged choices fall back to their defaults, the rest of the view stays', () => {
    const view = readStoredView({ ...idleView(4), status: 'error', message: 'x', highlightsVisible: 'no', families: ['colours'] }, 4);
    expect(view).toMatchObject({ status: 'error', message: 'x', highlightsVisible: true, families: ALL });
  });

  test('damaged optional parts are dropped, not trusted', () => {
    const view = readStoredView(result({ page: { url: 7 }, timings: { inject: 'fast' }, progress: 9, message: {} }), 4);
    expect(view && Object.keys(view).sort()).toEqual(['families', 'highlightsVisible', 'report', 'status', 'tabId', 'text']);
  });
});

describe('a stored view that cannot be trusted', () => {
  const damagedFinding = { ...report().findings[0], end: 99 };
  test.each([
    ['nothing at all', null],
    ['a string', 'result'],
    ['a list', [idleView(4)]],
    ['another tab\'s view', idleView(5)],
    ['an unknown status', { ...idleView(4), status: 'done' }],
    ['a result without a report', { ...idleView(4), status: 'result' }],
    ['a result from another schema version', result({ report: { ...report(), schemaVersion: 0 } })],
    ['a result whose findings are damaged', result({ report: { ...report(), findings: [damagedFinding] } })],
    ['a result whose text belongs to another report', result({ text: 'Certainly it rains today.' })],
    ['a result whose text is not text', result({ text: 42 })],
    ['a loaded report without its file name', result({ loaded: { total: 1, unmatched: [] } })],
  ])('%s is refused', (_name, value) => {
    expect(readStoredView(value, 4)).toBeUndefined();
  });
});

describe('the reader\'s choices in any stored value', () => {
  test.each([
    [{ highlightsVisible: false, families: ['rhetoric'] }, { highlightsVisible: false, families: ['rhetoric'] }],
    [{ highlightsVisible: 0, families: 'rhetoric' }, { highlightsVisible: true, families: ALL }],
    [null, { highlightsVisible: true, families: ALL }],
  ])('%j gives %j', (value, choices) => {
    expect(storedChoices(value)).toEqual(choices);
  });
});

describe('the stored index of tabs', () => {
  test.each([
    [[3, 1, 2], [3, 1, 2]],
    [[3, '1', -2, 2.5, null, 4], [3, 4]],
    ['3,1', []],
    [undefined, []],
  ])('%j reads as %j', (value, ids) => {
    expect(readStoredIndex(value)).toEqual(ids);
  });
});
