// @vitest-environment jsdom
/** The Export menu button as a keyboard and screen-reader user meets it (the WAI-ARIA menu button pattern). */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { strings } from '../../popup/strings.ts';
import { ARTICLE, resultView } from './fixtures.ts';
import { type Rendered, renderPopup } from './render.tsx';

let current: Rendered | undefined;
afterEach(() => {
  current?.unmount();
  current = undefined;
});

const NAMES = ['jsonld', 'md', 'html', 'csv'].map((f) => strings.exports.formats[f as 'md'].name);

async function open() {
  const exported: string[] = [];
  current = await renderPopup(
    resultView({ text: ARTICLE }),
    {},
    {
      store: { reports: { download: async (_content, _type, name) => void exported.push(name) } },
    },
  );
  const root = current.root;
  const button = root.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]');
  const menu = root.querySelector<HTMLElement>('[role="menu"]');
  if (!button || !menu) throw new Error('no Export menu button');
  return { root, button, menu, exported, popup: current };
}

function key(target: Element, name: string) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
  });
}

function press(target: Element) {
  act(() => {
    target.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
}

const focusedName = () => document.activeElement?.querySelector('.menu-item-name')?.textContent;

describe('closed', () => {
  test('a button named Export that says it opens a menu, with the menu hidden', async () => {
    const { button, menu } = await open();
    expect(button.textContent).toContain(strings.exports.menu);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBe(menu.id);
    expect(menu.hidden).toBe(true);
    expect(menu.getAttribute('aria-labelledby')).toBe(button.id);
  });

  test('lists the four formats as menu items, in order', async () => {
    const { menu } = await open();
    const items = [...menu.querySelectorAll('[role="menuitem"]')];
    expect(items.map((i) => i.querySelector('.menu-item-name')?.textContent)).toEqual(NAMES);
  });
});

describe('opening', () => {
  test('a click opens it and puts focus on the first format', async () => {
    const { button, menu } = await open();
    press(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(menu.hidden).toBe(false);
    expect(focusedName()).toBe(NAMES[0]);
  });

  test.each([
    ['ArrowDown', NAMES[0]],
    ['ArrowUp', NAMES[3]],
  ])('%s on the button opens it on %s', async (name, expected) => {
    const { button } = await open();
    button.focus();
    key(button, name);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(focusedName()).toBe(expected);
  });
});

describe('moving inside', () => {
  test.each([
    [['ArrowDown'], NAMES[1]],
    [['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown'], NAMES[0]],
    [['ArrowUp'], NAMES[3]],
    [['End'], NAMES[3]],
    [['End', 'Home'], NAMES[0]],
  ])('%j ends on %s', async (keys, expected) => {
    const { button } = await open();
    press(button);
    for (const k of keys) key(document.activeElement as Element, k);
    expect(focusedName()).toBe(expected);
  });

  test('only the focused item is in the tab order', async () => {
    const { button, menu } = await open();
    press(button);
    key(document.activeElement as Element, 'ArrowDown');
    const tabbable = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')].map((i) => i.tabIndex);
    expect(tabbable).toEqual([-1, 0, -1, -1]);
  });
});

describe('closing', () => {
  test('Escape closes it and gives focus back to the button', async () => {
    const { button, menu } = await open();
    press(button);
    key(document.activeElement as Element, 'Escape');
    expect(menu.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  test('Tab closes it and lets focus move on', async () => {
    const { button, menu } = await open();
    press(button);
    key(document.activeElement as Element, 'Tab');
    expect(menu.hidden).toBe(true);
  });

  test('a press outside closes it; a second click on the button closes it too', async () => {
    const { root, button, menu } = await open();
    press(button);
    act(() => {
      root.querySelector('.score')?.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    });
    expect(menu.hidden).toBe(true);
    press(button);
    press(button);
    expect(menu.hidden).toBe(true);
  });

  test('choosing a format closes it, exports, and gives focus back to the button', async () => {
    const { button, menu, exported, popup } = await open();
    press(button);
    key(document.activeElement as Element, 'ArrowDown');
    press(document.activeElement as Element);
    await popup.flush();
    expect(menu.hidden).toBe(true);
    expect(document.activeElement).toBe(button);
    expect(exported).toEqual([expect.stringMatching(/\.md$/)]);
  });
});
