/**
 * "Load report" in the background: the page's current text is read through the analysis's own extraction, the
 * annotations are anchored on it (quote first, position a hint), the page draws what was found, and the view
 * lists what was not. A wrong file or an unreadable page is refused with a sentence and changes nothing.
 */
import { describe, expect, test } from 'vitest';
import { DOWNLOAD_URL_LIFETIME_MS, downloadUrl } from '../../src/background/download-url.ts';
import type { Finding, Report } from '../../src/engine/types.ts';
import { type DrawPlan, fromDrawPlan } from '../../src/messaging/draw-plan.ts';
import { toJsonLd } from '../../src/report/index.ts';
import { pageAnswers, setUp } from './setup.ts';

const TEXT = 'The mayor said the bridge will close. Critics say it is a disaster. Traffic will double.';
const span = (text: string, phrase: string) => ({
  start: text.indexOf(phrase),
  end: text.indexOf(phrase) + phrase.length,
  text: phrase,
});
const base = { rule: 'test/rule', confidence: 0.8, explanation: 'Why it matters.', inQuote: false } as const;
const FINDINGS: Finding[] = [
  { ...base, id: 'f1', kind: 'attribution', ...span(TEXT, 'The mayor said'), source: 'named', sourceName: 'The mayor' },
  { ...base, id: 'f2', kind: 'attribution', ...span(TEXT, 'Critics say'), source: 'vague' },
  { ...base, id: 'f3', kind: 'rhetoric', ...span(TEXT, 'disaster'), technique: 'loaded-language' },
  {
    ...base,
    id: 'f4',
    kind: 'claim',
    ...span(TEXT, 'Traffic will double.'),
    claimType: 'prediction',
    sourcing: 'none',
  },
];
const REPORT: Report = {
  schemaVersion: 1,
  engine: { name: 'sourcelight', version: 'test' },
  text: { length: TEXT.length, words: 16, sentences: 3, language: 'en' },
  findings: FINDINGS,
  score: { value: 37, grade: 'weak', components: [] },
};
const FILE = toJsonLd(
  { report: REPORT, text: TEXT, meta: { url: 'https://news.example/bridge', title: 'Bridge' } },
  new Date('2026-11-26T14:05:00Z'),
);
/** The page today: a paragraph inserted above, a word changed elsewhere, and the last sentence gone. */
const CHANGED = `Update: the council meets on Friday.\n\n${TEXT.replace('bridge', 'old bridge').replace(' Traffic will double.', '')}`;

function withPage(text: string) {
  const setup = setUp();
  setup.fake.tabs.set(7, { id: 7, url: 'https://news.example/bridge' });
  setup.answers.set(7, {
    ...pageAnswers(),
    extract: () => ({
      kind: 'article',
      text,
      links: [],
      page: { url: 'https://news.example/bridge', title: 'Bridge (updated)' },
      source: 'readability',
    }),
  });
  return setup;
}

describe('loading a report onto a page that changed a little', () => {
  test('finds each annotation on the same words, draws them, and lists the one that is gone', async () => {
    const { call, calls, fake } = withPage(CHANGED);
    const answer = await call('loadReport', 7, 'bridge.jsonld', FILE);
    if (!answer.ok) throw new Error(answer.error);
    const view = answer.value;
    expect(view.status).toBe('result');
    expect(view.text).toBe(CHANGED);
    expect(view.page?.title).toBe('Bridge (updated)');
    expect(view.loaded).toEqual({
      fileName: 'bridge.jsonld',
      analysedAt: '2026-11-26T14:05:00.000Z',
      total: 4,
      unmatched: [FINDINGS[3]],
    });
    expect(view.report?.score.value).toBe(37);
    const found = view.report?.findings ?? [];
    expect(found.map((f) => [f.id, CHANGED.slice(f.start, f.end)])).toEqual([
      ['f1', 'The mayor said'],
      ['f2', 'Critics say'],
      ['f3', 'disaster'],
    ]);
    // The extraction an analysis uses, then the draw plan of exactly the anchored findings.
    expect(calls.map((c) => c.method)).toEqual(['ping', 'extract', 'drawPlan']);
    expect(calls[1].args).toEqual(['anyway']);
    const plan = calls[2].args[0] as DrawPlan;
    const spans = (list: readonly Finding[]) => list.map((f) => [f.id, f.start, f.end, f.kind]);
    expect(spans(fromDrawPlan(plan, (s, e) => CHANGED.slice(s, e)))).toEqual(spans(found));
    expect(fake.badges.get(7)?.text).toBe('37');
  });

  test("keeps the reader's hidden highlights hidden", async () => {
    const { call, calls } = withPage(TEXT);
    await call('analyzeTab', 7, 'article');
    await call('setHighlightsVisible', 7, false);
    const answer = await call('loadReport', 7, 'bridge.jsonld', FILE);
    expect(answer.ok && answer.value.highlightsVisible).toBe(false);
    expect(calls.at(-1)).toMatchObject({ method: 'setVisible', args: [false, expect.any(Array)] });
  });

  test('a fresh analysis afterwards drops what the file said', async () => {
    const { call } = withPage(TEXT);
    await call('loadReport', 7, 'bridge.jsonld', FILE);
    const fresh = await call('analyzeTab', 7, 'article');
    expect(fresh.ok && fresh.value.loaded).toBeUndefined();
  });
});

describe('refuses with a sentence and leaves the tab as it was', () => {
  test.each([
    ['not JSON', '{', /not valid JSON/],
    ['not a string', 42, /Expected the text of a JSON-LD file/],
    [
      "another tool's annotation",
      JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation' }),
      /AnnotationCollection/,
    ],
  ])('%s', async (_case, json, error) => {
    const { call, calls } = withPage(TEXT);
    const before = await call('getTabView', 7);
    const answer = await (call as (m: string, ...a: unknown[]) => Promise<{ ok: boolean; error?: string }>)(
      'loadReport',
      7,
      'x.jsonld',
      json,
    );
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(error);
    expect(calls).toEqual([]);
    expect(await call('getTabView', 7)).toEqual(before);
  });

  test('a page the browser protects', async () => {
    const { call, fake } = withPage(TEXT);
    fake.tabs.set(7, { id: 7, url: 'https://addons.mozilla.org/en-US/firefox/' });
    const answer = await call('loadReport', 7, 'x.jsonld', FILE);
    expect(!answer.ok && answer.error).toMatch(/Extension stores/);
  });

  test('a page with no text to draw on', async () => {
    const { call, answers } = withPage(TEXT);
    answers.set(7, {
      ...pageAnswers(),
      extract: () => ({
        kind: 'not-article',
        page: { url: 'https://news.example/bridge', title: '' },
        reason: 'There is no readable text on this page.',
      }),
    });
    const answer = await call('loadReport', 7, 'x.jsonld', FILE);
    expect(!answer.ok && answer.error).toBe('There is no readable text on this page.');
  });
});

describe('download URLs', () => {
  test('are made from the content with its type and revoked after a while', async () => {
    const made: Blob[] = [];
    const revoked: string[] = [];
    const timers: [() => void, number][] = [];
    const url = {
      createObjectURL: (blob: Blob) => `blob:bg/${made.push(blob)}`,
      revokeObjectURL: (u: string) => void revoked.push(u),
    };
    const setTimer = ((fn: () => void, ms: number) => timers.push([fn, ms])) as unknown as typeof setTimeout;
    expect(downloadUrl('a,b', 'text/csv', url, setTimer)).toBe('blob:bg/1');
    expect(await made[0].text()).toBe('a,b');
    expect(made[0].type).toBe('text/csv');
    expect(timers[0][1]).toBe(DOWNLOAD_URL_LIFETIME_MS);
    timers[0][0]();
    expect(revoked).toEqual(['blob:bg/1']);
  });

  test.each([
    ['a context without object URLs (a service worker)', 'x', 'text/plain', {} as never],
    ['content that is not text', 42, 'text/plain', URL],
    ['a type that is not text', 'x', null, URL],
  ])('are null for %s', (_case, content, type, url) => {
    expect(downloadUrl(content, type, url)).toBeNull();
  });
});
