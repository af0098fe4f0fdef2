// @vitest-environment jsdom
/** Dismissing findings in the popup, the reader's settings applied to the lists, and the links out. */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { strings } from '../../popup/strings.ts';
import { applyDismissals, type Dismissal, dismissalKeys } from '../../src/messaging/dismissals.ts';
import type { TabView } from '../../src/messaging/protocol.ts';
import { defaultSettings, type Settings } from '../../src/settings/index.ts';
import { FINDINGS, makeReport, resultView } from './fixtures.ts';
import { button, buttons, click, type Rendered, renderPopup } from './render.tsx';

const KEYS = dismissalKeys(FINDINGS);
const AT = '2026-11-26T12:00:00.000Z';
const dismissal = (id: string, reason: Dismissal['reason'] = 'not-a-claim', note?: string): Dismissal => ({
  key: KEYS.get(id) as string,
  reason,
  at: AT,
  ...(note ? { note } : {}),
});

let popup: Rendered | undefined;
afterEach(() => popup?.unmount());

const itemOf = (root: HTMLElement, id: string) =>
  (root.querySelector(`#why-${id}`)?.closest('li.finding') ?? null) as HTMLElement | null;

/** A popup whose background answers dismiss and undo calls as the real one does: with the view's new dismissals. */
async function openWith(dismissed: Dismissal[] = [], stored: { settings: Settings } = { settings: defaultSettings() }) {
  let current: TabView = resultView({ dismissed });
  const answer = (next: Dismissal[]) => {
    current = { ...current, dismissed: next };
    return { ok: true as const, value: current };
  };
  let onSettings = () => {};
  const rendered = await renderPopup(
    current,
    {
      dismissFinding: (_tab, id, reason, note) => answer([...(current.dismissed ?? []), dismissal(id, reason, note)]),
      undoDismissals: (_tab, keys) =>
        answer(keys === null ? [] : (current.dismissed ?? []).filter((d) => !keys.includes(d.key))),
    },
    {
      store: {
        loadSettings: async () => ({ settings: stored.settings }),
        watchSettings: (listener) => {
          onSettings = listener;
          return () => undefined;
        },
      },
    },
  );
  popup = rendered;
  return { popup: rendered, changeSettings: () => onSettings() };
}

describe('dismissing a finding', () => {
  test('a reason dismisses it: the background is told, the item leaves the list and the score is recomputed', async () => {
    const { popup } = await openWith();
    const item = itemOf(popup.root, 'f1') as HTMLElement;
    await click(button(item, strings.dismissal.open), popup);
    expect(item.querySelector('legend')?.textContent).toBe(strings.dismissal.question);
    await click(button(item, strings.dismissal.reasons['not-a-claim']), popup);
    expect(popup.client.calls.at(-1)).toEqual({ method: 'dismissFinding', args: [7, 'f1', 'not-a-claim', ''] });
    expect(itemOf(popup.root, 'f1')).toBeNull();
    const expected = applyDismissals(makeReport(), [dismissal('f1')]).report.score.value;
    expect(popup.root.querySelector('.score-value')?.textContent).toBe(String(expected));
    expect(expected).not.toBe(42);
    expect(popup.root.querySelector('.dismissed-note summary')?.textContent).toBe(strings.dismissal.summary(1));
    // The dismissed item had focus: the note that says what happened takes it.
    expect(document.activeElement).toBe(popup.root.querySelector('.dismissed-note summary'));
  });

  test('another reason asks for the reader’s words first', async () => {
    const { popup } = await openWith();
    const item = itemOf(popup.root, 'f5') as HTMLElement;
    await click(button(item, strings.dismissal.open), popup);
    await click(button(item, strings.dismissal.reasons.other), popup);
    const input = item.querySelector('input') as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    act(() => {
      input.value = 'a quoted headline';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button(item, new RegExp(`^${strings.dismissal.confirm}$`)), popup);
    expect(popup.client.calls.at(-1)?.args).toEqual([7, 'f5', 'other', 'a quoted headline']);
    expect(popup.root.querySelector('.dismissed-why')?.textContent).toBe(
      `${strings.dismissal.reasons.other}: a quoted headline`,
    );
  });

  test('Cancel and Escape close the reasons and give focus back', async () => {
    const { popup } = await openWith();
    const item = itemOf(popup.root, 'f1') as HTMLElement;
    await click(button(item, strings.dismissal.open), popup);
    await click(button(item, strings.dismissal.cancel), popup);
    expect(item.querySelector('fieldset')).toBeNull();
    expect(document.activeElement).toBe(button(item, strings.dismissal.open));
    await click(button(item, strings.dismissal.open), popup);
    act(() => {
      item.querySelector('fieldset')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await popup.flush();
    expect(item.querySelector('fieldset')).toBeNull();
    expect(popup.client.calls.some((c) => c.method === 'dismissFinding')).toBe(false);
  });

  test('undo brings one back, undo all brings every one back', async () => {
    const { popup } = await openWith([dismissal('f1'), dismissal('f10', 'not-loaded')]);
    expect(itemOf(popup.root, 'f1')).toBeNull();
    expect(popup.root.querySelector('.dismissed-note summary')?.textContent).toBe(strings.dismissal.summary(2));
    const [first] = buttons(popup.root, new RegExp(`^${strings.dismissal.undo}$`));
    await click(first, popup);
    expect(popup.client.calls.at(-1)).toEqual({ method: 'undoDismissals', args: [7, [KEYS.get('f1')]] });
    expect(itemOf(popup.root, 'f1')).not.toBeNull();
    await click(button(popup.root, strings.dismissal.undoAll), popup);
    expect(popup.client.calls.at(-1)).toEqual({ method: 'undoDismissals', args: [7, null] });
    expect(popup.root.querySelector('.dismissed-note')).toBeNull();
    expect(popup.root.querySelector('.score-value')?.textContent).toBe('42');
  });

  test('a refusal from the background becomes a notice and changes nothing', async () => {
    const { popup } = await openWith();
    popup.client.handlers.dismissFinding = () => ({ ok: false, error: 'Analyse the page first.' });
    const item = itemOf(popup.root, 'f1') as HTMLElement;
    await click(button(item, strings.dismissal.open), popup);
    await click(button(item, strings.dismissal.reasons['not-loaded']), popup);
    expect(popup.root.querySelector('.notice')?.textContent).toContain('Analyse the page first.');
    expect(itemOf(popup.root, 'f1')).not.toBeNull();
  });
});

describe('the reader’s settings', () => {
  const confidentOnly: Settings = { ...defaultSettings(), sensitivity: 'confident' };
  test('hide findings from the lists (not from the score) with a note and a link to the settings', async () => {
    const settings = { ...confidentOnly, techniques: { ...confidentOnly.techniques, certainty: false } };
    const { popup } = await openWith([], { settings });
    // Every fixture finding is confident (0.8); the two certainty findings are switched off.
    expect(itemOf(popup.root, 'f10')).toBeNull();
    expect(itemOf(popup.root, 'f9')).toBeNull();
    expect(itemOf(popup.root, 'f1')).not.toBeNull();
    const note = popup.root.querySelector('.settings-note');
    expect(note?.textContent).toContain(strings.settingsNote.hidden(2));
    expect(note?.querySelector('a')?.getAttribute('href')).toBe('options.html');
    expect(popup.root.querySelector('.score-value')?.textContent).toBe('42');
  });

  test('a settings change applies to the open popup without reopening it', async () => {
    const stored = { settings: defaultSettings() };
    const { popup, changeSettings } = await openWith([], stored);
    expect(popup.root.querySelector('.settings-note')).toBeNull();
    stored.settings = { ...stored.settings, techniques: { ...stored.settings.techniques, certainty: false } };
    changeSettings();
    await popup.flush();
    expect(popup.root.querySelector('.settings-note')?.textContent).toContain(strings.settingsNote.hidden(2));
    expect(itemOf(popup.root, 'f10')).toBeNull();
  });
});

describe('links', () => {
  test('the footer reaches every extension page in a new tab', async () => {
    const { popup } = await openWith();
    const links = [...popup.root.querySelectorAll('.page-links a')] as HTMLAnchorElement[];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'analyse.html',
      'compare.html',
      'glossary.html',
      'teach.html',
      'options.html',
    ]);
    for (const a of links) expect(a.target).toBe('_blank');
  });

  test.each([
    ['f1', 'glossary.html#idea-unsourced-claim'],
    ['f7', 'glossary.html#source-agentless'],
    ['f10', 'glossary.html#technique-certainty'],
  ])('%s links to %s', async (id, href) => {
    const { popup } = await openWith();
    const link = itemOf(popup.root, id)?.querySelector('a.finding-glossary') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(href);
    expect(link.target).toBe('_blank');
  });
});
