// @vitest-environment jsdom
/**
 * Every word the popup shows lives in popup/strings.ts, so it can move to _locales later. The check renders
 * every screen with each string replaced by a marker and with page data written in Greek letters: any Latin
 * letter left in the popup's text or in an attribute a reader hears is English hard-coded in a component.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Finding } from '../../src/engine/types.ts';
import type { TabView } from '../../src/messaging/protocol.ts';
import { englishIn } from '../i18n/markers.ts';
import { makeReport, resultView } from './fixtures.ts';
import { type Rendered, renderPopup } from './render.tsx';

/** Replaces every string with ⟦its path⟧ and every function with one that returns ⟦its path⟧. */
function markers(value: unknown, path: string): unknown {
  if (typeof value === 'string') return `⟦${path}⟧`;
  if (typeof value === 'function') return () => `⟦${path}⟧`;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, markers(v, `${path}.${k}`)]));
  }
  return value;
}

vi.mock('../../popup/strings.ts', async (original) => {
  const real = (await original()) as { strings: unknown };
  return { strings: markers(real.strings, 's') };
});

const greek = 'Αλφα βήτα γάμμα';
const base = { rule: 'r', confidence: 0.5, inQuote: true, explanation: greek, question: greek } as const;
const findings: Finding[] = [
  { ...base, id: 'f1', kind: 'claim', start: 0, end: 15, text: greek, claimType: 'statistical', sourcing: 'none' },
  { ...base, id: 'f2', kind: 'attribution', start: 20, end: 25, text: greek, source: 'named', sourceName: greek },
  { ...base, id: 'f3', kind: 'attribution', start: 30, end: 35, text: greek, source: 'anonymous' },
  { ...base, id: 'f4', kind: 'rhetoric', start: 40, end: 45, text: greek, technique: 'hedge' },
];
const report = { ...makeReport(findings), warnings: [greek] };
report.score = {
  ...report.score,
  components: report.score.components.map((c) => ({ ...c, label: greek, detail: greek })),
};
const page = { url: 'https://x.example', title: greek };
const views: Array<[string, TabView]> = [
  ['result', resultView({ report, page })],
  ['result with everything hidden', resultView({ report, page, families: [] })],
  ['result with no findings', resultView({ report: { ...report, findings: [] }, page })],
  [
    'result loaded from a file, with annotations not found',
    resultView({
      report,
      page,
      loaded: { fileName: greek, analysedAt: '2026-11-26T14:05:00Z', total: 9, unmatched: findings.slice(0, 2) },
    }),
  ],
  [
    'result loaded from a file, all found',
    resultView({ report, page, loaded: { fileName: greek, total: 4, unmatched: [] } }),
  ],
  ['analysing', resultView({ status: 'analysing', progress: 0.5, report: undefined, page })],
  ['not analysed', resultView({ status: 'idle', report: undefined, page })],
  ['not an article', resultView({ status: 'not-article', report: undefined, page })],
  ['restricted', resultView({ status: 'restricted', report: undefined, page })],
  ['error', resultView({ status: 'error', report: undefined, page })],
];

let current: Rendered | undefined;
afterEach(() => {
  current?.unmount();
  current = undefined;
});

describe('no English hard-coded in components', () => {
  test.each(views)('%s', async (_name, view) => {
    current = await renderPopup(view, {
      getSiteAutomation: () => ({ ok: true, value: { origin: '⟦origin⟧', enabled: true } }),
      analyzeTab: () => ({ ok: true, value: view }),
    });
    expect(current.root.textContent?.length).toBeGreaterThan(0);
    expect(englishIn(current.root)).toEqual([]);
  });

  test('the check catches a hard-coded word', () => {
    const root = document.createElement('div');
    root.append('⟦s.a⟧ findings');
    expect(englishIn(root)).toEqual(['findings']);
  });

  test('components carry no literal text in readable attributes', () => {
    const dir = resolve(import.meta.dirname, '../../popup/components');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/\b(aria-label|aria-description|title|alt|placeholder)="[^"]*[A-Za-z]/);
    }
  });
});
