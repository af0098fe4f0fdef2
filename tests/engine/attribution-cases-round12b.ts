/**
 * Attribution rows from round 12b, a reader's audit: documents named with their publisher. All written for this
 * project.
 */
import type { FlagCase } from './attribution-cases.ts';

/** Per rule: what it must flag, and near misses where it must stay silent. */
export const ROUND12B_CASES: Record<string, { flags: FlagCase[]; misses: string[] }> = {
  'attribution/document': {
    flags: [
      // The publisher after "by", "from" or "at" names the document; the document, not the publisher, is what speaks.
      {
        text: 'A report by the Harbour Trust said the pier was unsafe.',
        phrase: 'A report by the Harbour Trust said',
        source: 'document',
        sourceName: 'A report by the Harbour Trust',
      },
      {
        text: 'A study by researchers at Leeds University found the drug cut deaths by a third.',
        phrase: 'A study by researchers',
        source: 'document',
        sourceName: 'A study by researchers at Leeds University',
      },
      {
        text: 'A 2020 study by Carrow College found that the drug cut deaths.',
        phrase: 'A 2020 study',
        source: 'document',
        sourceName: 'A 2020 study by Carrow College',
      },
      {
        text: 'The order by Judge Moss said the sale must stop.',
        phrase: 'The order by Judge Moss said',
        source: 'document',
        sourceName: 'The order by Judge Moss',
      },
      {
        text: 'A survey of tenants by the Orme Institute showed most pay too much.',
        phrase: 'A survey of tenants',
        source: 'document',
        sourceName: 'A survey of tenants by the Orme Institute',
      },
      {
        text: 'According to a 2021 poll by the Lindgren Institute, most tenants rent privately.',
        phrase: 'by the Lindgren Institute',
        source: 'document',
        sourceName: 'a 2021 poll by the Lindgren Institute',
      },
      // A publisher that is no name still leaves a document a reader could ask for.
      {
        text: "An audit from the county's inspectors showed the fund lost 2 million pounds.",
        phrase: 'An audit from',
        source: 'document',
      },
      { text: 'A report said the pier was unsafe.', phrase: 'A report said', source: 'document' },
    ],
    misses: [
      // No document before the "by": the goals and the rain are no reports.
      'Goals by Okonjo and Reyes gave United a 2-0 win.',
      'A try by Davies in the 70th minute sealed the match.',
    ],
  },
  'attribution/named-source': {
    flags: [{ text: 'The Harbour Trust said the pier was unsafe.', phrase: 'The Harbour Trust said', source: 'named' }],
    misses: [
      // The trust wrote the report; the report is the source, so the trust alone is no speaker here.
      'A report by the Harbour Trust said the pier was unsafe.',
      'A letter by Mr Hale said the fee was fair.',
      'A post by Ann Smith on Facebook said the shop would close.',
    ],
  },
};
