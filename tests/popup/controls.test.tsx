// @vitest-environment jsdom
/** The reader's controls in the result, keyboard access, and page text that tries to be markup. */
import { afterEach, describe, expect, test } from 'vitest';
import { strings } from '../../popup/strings.ts';
import type { Finding } from '../../src/engine/types.ts';
import type { TabView } from '../../src/messaging/protocol.ts';
import { makeReport, resultView } from './fixtures.ts';
import { button, buttons, click, type Rendered, renderPopup } from './render.tsx';

let current: Rendered | undefined;
afterEach(() => {
  current?.unmount();
  current = undefined;
});

const echo = (patch: Partial<TabView>) => ({ ok: true as const, value: resultView(patch) });

async function open(handlers: Parameters<typeof renderPopup>[1] = {}, tabView = resultView()) {
  current = await renderPopup(tabView, {
    setFamilies: (_id, families) => echo({ families }),
    setHighlightsVisible: (_id, highlightsVisible) => echo({ highlightsVisible }),
    turnOff: () => ({ ok: true, value: { tabId: 7, status: 'idle', highlightsVisible: false, families: [] } }),
    getSiteAutomation: () => ({ ok: true, value: { origin: 'https://news.example', enabled: false } }),
    setSiteAutomation: () => ({ ok: true, value: true }),
    ...handlers,
  });
  return current;
}

describe('filters', () => {
  test('one toggle per family with its count, pressed when shown', async () => {
    const popup = await open();
    const filters = [...popup.root.querySelectorAll('button.filter')];
    expect(
      filters.map((b) => [
        b.querySelector('.filter-name')?.textContent,
        b.querySelector('.filter-count')?.textContent,
        b.getAttribute('aria-pressed'),
      ]),
    ).toEqual([
      ['Unsourced', '2', 'true'],
      ['Weak sources', '3', 'true'],
      ['Rhetoric', '3', 'true'],
      ['Sourced', '2', 'true'],
    ]);
  });

  test('turning a family off tells the background and hides its group; turning it on brings it back', async () => {
    const popup = await open();
    await click(button(popup.root, 'Rhetoric'), popup);
    expect(popup.client.calls.at(-1)).toEqual({
      method: 'setFamilies',
      args: [7, ['unsourced', 'weak-source', 'sourced']],
    });
    expect(button(popup.root, 'Rhetoric').getAttribute('aria-pressed')).toBe('false');
    expect(popup.root.querySelector('.group.family-rhetoric')).toBeNull();
    await click(button(popup.root, 'Rhetoric'), popup);
    expect(popup.client.calls.at(-1)).toEqual({
      method: 'setFamilies',
      args: [7, ['unsourced', 'weak-source', 'rhetoric', 'sourced']],
    });
    expect(popup.root.querySelector('.group.family-rhetoric')).not.toBeNull();
  });

  test('every family hidden: says how to bring them back', async () => {
    const popup = await open({}, resultView({ families: [] }));
    expect(popup.root.querySelector('.empty')?.textContent).toBe(strings.groups.allHidden);
  });
});

describe('page settings', () => {
  test('highlights toggle is pressed when on, and switches them off', async () => {
    const popup = await open();
    const toggle = button(popup.root, strings.controls.highlights);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await click(toggle, popup);
    expect(popup.client.calls.at(-1)).toEqual({ method: 'setHighlightsVisible', args: [7, false] });
    expect(button(popup.root, strings.controls.highlights).getAttribute('aria-pressed')).toBe('false');
  });

  test('turn off on this page goes back to the first screen', async () => {
    const popup = await open();
    await click(button(popup.root, strings.controls.turnOff), popup);
    expect(popup.client.calls.at(-1)).toEqual({ method: 'turnOff', args: [7] });
    expect(popup.root.textContent).toContain(strings.idle.title);
  });

  test('automatic analysis: asks the browser for the site from the click, then turns on', async () => {
    const popup = await open();
    const toggle = button(popup.root, strings.controls.automation);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await click(toggle, popup);
    expect(popup.client.permission.requested).toEqual(['https://news.example']);
    expect(popup.client.calls.at(-1)).toEqual({ method: 'setSiteAutomation', args: ['https://news.example', true] });
    expect(button(popup.root, strings.controls.automation).getAttribute('aria-pressed')).toBe('true');
    expect(popup.root.textContent).toContain(strings.controls.automationOn('https://news.example'));
  });

  test('no automation toggle where the background says it is not possible', async () => {
    const popup = await open({ getSiteAutomation: () => ({ ok: true, value: null }) });
    expect(buttons(popup.root, strings.controls.automation)).toHaveLength(0);
  });
});

describe('keyboard and screen readers', () => {
  test('every control is a real button, reachable with Tab, with a name', async () => {
    const popup = await open();
    const all = buttons(popup.root);
    expect(all.length).toBeGreaterThan(10);
    for (const b of all) {
      expect(b.getAttribute('type')).toBe('button');
      // Menu items are reached with the arrow keys once their menu is open (tests/popup/export-menu.test.tsx).
      expect(b.tabIndex).toBe(b.getAttribute('role') === 'menuitem' ? -1 : 0);
      expect(b.textContent?.trim() || b.getAttribute('aria-label')).toBeTruthy();
      b.focus();
      expect(document.activeElement).toBe(b);
    }
  });

  test('the tab order follows the reading order: filters, highlights, findings, settings', async () => {
    const popup = await open();
    const order = buttons(popup.root).map((b) =>
      b.textContent?.includes(strings.controls.highlights) ? 'highlights' : b.className.split(' ')[0],
    );
    const first = (c: string) => order.indexOf(c);
    expect(first('filter')).toBeLessThan(first('highlights'));
    expect(first('highlights')).toBeLessThan(first('group-toggle'));
    expect(first('group-toggle')).toBeLessThan(first('finding-reveal'));
    expect(order.lastIndexOf('finding-reveal')).toBeLessThan(first('toggle'));
    expect(order.at(-1)).toBe('secondary');
  });

  test('each finding button is described by its explanation', async () => {
    const popup = await open();
    for (const b of popup.root.querySelectorAll('button.finding-reveal')) {
      const described = document.getElementById(b.getAttribute('aria-describedby') ?? '');
      expect(described?.classList.contains('finding-why')).toBe(true);
    }
  });

  test('sections are labelled by their headings', async () => {
    const popup = await open();
    for (const section of popup.root.querySelectorAll('section[aria-labelledby]')) {
      expect(document.getElementById(section.getAttribute('aria-labelledby') ?? '')?.textContent).toBeTruthy();
    }
  });
});

describe('page text is only ever text', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const finding: Finding = {
    id: 'f1',
    kind: 'rhetoric',
    technique: 'loaded-language',
    start: 0,
    end: hostile.length,
    text: hostile,
    rule: 'test',
    confidence: 1,
    inQuote: false,
    explanation: `<b>bold</b> ${hostile}`,
    question: '<script>alert(2)</script>',
  };

  test('markup in a finding, its explanation, question, the page title or a warning renders as characters', async () => {
    const report = { ...makeReport([finding]), warnings: [hostile] };
    const popup = await open({}, resultView({ report, page: { url: 'https://x.example', title: hostile } }));
    expect(popup.root.querySelector('img, script, b')).toBeNull();
    expect(popup.root.querySelector('mark')?.textContent).toBe(hostile);
    expect(popup.root.querySelector('.finding-why')?.textContent).toBe(`<b>bold</b> ${hostile}`);
    expect(popup.root.querySelector('.page-title')?.textContent).toBe(hostile);
    expect(popup.root.querySelector('.warnings li')?.textContent).toBe(hostile);
  });
});
