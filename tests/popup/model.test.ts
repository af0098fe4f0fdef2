/** The popup's pure helpers: families, summary sentence, sentence around a finding, labels, tab id, timeouts. */
import { describe, expect, test, vi } from 'vitest';
import { groupByFamily } from '../../popup/model/families.ts';
import { detailFor, labelFor } from '../../popup/model/labels.ts';
import { sentenceAround } from '../../popup/model/sentence.ts';
import { summarize } from '../../popup/model/summary.ts';
import { withTimeout } from '../../popup/state/timeout.ts';
import { resolveTabId } from '../../popup/tab-id.ts';
import type { Finding } from '../../src/engine/types.ts';
import { ARTICLE, at, FINDINGS, makeReport } from './fixtures.ts';

const base = {
  id: 'x',
  rule: 'r',
  confidence: 1,
  explanation: 'e',
  inQuote: false,
  start: 0,
  end: 1,
  text: 'a',
} as const;
const claim = (sourcing: 'named' | 'document' | 'anonymous' | 'vague' | 'none'): Finding => ({
  ...base,
  kind: 'claim',
  claimType: 'factual',
  sourcing,
});
const attribution = (
  source: 'named' | 'document' | 'anonymous' | 'vague' | 'agentless' | 'pronoun',
  sourceName?: string,
): Finding => ({
  ...base,
  kind: 'attribution',
  source,
  ...(sourceName ? { sourceName } : {}),
});

describe('groupByFamily', () => {
  test('counts each family and keeps text order', () => {
    const groups = groupByFamily(FINDINGS);
    expect(groups.map((g) => [g.family, g.findings.map((f) => f.id)])).toEqual([
      ['unsourced', ['f1', 'f6']],
      ['weak-source', ['f3', 'f4', 'f7']],
      ['rhetoric', ['f5', 'f9', 'f10']],
      ['sourced', ['f2', 'f8']],
    ]);
  });
  test('keeps empty families with a count of zero', () => {
    expect(groupByFamily([]).map((g) => g.findings.length)).toEqual([0, 0, 0, 0]);
  });
});

describe('summarize', () => {
  test.each([
    ['the fixture', FINDINGS, '2 of 3 claims have no source; 2 sources are anonymous or vague'],
    ['one unsourced claim', [claim('none')], '1 of 1 claim has no source'],
    ['every claim sourced', [claim('named'), claim('document')], 'All 2 claims name a source'],
    ['no claims at all', [attribution('vague')], 'No checkable claims found; 1 source is anonymous or vague'],
    ['nothing found', [], 'No checkable claims found'],
    [
      'a later reference back to an anonymous source is not another source',
      [attribution('anonymous'), { ...attribution('anonymous'), rule: 'attribution/echo' }],
      'No checkable claims found; 1 source is anonymous or vague',
    ],
  ])('%s', (_name, findings, expected) => {
    expect(summarize(makeReport(findings))).toBe(expected);
  });
});

describe('sentenceAround', () => {
  const disaster = FINDINGS.find((f) => f.id === 'f5') as Finding;
  test('with the text: the real sentence, flagged words in the middle', () => {
    expect(sentenceAround(disaster, FINDINGS, ARTICLE)).toEqual({
      before: 'Critics say the closure is a ',
      flagged: 'disaster',
      after: ' for local shops.',
    });
  });
  test('with the text: a finding at the start of the text', () => {
    const first = FINDINGS[0];
    expect(sentenceAround(first, FINDINGS, ARTICLE)).toEqual({ before: '', flagged: first.text, after: '' });
  });
  test('with the text: a sentence that ends in a closing quote', () => {
    const quoted = FINDINGS.find((f) => f.id === 'f9') as Finding;
    expect(sentenceAround(quoted, FINDINGS, ARTICLE)).toEqual({
      before: 'Mayor Ana Ruiz said the decision was "',
      flagged: 'painful but necessary',
      after: '".',
    });
  });
  test('without the text: the smallest claim around the finding', () => {
    expect(sentenceAround(disaster, FINDINGS)).toEqual({
      before: 'Critics say the closure is a ',
      flagged: 'disaster',
      after: ' for local shops.',
    });
  });
  test('without the text and no claim around it: the flagged words alone', () => {
    const clearly = FINDINGS.find((f) => f.id === 'f10') as Finding;
    expect(sentenceAround(clearly, FINDINGS)).toEqual({ before: '', flagged: 'Clearly', after: '' });
  });
  test('a text that does not match the finding is not trusted', () => {
    expect(sentenceAround(disaster, FINDINGS, 'another text entirely').flagged).toBe('disaster');
  });
  test('long context is shortened at a word boundary', () => {
    const text = `${'word '.repeat(100)}target ${'more '.repeat(100)}end.`;
    const finding = { ...base, kind: 'rhetoric', technique: 'hedge', ...at('target', text) } as Finding;
    const parts = sentenceAround(finding, [finding], text);
    expect(parts.before.startsWith('…word')).toBe(true);
    expect(parts.after.endsWith('more…')).toBe(true);
    expect(parts.before.length).toBeLessThanOrEqual(161);
  });
});

describe('labelFor', () => {
  test.each([
    [claim('none'), 'Factual claim'],
    [attribution('anonymous'), 'Anonymous source'],
    [{ ...base, kind: 'rhetoric', technique: 'figurative' } as Finding, 'Dramatic metaphor'],
    [{ ...base, kind: 'rhetoric', technique: 'a-technique-added-later' } as unknown as Finding, 'Persuasive wording'],
  ])('%# %j', (finding, label) => {
    expect(labelFor(finding)).toBe(label);
  });
});

describe('detailFor', () => {
  test.each([
    [claim('vague'), 'Rests on a vague source'],
    [claim('none'), 'No source given'],
    [claim('document'), 'Backed by a document or link'],
    [attribution('named', 'Ana Ruiz'), 'Source: Ana Ruiz'],
    [attribution('vague'), undefined],
    [{ ...base, kind: 'rhetoric', technique: 'hedge' } as Finding, undefined],
  ])('%# %j', (finding, detail) => {
    expect(detailFor(finding)).toBe(detail);
  });
});

describe('resolveTabId', () => {
  const never = () => Promise.reject(new Error('should not ask'));
  test('takes an explicit ?tabId=', async () => {
    expect(await resolveTabId('?tabId=42', never)).toBe(42);
  });
  test.each(['?tabId=abc', '?tabId=', '?tabId=-3', '?tabId=1.5'])('refuses %s with a sentence', async (search) => {
    await expect(resolveTabId(search, never)).rejects.toThrow(/not a tab number/);
  });
  test('falls back to the active tab', async () => {
    expect(await resolveTabId('', async () => 9)).toBe(9);
  });
  test('says so when there is no active tab', async () => {
    await expect(resolveTabId('', async () => undefined)).rejects.toThrow(/which tab/);
  });
});

describe('withTimeout', () => {
  test('passes a prompt answer through', async () => {
    expect(await withTimeout(Promise.resolve({ ok: true, value: 1 }), 100, 'late')).toEqual({ ok: true, value: 1 });
  });
  test('turns silence into a failure with the sentence', async () => {
    vi.useFakeTimers();
    const pending = withTimeout(new Promise<never>(() => {}), 100, 'late');
    vi.advanceTimersByTime(100);
    expect(await pending).toEqual({ ok: false, error: 'late' });
    vi.useRealTimers();
  });
  test('turns a thrown call into a failure with the sentence', async () => {
    expect(await withTimeout(Promise.reject(new Error('port closed')), 100, 'no answer')).toEqual({
      ok: false,
      error: 'no answer',
    });
  });
});
