/** A short made-up news article (written for these tests) and a hand-built report with every family in it. */
import type { Report } from '../../src/engine/types.ts';
import type { ExportInput } from '../../src/report/index.ts';
import { buildReport, type FindingSpec } from './build-report.ts';

/** The article: named, document, anonymous and vague sources, unsourced claims, rhetoric, a quotation. */
export const ARTICLE = `Harbour Town raises water prices by 12 percent

The council of Harbour Town voted on Tuesday to raise water prices by 12 percent from March, according to the minutes published on the council's website. Mayor Dana Okafor said the rise would pay for new pipes under the old quarter.

Critics say the decision is a shameless cash grab. A council official, speaking on condition of anonymity because she was not allowed to talk to the press, said the pipes had been neglected for a decade. Leaks waste a third of the town's water every year.

The rise will push hundreds of families into debt. "This is a disaster waiting to happen," said Lena Brik, who runs the tenants' association. Clearly, the council has lost touch with the people it serves.

It is believed that the water company lobbied for the rise. The storm clouds over the town hall are gathering.`;

const SPECS: FindingSpec[] = [
  {
    find: 'voted on Tuesday to raise water prices by 12 percent from March',
    kind: 'claim',
    claimType: 'factual',
    sourcing: 'document',
  },
  { find: "according to the minutes published on the council's website", kind: 'attribution', source: 'document' },
  { find: 'Mayor Dana Okafor said', kind: 'attribution', source: 'named', sourceName: 'Mayor Dana Okafor' },
  {
    find: 'the rise would pay for new pipes under the old quarter',
    kind: 'claim',
    claimType: 'causal',
    sourcing: 'named',
  },
  { find: 'Critics say', kind: 'attribution', source: 'vague', question: 'Which critics? Could you ask them?' },
  { find: 'the decision is a shameless cash grab', kind: 'claim', claimType: 'opinion', sourcing: 'vague' },
  { find: 'shameless cash grab', kind: 'rhetoric', technique: 'loaded-language' },
  {
    find: 'A council official, speaking on condition of anonymity',
    kind: 'attribution',
    source: 'anonymous',
    reason: 'she was not allowed to talk to the press',
  },
  { find: 'the pipes had been neglected for a decade', kind: 'claim', claimType: 'factual', sourcing: 'anonymous' },
  {
    find: "Leaks waste a third of the town's water every year.",
    kind: 'claim',
    claimType: 'statistical',
    sourcing: 'none',
    question: 'Who measured the leaks?',
  },
  {
    find: 'The rise will push hundreds of families into debt.',
    kind: 'claim',
    claimType: 'prediction',
    sourcing: 'none',
  },
  { find: 'This is a disaster waiting to happen', kind: 'rhetoric', technique: 'fear-appeal', inQuote: true },
  { find: 'said Lena Brik', kind: 'attribution', source: 'named', sourceName: 'Lena Brik' },
  { find: 'Clearly', kind: 'rhetoric', technique: 'certainty' },
  {
    find: 'the council has lost touch with the people it serves',
    kind: 'claim',
    claimType: 'opinion',
    sourcing: 'none',
  },
  { find: 'It is believed', kind: 'attribution', source: 'agentless' },
  { find: 'the water company lobbied for the rise', kind: 'claim', claimType: 'factual', sourcing: 'vague' },
  { find: 'The storm clouds over the town hall are gathering.', kind: 'rhetoric', technique: 'figurative' },
];

/** The hand-built report of ARTICLE. */
export function articleReport(): Report {
  return buildReport(ARTICLE, SPECS);
}

/** Export input for ARTICLE with full page metadata. */
export function articleInput(): ExportInput {
  return {
    report: articleReport(),
    text: ARTICLE,
    meta: {
      url: 'https://news.example.com/harbour-town/water-prices',
      title: 'Harbour Town raises water prices by 12 percent',
      byline: 'Sam Reporter',
      published: '2026-11-24',
      siteName: 'Example News',
    },
  };
}

/** A fixed export time for tests. */
export const NOW = new Date('2026-11-26T14:05:00Z');
