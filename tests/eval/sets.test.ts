import { describe, expect, test } from 'vitest';
import { babe } from '../../scripts/eval/sets/babe.ts';
import { basil } from '../../scripts/eval/sets/basil.ts';
import { checkthat, claimScore } from '../../scripts/eval/sets/checkthat.ts';
import { polnear } from '../../scripts/eval/sets/polnear.ts';
import { polnearSentences, vagueSide } from '../../scripts/eval/sets/polnear-sentences.ts';
import { ptc } from '../../scripts/eval/sets/ptc.ts';
import { wnc } from '../../scripts/eval/sets/wnc.ts';
import type { SetResult } from '../../scripts/eval/types.ts';
import { dataFolder, jsonl, markingAnalyzer } from './helpers.ts';

const figure = (result: SetResult, id: string) => result.figures.find((f) => f.id === id)?.value;
const loaded = { kind: 'rhetoric', technique: 'loaded-language' } as const;
const hedge = { kind: 'rhetoric', technique: 'hedge' } as const;

describe('ptc', () => {
  // "awful" overlaps a loaded span fully; "maybe" sits in a Doubt span (right, but not recall);
  // "blue" is outside any span (wrong); the loaded span on "plan" is missed.
  const text = 'An awful plan, maybe blue.';
  const spans = [
    { start: 3, end: 8, label: 'Loaded_Language', text: 'awful' },
    { start: 9, end: 13, label: 'Name_Calling,Labeling', text: 'plan' },
    { start: 15, end: 20, label: 'Doubt', text: 'maybe' },
  ];
  const dir = dataFolder({ 'ptc/dev.jsonl': jsonl([{ id: 'a1', text, spans }]) });
  const analyzer = markingAnalyzer([
    ['awful', loaded],
    ['maybe', loaded],
    ['blue', { ...loaded, confidence: 0.3 }],
  ]);
  const result = ptc.run({ dir, analyzer });

  test('precision counts any technique, recall only the loaded four', () => {
    expect(figure(result, 'ptc/span-precision')).toBeCloseTo(2 / 3);
    expect(figure(result, 'ptc/span-recall')).toBeCloseTo(1 / 2);
    expect(figure(result, 'ptc/recall-any-overlap')).toBeCloseTo(1 / 2);
    expect(figure(result, 'ptc/span-f1')).toBeCloseTo(4 / 7);
  });

  test('the high-confidence band leaves out the low-confidence miss', () => {
    expect(result.bands[0].all).toEqual({ value: 2 / 3, predictions: 3 });
    expect(result.bands[0].high).toEqual({ value: 1, predictions: 2 });
  });

  test('errors: the stray flag by rule, the missed span by technique', () => {
    expect(result.errors.map((e) => [e.type, e.group])).toEqual([
      ['fp', 'test/blue'],
      ['fn', 'Name_Calling,Labeling'],
    ]);
    expect(result.errors[0].snippet).toContain('[blue]');
  });

  test('hedges are not loaded rhetoric', () => {
    const hedged = ptc.run({ dir, analyzer: markingAnalyzer([['awful', hedge]]) });
    expect(figure(hedged, 'ptc/recall-any-overlap')).toBe(0);
  });
});

describe('babe (a sentence set)', () => {
  const dir = dataFolder({
    'babe/dev.jsonl': jsonl([
      { id: '1', text: 'A shameful vote.', label: 'biased' },
      { id: '2', text: 'A vote held today.', label: 'non_biased' },
      { id: '3', text: 'A shameful day perhaps.', label: 'non_biased' },
      { id: '4', text: 'A vote, perhaps rigged.', label: 'biased' },
    ]),
  });
  const result = babe.run({
    dir,
    analyzer: markingAnalyzer([
      ['shameful', loaded],
      ['perhaps', hedge],
    ]),
  });

  test('biased when a non-hedge rhetoric finding is in the sentence; macro-F1 over both classes', () => {
    // biased: tp 1 fp 1 fn 1 -> F1 0.5; non_biased: tp 1 fp 1 fn 1 -> 0.5.
    expect(figure(result, 'babe/macro-f1')).toBeCloseTo(0.5);
  });

  test('false positives name the rule, false negatives the gold label', () => {
    expect(result.errors.map((e) => [e.type, e.group, e.record])).toEqual([
      ['fp', 'test/shameful', '3'],
      ['fn', 'biased', '4'],
    ]);
  });
});

describe('wnc-sample', () => {
  const dir = dataFolder({
    'wnc-sample/dev.jsonl': jsonl([
      { id: 'p1', biased_text: 'a truly great man .', neutral_text: 'a man .' },
      { id: 'p2', biased_text: 'a great man .', neutral_text: 'a great man , truly .' },
      { id: 'p3', biased_text: 'a man .', neutral_text: 'a man .' },
    ]),
  });
  const result = wnc.run({
    dir,
    analyzer: markingAnalyzer([
      ['great', loaded],
      ['truly', hedge],
    ]),
  });

  test('right only when the biased version has strictly more rhetoric findings', () => {
    expect(figure(result, 'wnc-sample/pair-accuracy')).toBeCloseTo(1 / 3);
    expect(result.errors.filter((e) => e.type === 'fn').map((e) => e.group)).toEqual([
      'neutral version got more',
      'equal counts (0)',
    ]);
  });
});

describe('basil', () => {
  const text = 'The senator issued a scathing and fierce rebuke today.';
  const spans = [
    { start: 21, end: 29, label: 'lexical_bias', text: 'scathing', in_quote: false },
    { start: 34, end: 39, label: 'lexical_bias', text: 'fierce', in_quote: true },
    { start: 0, end: 11, label: 'informational_bias', text: 'The senator' },
  ];
  const dir = dataFolder({ 'basil/dev.jsonl': jsonl([{ id: 'b1', text, spans }]) });
  const result = basil.run({
    dir,
    analyzer: markingAnalyzer([
      ['scathing', loaded],
      ['today', loaded],
    ]),
  });

  test('recall of lexical_bias spans only, and flags per 1,000 words', () => {
    expect(figure(result, 'basil/hit-recall')).toBeCloseTo(1 / 2);
    expect(figure(result, 'basil/flags-per-1000')).toBeCloseTo((2 * 1000) / 9);
  });

  test('the missed span is grouped by who speaks', () => {
    expect(result.errors.find((e) => e.type === 'fn')?.group).toBe('lexical_bias in a quote');
  });
});

describe('checkthat2019-t1', () => {
  const claim = (confidence: number) =>
    ({ kind: 'claim', claimType: 'factual', sourcing: 'none', confidence }) as const;
  const rows = [
    { id: 'd1:1', split_group: 'd1', label: 'not_check_worthy', text: 'Hello all.' },
    { id: 'd1:2', split_group: 'd1', label: 'check_worthy', text: 'Taxes rose sharply.' },
    { id: 'd1:3', split_group: 'd1', label: 'not_check_worthy', text: 'Jobs are fine.' },
    { id: 'd2:1', split_group: 'd2', label: 'check_worthy', text: 'Crime fell.' },
  ];
  const dir = dataFolder({ 'checkthat2019-t1/dev.jsonl': jsonl(rows) });

  test('ranks by the highest claim confidence and averages AP over debates', () => {
    const analyzer = markingAnalyzer([
      ['rose', claim(0.9)],
      ['fine', claim(0.5)],
    ]);
    // d1: the check-worthy sentence ranks first (AP 1); d2: only one sentence (AP 1).
    expect(figure(checkthat.run({ dir, analyzer }), 'checkthat2019-t1/map')).toBeCloseTo(1);
  });

  test('a ranking below a wrong claim loses precision', () => {
    const analyzer = markingAnalyzer([
      ['rose', claim(0.4)],
      ['fine', claim(0.8)],
    ]);
    expect(figure(checkthat.run({ dir, analyzer }), 'checkthat2019-t1/map')).toBeCloseTo((0.5 + 1) / 2);
  });

  test('claimScore is 0 without claims', () => {
    expect(claimScore([{ kind: 'rhetoric', confidence: 0.9 }])).toBe(0);
  });
});

describe('polnear-sentences', () => {
  const named = { kind: 'attribution', source: 'named' } as const;
  const vague = { kind: 'attribution', source: 'vague' } as const;
  const rows = [
    { id: 's1', text: 'Smith said taxes rose.', attributed: true, source_classes_silver: ['specific'] },
    { id: 's2', text: 'Experts say taxes rose.', attributed: true, source_classes_silver: ['vague_person'] },
    { id: 's3', text: 'He said it rained.', attributed: true, source_classes_silver: ['pronoun'] },
    { id: 's4', text: 'It rained.', attributed: false, source_classes_silver: [] },
  ];
  const dir = dataFolder({ 'polnear-sentences/dev.jsonl': jsonl(rows) });
  const result = polnearSentences.run({
    dir,
    analyzer: markingAnalyzer([
      ['Smith said', named],
      ['Experts say', vague],
    ]),
  });

  test('attributed F1 counts any attribution', () => {
    // tp 2 fp 0 fn 1 -> p 1 r 2/3 -> 0.8
    expect(figure(result, 'polnear-sentences/f1-attributed')).toBeCloseTo(0.8);
  });

  test('the vague task uses only sentences wholly on one side', () => {
    expect(figure(result, 'polnear-sentences/f1-vague')).toBeCloseTo(1);
    expect(result.figures[1].detail).toMatch(/^2 sentences/);
  });

  test.each([
    [['vague_person', 'none'], true],
    [['specific', 'document'], false],
    [['specific', 'vague_person'], undefined],
    [['pronoun'], undefined],
    [[], undefined],
  ])('vagueSide(%o) is %s', (classes, expected) => {
    expect(vagueSide(classes)).toBe(expected);
  });
});

describe('polnear', () => {
  const text = 'Officials said on Monday that the bridge, which Ms Lee called unsafe, would close.';
  const attributions = [
    { source: [{ start: 0, end: 9 }], cue: [{ start: 10, end: 14 }], content: [], source_class_silver: 'vague_person' },
    { source: [{ start: 48, end: 54 }], cue: [{ start: 55, end: 61 }], content: [], source_class_silver: 'specific' },
    { source: [], cue: [{ start: 70, end: 75 }], content: [], source_class_silver: 'none' },
  ];
  const dir = dataFolder({ 'polnear/dev.jsonl': jsonl([{ id: 'n1', text, attributions }]) });
  const attribution = { kind: 'attribution', source: 'vague' } as const;
  const result = polnear.run({
    dir,
    analyzer: markingAnalyzer([
      ['Officials said', attribution],
      ['bridge', attribution],
    ]),
  });

  test('a source is hit by any overlapping attribution; sourceless attributions count only for cues', () => {
    expect(figure(result, 'polnear/source-hit-recall')).toBeCloseTo(1 / 2);
    expect(figure(result, 'polnear/cue-hit-recall')).toBeCloseTo(1 / 3);
    expect(result.errors.map((e) => [e.type, e.group])).toEqual([
      ['fn', 'source: specific'],
      ['fp', 'test/bridge'],
    ]);
  });
});
