/** What settings mean for a report's findings: sensitivity and techniques hide findings; families choose the first view. */
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/engine/types.ts';
import {
  CONFIDENT,
  defaultSettings,
  initialFamilies,
  isShownBySettings,
  type Settings,
  shownFindings,
} from '../../src/settings/index.ts';

const base = { start: 0, end: 1, text: 'x', rule: 'r', explanation: 'e', inQuote: false };
const hedge: Finding = { ...base, id: 'f1', kind: 'rhetoric', technique: 'hedge', confidence: 0.9 };
const unsure: Finding = {
  ...base,
  id: 'f2',
  kind: 'claim',
  claimType: 'factual',
  sourcing: 'none',
  confidence: CONFIDENT - 0.01,
};
const sure: Finding = { ...base, id: 'f3', kind: 'attribution', source: 'vague', confidence: CONFIDENT };
const future = {
  ...base,
  id: 'f4',
  kind: 'rhetoric',
  technique: 'whataboutism',
  confidence: 0.9,
} as unknown as Finding;
const all = [hedge, unsure, sure, future];

describe('shownFindings', () => {
  test.each<[string, Partial<Settings>, string[]]>([
    ['the defaults show everything', {}, ['f1', 'f2', 'f3', 'f4']],
    ['confident only: at or above the threshold', { sensitivity: 'confident' }, ['f1', 'f3', 'f4']],
    ['a technique switched off', { techniques: { ...defaultSettings().techniques, hedge: false } }, ['f2', 'f3', 'f4']],
  ])('%s', (_, change, ids) => {
    expect(shownFindings(all, { ...defaultSettings(), ...change }).map((f) => f.id)).toEqual(ids);
  });

  test('a technique the settings do not know stays shown', () => {
    expect(isShownBySettings(future, defaultSettings())).toBe(true);
  });
});

test('initialFamilies lists the families switched on, in the usual order', () => {
  const settings = {
    ...defaultSettings(),
    families: { unsourced: false, 'weak-source': true, rhetoric: false, sourced: true },
  };
  expect(initialFamilies(settings)).toEqual(['weak-source', 'sourced']);
});
