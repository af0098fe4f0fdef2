/** A small hand-written article and the report an engine could give for it, for the popup's unit tests. */
import type { Finding, Report } from '../../src/engine/types.ts';
import type { TabView } from '../../src/messaging/protocol.ts';

/** An article written for these tests. */
export const ARTICLE =
  'The council voted to close the bridge on Monday. Officials said the repairs would cost $4 million, according to a budget report. ' +
  'Critics say the closure is a disaster for local shops. It is believed that traffic will double. ' +
  'Mayor Ana Ruiz said the decision was "painful but necessary". Clearly, nobody wants this.';

/** The offsets of a phrase in ARTICLE (the first occurrence). */
export function at(phrase: string, text = ARTICLE): { start: number; end: number; text: string } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in text: ${phrase}`);
  return { start, end: start + phrase.length, text: phrase };
}

const base = { rule: 'test/rule', confidence: 0.8, inQuote: false } as const;

/** Findings for ARTICLE, one or more per family, sorted by start as the engine sorts them. */
export const FINDINGS: Finding[] = [
  {
    id: 'f1',
    kind: 'claim',
    ...base,
    ...at('The council voted to close the bridge on Monday.'),
    claimType: 'factual',
    sourcing: 'none',
    explanation: 'A plain statement with no source.',
    question: 'Who saw the vote?',
  },
  {
    id: 'f2',
    kind: 'attribution',
    ...base,
    ...at('according to a budget report'),
    source: 'document',
    explanation: 'A document you can look up.',
  },
  {
    id: 'f3',
    kind: 'claim',
    ...base,
    ...at('Critics say the closure is a disaster for local shops.'),
    claimType: 'opinion',
    sourcing: 'vague',
    explanation: 'Rests on unnamed critics.',
  },
  {
    id: 'f4',
    kind: 'attribution',
    ...base,
    ...at('Critics say'),
    source: 'vague',
    explanation: 'Which critics?',
    question: 'Who are the critics?',
  },
  {
    id: 'f5',
    kind: 'rhetoric',
    ...base,
    ...at('disaster'),
    technique: 'loaded-language',
    explanation: 'A charged word that judges.',
  },
  {
    id: 'f6',
    kind: 'claim',
    ...base,
    ...at('It is believed that traffic will double.'),
    claimType: 'prediction',
    sourcing: 'none',
    explanation: 'A forecast with no source.',
  },
  {
    id: 'f7',
    kind: 'attribution',
    ...base,
    ...at('It is believed'),
    source: 'agentless',
    explanation: 'Believed by whom?',
  },
  {
    id: 'f8',
    kind: 'attribution',
    ...base,
    ...at('Mayor Ana Ruiz said'),
    source: 'named',
    sourceName: 'Mayor Ana Ruiz',
    explanation: 'A named, on-record source.',
  },
  {
    id: 'f9',
    kind: 'rhetoric',
    ...base,
    ...at('painful but necessary'),
    technique: 'certainty',
    inQuote: true,
    explanation: 'Quoted wording.',
  },
  {
    id: 'f10',
    kind: 'rhetoric',
    ...base,
    ...at('Clearly'),
    technique: 'certainty',
    explanation: 'Certainty the text has not earned.',
    question: 'Clear to whom?',
  },
];

/** A report for ARTICLE. */
export function makeReport(findings: Finding[] = FINDINGS): Report {
  return {
    schemaVersion: 1,
    engine: { name: 'sourcelight', version: '0.0.0-test' },
    text: { length: ARTICLE.length, words: 60, sentences: 6, language: 'en' },
    findings,
    score: {
      value: 42,
      grade: 'mixed',
      components: [
        {
          id: 'unsourced-claims',
          label: 'Claims with a source',
          weight: 50,
          value: 0.33,
          findingIds: ['f1', 'f6'],
          detail: '2 of 3 claims have no source',
        },
        { id: 'tone', label: 'Neutral wording', weight: 20, value: 0.8, findingIds: ['f5', 'f10'] },
      ],
    },
  };
}

/** A tab view with a result for ARTICLE. */
export function resultView(overrides: Partial<TabView> = {}): TabView {
  return {
    tabId: 7,
    status: 'result',
    report: makeReport(),
    page: { url: 'https://news.example/bridge', title: 'Bridge to close' },
    highlightsVisible: true,
    families: ['unsourced', 'weak-source', 'rhetoric', 'sourced'],
    ...overrides,
  };
}
