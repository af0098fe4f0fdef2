/** The sourcing score: published weights, traceable components, and its bounds on real pages. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { claimSourcing } from '../../src/engine/score/components.ts';
import { CLAIM_WEIGHTS, COMPONENT_WEIGHTS, GRADE_BANDS, gradeOf } from '../../src/engine/score/weights.ts';
import { CLAIM_WORDING } from '../../src/engine/detectors/claims/explain.ts';
import type { ClaimFinding, Report, Sourcing } from '../../src/engine/types.ts';
import { sampleText } from './sample-rows.ts';
import { newsPages, sharedData } from './shared-data.ts';

/** Checks what every score must satisfy, whatever the text. */
function expectWellFormed(report: Report): void {
  const ids = new Set(report.findings.map((f) => f.id));
  const { value, components } = report.score;
  expect(value).toBe(Math.round(components.reduce((s, c) => s + c.weight * c.value, 0)));
  for (const c of components) {
    expect(c.value).toBeGreaterThanOrEqual(0);
    expect(c.value).toBeLessThanOrEqual(1);
    expect(c.detail?.length ?? 0).toBeGreaterThan(10);
    for (const id of c.findingIds) expect(ids.has(id), `${c.id} lists unknown ${id}`).toBe(true);
  }
  expect(report.score.grade).toBe(gradeOf(value));
}

describe('weights', () => {
  test('components carry 100 points between them', () => {
    expect(Object.values(COMPONENT_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  test('every checkable claim rule has a weight, and contestable claims weigh more than routine facts', () => {
    for (const rule of Object.keys(CLAIM_WORDING).filter((r) => !/opinion|prescription/.test(r))) {
      expect(CLAIM_WEIGHTS[rule], rule).toBeGreaterThan(0);
    }
    expect(CLAIM_WEIGHTS['claim/casualty']).toBeGreaterThan(CLAIM_WEIGHTS['claim/event']);
    expect(CLAIM_WEIGHTS['claim/event']).toBeGreaterThan(CLAIM_WEIGHTS['claim/routine']);
  });

  test.each([
    [0, 'poor'], [29, 'poor'], [30, 'weak'], [50, 'mixed'], [65, 'good'], [80, 'strong'], [100, 'strong'],
  ] as const)('%i is %s', (value, grade) => {
    expect(gradeOf(value)).toBe(grade);
  });

  test('grade bands run from the top down to 0', () => {
    expect(GRADE_BANDS.at(-1)?.from).toBe(0);
  });
});

/** Unsourced (or sourced) claims of one rule, as the claim-sourcing component sees them. */
function claimsOf(rule: string, count: number, sourcing: Sourcing = 'none'): ClaimFinding[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `f${i + 1}`, kind: 'claim', start: 0, end: 1, text: 'x', rule, confidence: 0.8, explanation: 'x',
    inQuote: false, claimType: 'factual', sourcing,
  }));
}

describe('claim sourcing weighs each claim by what it is, not only against its neighbours', () => {
  test.each([
    ['routine facts', 'claim/routine', 0.8],
    ['events the reporter saw', 'claim/event', 0.4],
    ['predictions', 'claim/prediction', 0],
    ['death tolls', 'claim/casualty', 0],
  ])('a text whose only claims are unsourced %s (%s) keeps %s of the component', (_what, rule, kept) => {
    expect(claimSourcing(claimsOf(rule, 5), new Map()).value).toBeCloseTo(kept, 2);
  });

  test('an unsourced death toll among sourced events still costs more than half the component', () => {
    const claims = [...claimsOf('claim/casualty', 1), ...claimsOf('claim/event', 2, 'named')];
    expect(claimSourcing(claims, new Map()).value).toBeLessThan(0.5);
  });
});

describe('components', () => {
  test.each([
    ['the sample', sampleText],
    ['an empty text', ''],
    ['a named, sourced report', 'Interior minister Ali Reza said 40 people were killed in the blast. The ministry said it would publish the names.'],
  ])('%s gives a well-formed score', (_name, text) => {
    expectWellFormed(analyze(text));
  });

  test('a named source scores above the same claim resting on "experts"', () => {
    const named = analyze('Health minister Ana Costa said 40 people were killed in the blast on Tuesday.');
    const vague = analyze('Experts say 40 people were killed in the blast on Tuesday.');
    expect(named.score.value).toBeGreaterThan(vague.score.value);
  });

  test('an anonymous source with a stated reason scores above a vague one', () => {
    const reasoned = analyze('An official, who asked not to be named because he was not authorised to speak, said 40 people died in the blast.');
    const vague = analyze('Observers said 40 people died in the blast.');
    expect(reasoned.score.value).toBeGreaterThan(vague.score.value);
  });

  test('rhetoric inside a quotation costs less than the same words in the author’s voice', () => {
    // Neutral sentences around the words, so that neither version saturates the tone component at zero.
    const around = ' The council met on Monday in the town hall. Members read the budget line by line and asked about the school roof.';
    const quoted = analyze(`Mayor Ann Webb said: “The plan is a disgraceful, reckless betrayal.”${around}`);
    const voiced = analyze(`Mayor Ann Webb spoke. The plan is a disgraceful, reckless betrayal.${around}`);
    const tone = (r: Report) => r.score.components.find((c) => c.id === 'tone')?.value ?? 0;
    expect(tone(quoted)).toBeGreaterThan(tone(voiced));
  });

  test('length alone neither helps nor hurts', () => {
    const once = 'Health minister Ana Costa said 40 people were killed in the blast on Tuesday. Experts say the toll will rise.';
    const twice = `${once}\n\n${once}`;
    expect(Math.abs(analyze(once).score.value - analyze(twice).score.value)).toBeLessThanOrEqual(3);
  });
});

const data = sharedData();

describe.skipIf(!data)('real news pages (shared data)', () => {
  const scores = data ? new Map(newsPages(data).map((p) => [p.outlet, analyze(p.text, { links: p.links })])) : new Map();

  test('the Associated Press wire report scores at least 70', () => {
    expect(scores.get('Associated Press (hosted.ap.org)')?.score.value).toBeGreaterThanOrEqual(70);
  });

  test.each(['Washington Examiner', 'Herald Sun'])('wire copy scores above the opinion column of %s', (outlet) => {
    const wire = scores.get('Associated Press (hosted.ap.org)')?.score.value ?? 0;
    expect(wire).toBeGreaterThan(scores.get(outlet)?.score.value ?? 100);
  });

  test('every page gives a well-formed score', () => {
    for (const report of scores.values()) expectWellFormed(report);
  });
});
