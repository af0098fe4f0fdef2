import { describe, expect, test } from 'vitest';
import { ANALYSE_COMMAND, ANALYSE_SELECTION_MENU, createMenus, listenToTriggers } from '../../src/background/triggers.ts';
import { setUp } from './setup.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('triggers besides the popup', () => {
  test('installing creates the "Analyse selected text" menu item', async () => {
    const { fake, bg } = setUp();
    createMenus(bg);
    for (const listener of fake.installedListeners) listener();
    await settle();
    expect(fake.menus.get(ANALYSE_SELECTION_MENU)).toBe('Analyse selected text');
  });

  test('the keyboard command analyses the active tab as an article', async () => {
    const { fake, bg, calls } = setUp();
    listenToTriggers(bg);
    fake.tabs.set(4, { id: 4, url: 'https://news.example/a' });
    fake.activeTabId = 4;
    for (const listener of fake.commandListeners) listener(ANALYSE_COMMAND, undefined);
    await settle();
    expect(calls.find((c) => c.method === 'extract')).toEqual({ tabId: 4, method: 'extract', args: ['article'] });
  });

  test('the menu item analyses only the selection', async () => {
    const { fake, bg, calls } = setUp();
    listenToTriggers(bg);
    fake.tabs.set(4, { id: 4, url: 'https://news.example/a' });
    for (const listener of fake.menuListeners) listener(ANALYSE_SELECTION_MENU, { id: 4 });
    await settle();
    expect(calls.find((c) => c.method === 'extract')?.args).toEqual(['selection']);
  });

  test('other commands and menu items are not ours', async () => {
    const { fake, bg, calls } = setUp();
    listenToTriggers(bg);
    fake.tabs.set(4, { id: 4, url: 'https://news.example/a' });
    for (const listener of fake.commandListeners) listener('something-else', { id: 4 });
    for (const listener of fake.menuListeners) listener('other-menu', { id: 4 });
    await settle();
    expect(calls).toEqual([]);
  });
});
