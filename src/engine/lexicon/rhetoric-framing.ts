/**
 * Framing by word choice: the writer picks, among words for the same people or facts, the one that casts them
 * in a light ("detractors" for critics, "found it convenient to" for did, "strategically located" for
 * located). Written by the project from general knowledge of English and of newsroom and encyclopaedia style
 * guidance; research on framing bias (Recasens et al. 2013) is the inspiration, described in our own words.
 */
import type { LexiconGroup } from './types.ts';

/** Words that frame people or places by the choice between near-synonyms. */
export const FRAMING: readonly LexiconGroup[] = [
  {
    id: 'belittling-critics',
    technique: 'loaded-language',
    explanation:
      'A word for critics that casts them as people who run others down ("detractors", "naysayers"). "Critics" says the same thing without taking a side against them.',
    question: 'Who are these critics, and what exactly do they object to?',
    confidence: 0.3,
    examples: {
      flags: ['Her [detractors] say the plan costs too much.', 'The mayor dismissed the [naysayers].'],
      ignores: ['Her critics say the plan costs too much.', 'The review detracts from the report.'],
    },
    pos: ['NOUN', 'PROPN'],
    grow: 'none',
    terms: ['detractor', 'detractors', 'naysayer', 'naysayers', 'nay-sayer', 'nay-sayers', 'doomsayers'],
  },
  {
    id: 'convenient-motive',
    technique: 'loaded-language',
    explanation:
      'A phrase that hints at a self-serving motive behind an act ("found it convenient to", "saw fit to"). The act is reported, and the motive is slipped in with it.',
    question: 'What did they actually do? Is there evidence of the motive the wording hints at?',
    confidence: 0.35,
    examples: {
      flags: ['The board [found it convenient to] forget the promise.', 'The council [saw fit to] close the library.'],
      ignores: [
        'Residents found it easy to reach the new clinic.',
        'Shoppers said the new opening hours were convenient.',
        'The outfit did not fit the actor.',
        'The judge saw fit to grant bail.',
      ],
    },
    grow: 'none',
    terms: [
      'found it convenient to|not',
      'finds it convenient to|not',
      'find it convenient to|not',
      'saw fit to|not',
      'sees fit to|not',
    ],
    // A court's or a judge's discretion is the law's own phrase ("the judge saw fit to grant bail"), not a motive.
    except: ['court|courts|judge|judges|jury|tribunal|magistrate|magistrates|bench|panel|justices saw|sees fit'],
  },
  {
    id: 'place-puffery',
    technique: 'loaded-language',
    explanation:
      'A selling phrase for a place ("strategically located", "ideally situated"). It is how an advertisement describes a site; the reader needs where it is and what is near.',
    question: 'Located where, exactly, and near what? Who says the position is an advantage?',
    confidence: 0.25,
    examples: {
      flags: [
        'The mall is [strategically located] near three main roads.',
        'The hotel is [ideally situated] for the beach.',
      ],
      ignores: [
        'The mall is located near three main roads.',
        'The bridge is strategically important to both armies.',
        'The museum is situated on the old quay.',
      ],
    },
    grow: 'none',
    terms: ['strategically located|situated|placed|positioned', 'ideally located|situated|placed|positioned'],
  },
  {
    id: 'lacking-judgement',
    technique: 'loaded-language',
    explanation:
      'A verdict that something wholly lacks a quality ("devoid of substance", "bereft of ideas"). It grades the thing as empty instead of saying what is in it.',
    question: 'What does it actually contain? Who judges that it lacks this?',
    confidence: 0.3,
    examples: {
      flags: ['The speech was [devoid of] detail.', 'The team looked [bereft of] ideas.'],
      ignores: [
        'The moon is devoid of air.',
        'The valley was devoid of trees after the fire.',
        'She was bereft after her loss.',
      ],
    },
    grow: 'none',
    terms: ['devoid of', 'bereft of'],
    neutralIn: ['science'],
    // Land, air and water that lack something physical are described, not judged.
    except: [
      'devoid|bereft of {adj}? life|oxygen|air|water|vegetation|trees|plants|light|people|inhabitants|residents|furniture|color|colour|moisture|atmosphere|fish|wildlife',
    ],
  },
  {
    id: 'whitewash-noun',
    technique: 'loaded-language',
    explanation:
      'An inquiry or report called a "whitewash": the word says it was made to hide wrongdoing. That is an accusation, stated as a description.',
    question: 'What did the inquiry leave out, and who says it was meant to hide something?',
    confidence: 0.5,
    examples: {
      flags: ['The inquiry was [a whitewash].', 'Families called the report [a complete whitewash].'],
      ignores: ['The cottage has whitewashed walls.', 'They gave the fence a coat of whitewash.'],
    },
    grow: 'none',
    // Only after an article: "a coat of whitewash" on a fence is the builder's lime.
    terms: ['a|an|the {adj}? whitewash'],
    // The participle describes a painted building ("a whitewashed cottage"), whatever the lemma says.
    except: ['a|an|the {adj}? whitewashed|whitewashing'],
  },
];
