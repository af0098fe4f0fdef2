/**
 * Attribution rows from round 12b, a reader's audit: documents named with their publisher,
 * admissions in court reports. All written for this
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
      // The publisher may follow a participle, or a date before it.
      {
        text: 'A report written by the Harbour Trust said the pier was unsafe.',
        phrase: 'A report written',
        source: 'document',
        sourceName: 'A report written by the Harbour Trust',
      },
      {
        text: 'A report published on Monday by the Harbour Trust said the pier was unsafe.',
        phrase: 'A report published',
        source: 'document',
        sourceName: 'A report published on Monday by the Harbour Trust',
      },
      {
        text: 'A report published by the Harbour Trust said the pier was unsafe.',
        phrase: 'A report published',
        source: 'document',
        sourceName: 'A report published by the Harbour Trust',
      },
      // Studies nobody could find are found once their maker is named.
      {
        text: 'Research by the Kestrel Foundation suggests the drug works.',
        phrase: 'Research by',
        source: 'document',
        sourceName: 'Research by the Kestrel Foundation',
      },
      {
        text: 'Studies by researchers at Carrow College have shown the drug works.',
        phrase: 'Studies by',
        source: 'document',
        sourceName: 'Studies by researchers at Carrow College',
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
      'A report published by the Harbour Trust said the pier was unsafe.',
      'A post by Ann Smith on Facebook said the shop would close.',
    ],
  },
  'attribution/hearsay': {
    flags: [
      { text: 'Studies by scientists have shown the drug works.', phrase: 'Studies by scientists', source: 'vague' },
    ],
    misses: ['Research by the Kestrel Foundation suggests the drug works.'],
  },
  'attribution/vague-group': {
    flags: [
      {
        text: 'Many Kestrel people believe the river was once a road.',
        phrase: 'Many Kestrel people believe',
        source: 'vague',
      },
      { text: 'Many people believe the river was once a road.', phrase: 'Many people believe', source: 'vague' },
      // A whole people or community is no one a reader can ask: named or not, it stays a vague group.
      {
        text: 'The Kestrel people believe the river was once a road.',
        phrase: 'The Kestrel people believe',
        source: 'vague',
      },
      {
        text: 'The Danish people disagree about the toll.',
        phrase: 'The Danish people disagree',
        source: 'vague',
      },
    ],
    misses: [],
  },
};

/** Per rule: admissions in court reports, the accused's own words. */
export const ROUND12B_ADMISSIONS: Record<string, { flags: FlagCase[]; misses: string[] }> = {
  'attribution/pronoun': {
    flags: [
      // The accused's own admission is their statement in court: the one jailed is the one who admitted.
      {
        text: 'She was jailed after admitting she stole 9,000 pounds.',
        phrase: 'after admitting',
        source: 'pronoun',
      },
      { text: 'He was fined after admitting careless driving.', phrase: 'after admitting', source: 'pronoun' },
      {
        text: 'After admitting she stole 9,000 pounds, she was jailed for a year.',
        phrase: 'admitting',
        source: 'pronoun',
      },
      {
        text: 'He was admitted to hospital after saying he felt unwell.',
        phrase: 'after saying',
        source: 'pronoun',
      },
    ],
    misses: [
      // Taken into hospital: nobody admitted anything.
      'He was admitted to hospital with burns.',
      'She died after being admitted to hospital.',
      // A time clause whose verb is no report of words.
      'He was treated by paramedics after collapsing at the finish line.',
      'She waved to the crowd while saying goodbye to her teammates.',
    ],
  },
  'attribution/named-source': {
    flags: [
      {
        text: 'Ann Rowe, 34, of Leeds, was jailed for two years after admitting fraud.',
        phrase: 'after admitting',
        source: 'named',
        sourceName: 'Ann Rowe',
      },
      { text: 'Hale, who admitted the theft, was jailed.', phrase: 'Hale, who admitted', source: 'named' },
      // The time clause may open the sentence; its subject then follows the comma.
      { text: 'After admitting the theft, Hale was jailed.', phrase: 'admitting', source: 'named', sourceName: 'Hale' },
      {
        text: 'While saying he was sorry, Lind did not resign.',
        phrase: 'saying',
        source: 'named',
        sourceName: 'Lind',
      },
      {
        text: 'Hale was banned from driving after admitting he had drunk four pints.',
        phrase: 'after admitting',
        source: 'named',
      },
    ],
    misses: [
      'Rowe retired after writing 30 novels.',
      'After scoring twice, Okonjo was substituted.',
      'After speaking with the coach, Lind left early.',
      'Lind left early after speaking with the coach.',
      'Okonjo doubled the lead while adding a third in the 80th minute.',
      'The striker celebrated after scoring his third goal of the season.',
    ],
  },
};
