import { describe, expect, test } from 'vitest';
import { dismissalsKey } from '../../src/background/dismissals.ts';
import { openExtensionPage } from '../../src/background/handlers-open.ts';
import type { Report } from '../../src/engine/types.ts';
import { dismissalKeys } from '../../src/messaging/dismissals.ts';
import { type DrawPlan, fromDrawPlan } from '../../src/messaging/draw-plan.ts';
import { makeCaller } from '../../src/messaging/transport.ts';
import type { ContentCalls } from '../../src/messaging/protocol.ts';
import { defaultSettings, SETTINGS_KEY } from '../../src/settings/index.ts';
import { setUp } from '../background/setup.ts';

const TEXT = 'Perhaps it rains today.';
/** Two findings: a hedge (confident) and an unsourced claim (not confident). */
function twoFindings(): Report {
  return {
    schemaVersion: 1,
    engine: { name: 'sourcelight', version: 'test' },
    text: { length: TEXT.length, words: 4, sentences: 1, language: 'en' },
    findings: [
      {
        id: 'f1',
        kind: 'rhetoric',
        technique: 'hedge',
        start: 0,
        end: 7,
        text: 'Perhaps',
        rule: 'r',
        confidence: 0.9,
        explanation: 'e',
        inQuote: false,
      },
      {
        id: 'f2',
        kind: 'claim',
        claimType: 'factual',
        sourcing: 'none',
        start: 0,
        end: 23,
        text: TEXT,
        rule: 'c',
        confidence: 0.5,
        explanation: 'e',
        inQuote: false,
      },
    ],
    score: { value: 42, grade: 'mixed', components: [] },
  };
}

async function analysed() {
  const setup = setUp({ engine: async () => twoFindings() });
  setup.fake.tabs.set(7, { id: 7, url: 'https://news.example/a#top' });
  await setup.call('analyzeTab', 7, 'article');
  const drawnIds = () => {
    const last = setup.calls.filter((c) => c.method === 'drawPlan').at(-1);
    return fromDrawPlan(last?.args[0] as DrawPlan, () => '').map((f) => f.id);
  };
  return { ...setup, drawnIds };
}

describe('dismissing', () => {
  test('stores the dismissal under the page, redraws without it, rescores the badge and tells the popup', async () => {
    const { call, fake, drawnIds, events } = await analysed();
    expect(drawnIds()).toEqual(['f1', 'f2']);
    const answer = await call('dismissFinding', 7, 'f1', 'not-loaded', '');
    expect(answer).toMatchObject({ ok: true });
    expect(drawnIds()).toEqual(['f2']);
    const stored = fake.local.get(dismissalsKey('https://news.example/a'));
    expect(stored).toEqual([
      { key: dismissalKeys(twoFindings().findings).get('f1'), reason: 'not-loaded', at: expect.any(String) },
    ]);
    expect(events.at(-1)?.dismissed).toHaveLength(1);
    expect(fake.badges.get(7)?.text).not.toBe('42');
  });

  test('a new analysis of the page keeps it dismissed, and getTabView reads it back', async () => {
    const { call, drawnIds } = await analysed();
    await call('dismissFinding', 7, 'f2', 'other', 'a headline');
    await call('analyzeTab', 7, 'article').catch(() => undefined);
    await call('turnOff', 7);
    const again = await call('analyzeTab', 7, 'article');
    expect(again.ok && again.value.dismissed).toEqual([
      expect.objectContaining({ reason: 'other', note: 'a headline' }),
    ]);
    expect(drawnIds()).toEqual(['f1']);
    const view = await call('getTabView', 7);
    expect(view.ok && view.value.dismissed).toHaveLength(1);
  });

  test('a view restored after the background stopped still carries the dismissals when the popup changes families', async () => {
    const first = await analysed();
    await first.call('dismissFinding', 7, 'f1', 'not-loaded', '');
    const second = setUp({ engine: async () => twoFindings() });
    for (const [k, v] of first.fake.session) second.fake.session.set(k, v);
    for (const [k, v] of first.fake.local) second.fake.local.set(k, v);
    second.fake.tabs.set(7, { id: 7, url: 'https://news.example/a#top' });
    second.fake.onInject(7, 'content.js');
    const changed = await second.call('setFamilies', 7, ['rhetoric']);
    expect(changed.ok && changed.value.dismissed).toHaveLength(1);
  });

  test('undo brings one back, and undo all brings every one back and clears the storage', async () => {
    const { call, fake, drawnIds } = await analysed();
    await call('dismissFinding', 7, 'f1', 'not-loaded', '');
    await call('dismissFinding', 7, 'f2', 'not-a-claim', '');
    expect(drawnIds()).toEqual([]);
    const key = dismissalKeys(twoFindings().findings).get('f1') as string;
    await call('undoDismissals', 7, [key]);
    expect(drawnIds()).toEqual(['f1']);
    await call('undoDismissals', 7, null);
    expect(drawnIds()).toEqual(['f1', 'f2']);
    expect(fake.local.has(dismissalsKey('https://news.example/a'))).toBe(false);
  });

  test.each([
    ['an unknown reason', ['f1', 'boring', ''], /reason for dismissing/],
    ['an unknown finding', ['f9', 'other', ''], /finding id/],
    ['a note that is not text', ['f1', 'other', 5], /note in words/],
  ])('refuses %s', async (_, args, error) => {
    const { call } = await analysed();
    const answer = await (call as (m: string, ...a: unknown[]) => Promise<{ ok: boolean; error?: string }>)(
      'dismissFinding',
      7,
      ...args,
    );
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(error) });
  });

  test('refuses when the tab has no result', async () => {
    const { call } = setUp();
    expect(await call('dismissFinding', 3, 'f1', 'other', '')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Analyse the page first/),
    });
  });

  test('damaged stored dismissals read as none', async () => {
    const { call, fake, drawnIds } = await analysed();
    fake.local.set(dismissalsKey('https://news.example/a'), { not: 'a list' });
    await call('turnOff', 7);
    await call('analyzeTab', 7, 'article');
    expect(drawnIds()).toEqual(['f1', 'f2']);
  });
});

describe('settings', () => {
  test('the page highlights only what the settings show', async () => {
    const setup = setUp({ engine: async () => twoFindings() });
    setup.fake.local.set(SETTINGS_KEY, { ...defaultSettings(), sensitivity: 'confident' });
    setup.fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    await setup.call('analyzeTab', 7, 'article');
    const plan = setup.calls.filter((c) => c.method === 'drawPlan').at(-1)?.args[0] as DrawPlan;
    expect(fromDrawPlan(plan, () => '').map((f) => f.id)).toEqual(['f1']);
  });

  test('a page analysed afresh shows the families the settings show; a page shown before keeps its choice', async () => {
    const setup = setUp({ engine: async () => twoFindings() });
    const families = { ...defaultSettings().families, rhetoric: false };
    setup.fake.local.set(SETTINGS_KEY, { ...defaultSettings(), families });
    setup.fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    const first = await setup.call('analyzeTab', 7, 'article');
    expect(first.ok && first.value.families).toEqual(['unsourced', 'weak-source', 'sourced']);
    await setup.call('setFamilies', 7, ['rhetoric']);
    const again = await setup.call('analyzeTab', 7, 'article');
    expect(again.ok && again.value.families).toEqual(['rhetoric']);
  });
});

describe('opening extension pages for the card', () => {
  test('the content script asks; the background opens the page beside its tab', async () => {
    const { bg, fake } = setUp();
    await openExtensionPage(bg, 'glossary.html#technique-hedge', { tabId: 7 });
    expect(fake.opened).toEqual([{ url: bg.api.runtime.getURL('glossary.html#technique-hedge'), beside: 7 }]);
  });

  test.each([['https://evil.example/'], ['popup.html'], ['glossary.html#<b>'], [42]])('refuses %j', async (path) => {
    const { bg } = setUp();
    await expect(openExtensionPage(bg, path, {})).rejects.toThrow(/Sourcelight's pages/);
  });

  test('arrives through the content channel', async () => {
    const { fake } = setUp();
    const page = fake.api({ tabId: 7, url: 'https://news.example/a' });
    const ask = makeCaller<ContentCalls>('content', (m) => page.runtime.send(m), 2_000);
    expect(await ask('openExtensionPage', 'glossary.html')).toMatchObject({ ok: true, value: true });
    expect(fake.opened).toEqual([{ url: expect.stringMatching(/glossary\.html$/), beside: 7 }]);
  });
});
