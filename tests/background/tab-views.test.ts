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
