import { describe, expect, test } from 'vitest';
import { idleView, TabViews } from '../../src/background/tab-views.ts';
import { FakeBrowser } from '../platform/fake-api.ts';

describe('TabViews', () => {
  test('persists settled views, not transient ones', async () => {
    const fake = new FakeBrowser();
    const views = new TabViews(fake.api().storage.session);
    await views.set({ ...idleView(1), status: 'analysing', progress: 0.5 });
    expect(fake.session.has('tabView:1')).toBe(false);
    await views.set({ ...idleView(1), status: 'error', message: 'x' });
    expect(fake.session.get('tabView:1')).toMatchObject({ status: 'error' });
  });

  test('remembers only the most recent tabs, forgetting the oldest', async () => {
    const fake = new FakeBrowser();
    const views = new TabViews(fake.api().storage.session, 2);
    for (const tabId of [1, 2, 3]) await views.set({ ...idleView(tabId), status: 'result' });
    expect(fake.session.has('tabView:1')).toBe(false);
    expect(fake.session.get('tabViews')).toEqual([2, 3]);
    expect((await views.get(1)).status).toBe('idle');
    expect((await views.get(3)).status).toBe('result');
  });

  test('settling two tabs at once keeps both in the index', async () => {
    const fake = new FakeBrowser();
    const views = new TabViews(fake.api().storage.session);
    await Promise.all([views.set({ ...idleView(1), status: 'result' }), views.set({ ...idleView(2), status: 'result' })]);
    expect(fake.session.get('tabViews')).toEqual([1, 2]);
  });
});

/** A session store that refuses any value whose JSON is longer than `quota` characters in total, like storage.session's 10 MB. */
function quotaStore(quota: number) {
  const map = new Map<string, unknown>();
  const size = () => [...map.values()].reduce((n: number, v) => n + JSON.stringify(v).length, 0);
  return {
    map,
    get: async (k: string) => structuredClone(map.get(k)),
    set: async (k: string, v: unknown) => {
      const before = map.get(k);
      map.set(k, structuredClone(v));
      if (size() > quota) {
        if (before === undefined) map.delete(k);
        else map.set(k, before);
        throw new Error('Session storage quota bytes exceeded.');
      }
    },
    remove: async (k: string) => void map.delete(k),
  };
}

const big = (tabId: number) => ({ ...idleView(tabId), status: 'error' as const, message: 'x'.repeat(400) });

describe('TabViews over damaged or full storage', () => {
  test.each([
    ['a string', 'result', true],
    ['another tab\'s view', { ...idleView(2), status: 'result' }, true],
    ['a result whose report is gone', { ...idleView(1), status: 'result', highlightsVisible: false }, false],
  ])('a stored view that is %s reads as idle and is forgotten', async (_name, value, highlightsVisible) => {
    const fake = new FakeBrowser();
    fake.session.set('tabView:1', value);
    const views = new TabViews(fake.api().storage.session);
    const view = await views.get(1);
    expect(view.status).toBe('idle');
    expect(fake.session.has('tabView:1')).toBe(false);
    expect(view.highlightsVisible).toBe(highlightsVisible);
  });

  test('a damaged index of tabs is replaced by a good one on the next write', async () => {
    const fake = new FakeBrowser();
    fake.session.set('tabViews', { 0: 3 });
    const views = new TabViews(fake.api().storage.session);
    await views.set({ ...idleView(1), status: 'error', message: 'x' });
    expect(fake.session.get('tabViews')).toEqual([1]);
    expect(fake.session.get('tabView:1')).toMatchObject({ status: 'error' });
  });

  test('when storage is full, the oldest tabs\' copies make room for the newest', async () => {
    const store = quotaStore(1_200);
    const views = new TabViews(store);
    for (const tabId of [1, 2, 3]) await views.set(big(tabId));
    expect(store.map.get('tabViews')).toEqual([2, 3]);
    expect(store.map.has('tabView:1')).toBe(false);
    expect((await views.get(1)).status).toBe('error'); // still in memory while the background lives
  });

  test('a view too big to store even alone is kept in memory and left out of the index', async () => {
    const store = quotaStore(300);
    const views = new TabViews(store);
    await views.set(big(1));
    expect(store.map.has('tabView:1')).toBe(false);
    expect(store.map.get('tabViews')).toEqual([]);
    expect((await views.get(1)).message).toHaveLength(400);
  });
});
