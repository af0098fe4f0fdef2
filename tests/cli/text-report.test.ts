import { describe, expect, test } from 'vitest';
import { labelOf } from '../../src/cli/text-findings.ts';
import { summary, toTerminalText } from '../../src/cli/text-report.ts';
import type { Finding, Report } from '../../src/engine/types.ts';

const text =
  'Field reports say a dozen died. Officials, speaking on condition of anonymity, blamed the militia.\n\n' +
  'The raid was clearly a disaster. “It was a massacre,” said Mayor Ana Ruiz.';

/** A finding at the first occurrence of `words`, with the fields every finding has. */
function at(words: string, id: string, rest: Record<string, unknown>): Finding {
  const start = text.indexOf(words);
  return {
    id,
    start,
    end: start + words.length,
    text: words,
    rule: 'test/rule',
    confidence: 0.8,
    explanation: `Why ${id} matters.`,
    inQuote: false,
    ...rest,
  } as Finding;
}

const report: Report = {
  schemaVersion: 1,
  engine: { name: 'sourcelight', version: '9.9.9' },
  text: { length: text.length, words: 30, sentences: 4, language: 'en' },
  findings: [
    at('Field reports say', 'f1', { kind: 'attribution', source: 'vague' }),
    at('a dozen died', 'f2', {
      kind: 'claim',
      claimType: 'statistical',
      sourcing: 'vague',
      sourceFindingId: 'f1',
      question: 'Who counted?',
    }),
    at('speaking on condition of anonymity', 'f3', {
      kind: 'attribution',
      source: 'anonymous',
      reason: 'not authorised',
    }),
    at('clearly', 'f4', { kind: 'rhetoric', technique: 'certainty' }),
    at('The raid was clearly a disaster.', 'f5', { kind: 'claim', claimType: 'opinion', sourcing: 'none' }),
    at('massacre', 'f6', { kind: 'rhetoric', technique: 'loaded-language', inQuote: true }),
    at('said Mayor Ana Ruiz', 'f7', { kind: 'attribution', source: 'named', sourceName: 'Mayor Ana Ruiz' }),
  ],
  score: {
    value: 42,
    grade: 'mixed',
    components: [
      {
        id: 'unsourced-claims',
        label: 'Claims with a source',
        weight: 40,
        value: 0.5,
        findingIds: ['f5'],
        detail: '1 of 2 claims has no source',
      },
      { id: 'tone', label: 'Neutral wording', weight: 20, value: 0.25, findingIds: ['f4', 'f6'] },
    ],
  },
};

const plain = toTerminalText(report, {
  text,
  page: { title: 'Raid at the border', byline: 'By A. Writer', url: 'https://x.example/raid' },
});

describe('the plain terminal report', () => {
  test.each([
    ['the title, byline and address', /Raid at the border\nBy A\. Writer\nhttps:\/\/x\.example\/raid\n/],
    ['the score and grade', /Sourcing score {2}42\/100 {2}mixed/],
    ['a bar and the points earned out of the weight', /Claims with a source {2}█{10}░{10} {2}20\/40/],
    ['the component detail', /1 of 2 claims has no source/],
    ['the summary', /\n\nIn short: 2 claims /],
    ['the claims section', /CLAIMS \(2\)/],
    ['the sources section', /SOURCES \(3\)/],
    ['the rhetoric section', /WORDING THAT ARGUES \(2\)/],
    [
      'a finding with its words, its sentence and its explanation',
      /f2 {3}statistical claim, vague source \(f1\)\n {5}“a dozen died”\n {5}in: Field reports say a dozen died\.\n {5}Why f2 matters\.\n {5}Ask: Who counted\?/,
    ],
    ['a quote marked as such', /loaded language \(inside a quote\)/],
  ])('shows %s', (_name, pattern) => {
    expect(plain).toMatch(pattern);
  });

  test('lists the families in order claims, sources, rhetoric, each in text order', () => {
    const order = [...plain.matchAll(/^(f\d+) /gm)].map((m) => m[1]);
    expect(order).toEqual(['f2', 'f5', 'f1', 'f3', 'f7', 'f4', 'f6']);
  });

  test('has no escape codes', () => {
    expect(plain).not.toContain('\u001b');
  });

  test('does not repeat a sentence that is the finding itself', () => {
    expect(plain).toContain('“The raid was clearly a disaster.”\n     Why f5 matters.');
  });
});

describe('the coloured terminal report', () => {
  const coloured = toTerminalText(report, { text, color: true });
  test.each([
    ['claims in yellow', '\u001b[33munsourced opinion claim\u001b[39m'],
    ['sources in cyan', '\u001b[36mvague source\u001b[39m'],
    ['rhetoric in magenta', '\u001b[35mcertainty\u001b[39m'],
  ])('paints %s', (_name, painted) => {
    expect(coloured).toContain(painted);
  });
  test('says the same once the colour is removed', () => {
    const esc = String.fromCharCode(27);
    expect(coloured.replace(new RegExp(`${esc}\\[\\d+m`, 'g'), '')).toBe(toTerminalText(report, { text }));
  });
});

describe('page text cannot steer the terminal', () => {
  test('escape sequences in the article and its title are neutralised', () => {
    const hostile = 'Evil\u001b]0;owned\u0007 words said the minister.';
    const finding = {
      ...at('a dozen died', 'f1', { kind: 'claim', claimType: 'factual', sourcing: 'none' }),
      start: 0,
      end: 4,
      text: 'Evil',
    };
    const output = toTerminalText({ ...report, findings: [finding] }, { text: hostile, page: { title: 'T\u001b[2J' } });
    expect(output).not.toContain('\u001b');
  });
});

describe('labels and summary', () => {
  test.each([
    ['statistical claim, vague source (f1)', report.findings[1]],
    ['unsourced opinion claim', report.findings[4]],
    ['anonymous source (reason given: not authorised)', report.findings[2]],
    ['named source: Mayor Ana Ruiz', report.findings[6]],
    ['loaded language', report.findings[5]],
  ])('%s', (label, finding) => {
    expect(labelOf(finding)).toBe(label);
  });
  test('the summary counts claims, weak sources, source phrases and wording flags', () => {
    expect(summary(report)).toBe(
      'In short: 2 claims (1 with no source, 1 resting on anonymous or vague sources); 3 phrases naming where information comes from; 2 wording flags (1 inside quotes).',
    );
  });
  test('a report with no findings says so', () => {
    expect(summary({ ...report, findings: [] })).toBe(
      'In short: no claims, sources or loaded wording were found in this text.',
    );
  });
});
