// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/engine/types.ts';
import { fromDrawPlan, toDrawPlan } from '../../src/messaging/draw-plan.ts';
import { assertReport, entriesFor } from '../../src/page/draw.ts';
import { collectText } from '../../src/page/extract/collect.ts';
import { createSlicer } from '../../src/page/slicer.ts';

async function mapOf(html: string) {
  document.body.innerHTML = html; // fixture markup written here
  return (await collectText(document.body, { slicer: createSlicer(1e9) })).map;
}

function finding(text: string, start: number, extra: Partial<Finding> = {}): Finding {
  return { id: `f${start}`, kind: 'rhetoric', technique: 'loaded-language', start, end: start + text.length, text, rule: 'r', confidence: 0.5, explanation: 'why', inQuote: false, ...extra } as Finding;
}

describe('entriesFor', () => {
  test('draws findings whose words are where the report says, sorted by position', async () => {
    const map = await mapOf('<p>A  <b>dangerous</b> escalation.</p><p>Second paragraph.</p>');
    const second = finding('Second', map.text.indexOf('Second'));
    const first = finding('dangerous escalation', map.text.indexOf('dangerous'));
    const { entries, unmatched } = await entriesFor([second, first], map, document, createSlicer(1e9));
    expect(unmatched).toBe(0);
    expect(entries.map((e) => e.range.toString())).toEqual(['dangerous escalation', 'Second']);
  });

  test.each([
    ['offsets that point at other words', finding('escalation', 0)],
    ['offsets beyond the text', finding('ghost', 500)],
    ['a malformed finding', { id: 3, text: null } as unknown as Finding],
  ])('skips %s and counts it', async (_name, bad) => {
    const map = await mapOf('<p>A dangerous escalation.</p>');
    const { entries, unmatched } = await entriesFor([bad], map, document, createSlicer(1e9));
    expect(entries).toEqual([]);
    expect(unmatched).toBe(1);
  });

  test('skips a finding whose page text changed since it was read', async () => {
    const map = await mapOf('<p>A dangerous escalation.</p>');
    (document.querySelector('p')?.firstChild as Text).data = 'A peaceful resolution.';
    const { unmatched } = await entriesFor([finding('dangerous', 2)], map, document, createSlicer(1e9));
    expect(unmatched).toBe(1);
  });
});

describe('assertReport', () => {
  test.each([null, {}, { findings: 'no' }])('refuses %j', (value) => {
    expect(() => assertReport(value)).toThrow('not a Sourcelight report');
  });
});

describe('draw plans', () => {
  test('carry every field the page uses, and the page restores the texts from its own text', () => {
    const text = 'Experts say the plan, clearly, will fail.';
    const findings: Finding[] = [
      { id: 'f1', kind: 'attribution', source: 'vague', start: 0, end: 11, text: 'Experts say', rule: 'attribution/vague', confidence: 0.8, explanation: 'Who?', inQuote: false, question: 'Which experts?' },
      { id: 'f2', kind: 'claim', sourcing: 'vague', claimType: 'prediction', start: 0, end: 41, text, rule: 'claim/prediction', confidence: 0.75, explanation: 'A forecast.', inQuote: false },
      { id: 'f3', kind: 'rhetoric', technique: 'certainty', start: 22, end: 29, text: 'clearly', rule: 'rhetoric/certainty', confidence: 0.9, explanation: 'Who?', inQuote: true },
    ];
    const plan = toDrawPlan(findings);
    expect(plan.strings.filter((s) => s === 'Who?')).toHaveLength(1);
    expect(JSON.stringify(plan)).not.toContain('Experts say the plan');
    expect(fromDrawPlan(structuredClone(plan), (s, e) => text.slice(s, e))).toEqual(findings);
  });

  test('a malformed plan gives no findings rather than an error', () => {
    expect(fromDrawPlan({ strings: null, rows: [1] } as never, () => '')).toEqual([]);
    expect(fromDrawPlan({ strings: [], rows: [0, 0, 1, 0, 0, 0, 0, -1, 0] }, () => 'x')).toEqual([]);
  });
});
