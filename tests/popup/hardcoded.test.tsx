// @vitest-environment jsdom
/**
 * No UI string is hard-coded in the popup, the card or the background: every message is replaced by a marker
 * (⟦key|substitutions⟧) and all page and engine data is written in Greek letters, so any Latin word left on
 * screen, or in an attribute a reader hears, is English that did not come through _locales/en/messages.json.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { strings as backgroundStrings } from '../../src/background/strings.ts';
import type { Finding, Report } from '../../src/engine/types.ts';
import { messagesSource, setMessageSource } from '../../src/i18n/index.ts';
import { englishIn, greekReport, MARKER_SOURCE } from '../i18n/markers.ts';
import english from '../../_locales/en/messages.json';
import { dismissalKeys } from '../../src/messaging/dismissals.ts';
import type { TabView } from '../../src/messaging/protocol.ts';
import { ExplanationCard } from '../../src/page/card/card.ts';
import { strings as pageStrings } from '../../src/page/strings.ts';
import { defaultSettings } from '../../src/settings/index.ts';
import { button, click, type Rendered, renderPopup } from './render.tsx';

const GREEK = 'Αλφα βήτα γάμμα δέλτα. Έψιλον ζήτα ήτα θήτα.';
const span = { start: 0, end: 10, text: GREEK.slice(0, 10), rule: 'ρ', confidence: 0.5, inQuote: true };
const greek = { explanation: 'Εξήγηση.', question: 'Ερώτηση;' };
const FINDINGS: Finding[] = [
  { ...span, ...greek, id: 'f1', kind: 'claim', claimType: 'statistical', sourcing: 'none' },
  { ...span, ...greek, id: 'f2', kind: 'attribution', source: 'named', sourceName: 'Όνομα' },
  { ...span, ...greek, id: 'f3', kind: 'attribution', source: 'anonymous' },
  { ...span, ...greek, id: 'f4', kind: 'rhetoric', technique: 'hedge', confidence: 0.9 },
  { ...span, ...greek, id: 'f5', kind: 'rhetoric', technique: 'certainty', confidence: 0.9 },
];
const REPORT: Report = greekReport(GREEK, FINDINGS);
const PAGE = { url: 'https://παράδειγμα.example/α', title: 'Τίτλος' };
const base: TabView = {
  tabId: 7,
  status: 'idle',
  highlightsVisible: true,
  families: ['unsourced', 'weak-source', 'rhetoric', 'sourced'],
};
const result: TabView = {
  ...base,
  status: 'result',
  report: REPORT,
  text: GREEK,
  page: PAGE,
  dismissed: [
    { key: dismissalKeys(FINDINGS).get('f2') as string, reason: 'other', note: 'Σημείωση', at: '2026-11-26T12:00:00Z' },
  ],
  loaded: { fileName: 'αναφορά.jsonld', analysedAt: '2026-11-26T12:00:00Z', total: 6, unmatched: [FINDINGS[0]] },
};

beforeAll(() => {
  setMessageSource(MARKER_SOURCE);
});
afterAll(() => setMessageSource(messagesSource(english)));

let popup: Rendered | undefined;
afterEach(() => {
  popup?.unmount();
  popup = undefined;
});

describe('no English hard-coded in the popup', () => {
  test.each([
    ['idle', { ...base }],
    ['analysing', { ...base, status: 'analysing', progress: 0.4 }],
    ['not an article', { ...base, status: 'not-article', page: PAGE, message: 'Μήνυμα' }],
    ['restricted', { ...base, status: 'restricted', message: 'Μήνυμα' }],
    ['error', { ...base, status: 'error', message: 'Μήνυμα' }],
  ] as [string, TabView][])('%s', async (_, view) => {
    popup = await renderPopup(view, { analyzeTab: () => ({ ok: true, value: view }) });
    expect(englishIn(popup.root)).toEqual([]);
  });

  test('a loaded result with dismissals, settings that hide findings, an open dismiss form and a notice', async () => {
    const settings = { ...defaultSettings(), sensitivity: 'confident' as const };
    popup = await renderPopup(
      result,
      { getSiteAutomation: () => ({ ok: true, value: { origin: 'https://παράδειγμα.example', enabled: true } }) },
      { store: { loadSettings: async () => ({ settings }), watchSettings: () => () => undefined } },
    );
    popup.store.notice.value = 'Ειδοποίηση';
    const item = popup.root.querySelector('li.finding') as HTMLElement;
    await click(button(item, /⟦popup_dismissal_open⟧/), popup);
    await click(button(item, /⟦popup_reason_other⟧/), popup);
    (popup.root.querySelector('details') as HTMLDetailsElement).open = true;
    await click(popup.root.querySelector('button[aria-haspopup="menu"]') as Element, popup);
    await popup.flush();
    expect(popup.root.querySelector('.settings-note')).not.toBeNull();
    expect(popup.root.querySelector('.dismissed-note')).not.toBeNull();
    // The breakdown, rescored without the dismissed finding, holds the engine's own component words (its contract).
    popup.root.querySelector('.breakdown')?.remove();
    expect(englishIn(popup.root)).toEqual([]);
  });
});

describe('no English hard-coded in the card', () => {
  test('a card with two findings on the same words', () => {
    const box = { left: 10, top: 10, right: 60, bottom: 30, width: 50, height: 20 } as DOMRect;
    Range.prototype.getClientRects = () => [box] as unknown as DOMRectList;
    Range.prototype.getBoundingClientRect = () => box;
    document.body.textContent = GREEK;
    const range = document.createRange();
    range.selectNodeContents(document.body);
    const card = new ExplanationCard(document);
    const { question: _, ...noQuestion } = FINDINGS[3];
    card.show(
      [
        { finding: noQuestion as Finding, family: 'rhetoric', range },
        { finding: FINDINGS[2], family: 'weak-source', range },
      ],
      range,
      true,
    );
    const shadow = document.querySelector('sourcelight-card')?.shadowRoot as ShadowRoot;
    expect(shadow.textContent).toContain('⟦card_question_rhetoric⟧');
    expect(englishIn(shadow)).toEqual([]);
    card.hide();
  });

  test.each(Object.keys(pageStrings))('page string %s comes from the messages', (name) => {
    const value = (pageStrings as Record<string, unknown>)[name];
    const texts =
      typeof value === 'function' ? [value(0.5)] : typeof value === 'string' ? [value] : Object.values(value as object);
    for (const text of texts) expect(String(text)).toMatch(/^⟦(card|page)_\w+(\|50)?⟧$/);
  });
});

describe('no English hard-coded in the background', () => {
  test.each(Object.keys(backgroundStrings))('%s comes from the messages', (name) => {
    const value = (backgroundStrings as Record<string, unknown>)[name];
    const text = typeof value === 'function' ? value('Λ') : value;
    expect(String(text)).toMatch(/^⟦bg_\w+(\|"?Λ"?)?⟧$/);
  });
});
