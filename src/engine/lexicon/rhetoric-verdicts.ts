/**
 * Verdicts in the writer's voice: adjectives that condemn an idea or a person ("dogmatic", "ill-advised",
 * "risible"), praise of pluck and mastery ("plucky", "intrepid", "consummate"), the ironic "much-vaunted", and
 * verbs that turn ordinary work into a tale of hardship ("toiled"). Each one decides for the reader what to
 * think before the facts do. Written by the project in its own words from general knowledge of newsroom and
 * encyclopaedia style guidance (describe; do not judge).
 */
import type { LexiconGroup } from './types.ts';

/** Condemnation, praise and hardship told in the writer's own voice. */
export const VERDICTS: readonly LexiconGroup[] = [
  {
    id: 'verdict',
    technique: 'loaded-language',
    explanation:
      'A word that hands down a verdict on an idea, a plan or a person ("dogmatic", "ill-advised", "risible", "moribund"). It is the writer\'s opinion dressed as description: a reader who disagrees would pick a different word.',
    question: 'Who judges it so, and what facts would let you judge it yourself?',
    confidence: 0.45,
    examples: {
      flags: ['The council pressed ahead with an [ill-advised] plan to sell the park.', 'Her [dogmatic] approach split the board.'],
      ignores: ['The council pressed ahead with a plan to sell the park.', 'Her approach split the board.'],
    },
    pos: ['ADJ'],
    grow: 'noun-phrase',
    deriveAdverbs: false,
    terms: [
      'dogmatic', 'wrong-headed', 'ill-advised', 'tendentious', 'preachy', 'pretentious', 'risible',
      'lamentable', 'sclerotic', 'moribund', 'uncivilised', 'uncivilized', 'overwrought', 'acerbic', 'scandal-hit', 'timid',
    ],
  },
  {
    id: 'pluck-praise',
    technique: 'loaded-language',
    explanation:
      'Praise of someone\'s courage or mastery in the writer\'s voice ("a plucky side", "an intrepid explorer", "a consummate professional"). It cheers for one side; the facts of what they did would let you decide.',
    question: 'What did they do that shows it, and would a rival describe them the same way?',
    confidence: 0.25,
    examples: {
      flags: ['The [plucky] village team reached the final.', 'He was a [consummate politician] to the end.'],
      ignores: ['The village team reached the final.', 'She worked on set for ten years.'],
    },
    pos: ['ADJ'],
    grow: 'noun-phrase',
    deriveAdverbs: false,
    terms: [
      'plucky', 'doughty', 'intrepid', 'redoubtable', 'consummate', 'tenacious', 'indomitable',
      // "Sterling" praises a piece of work; the currency and the silver are plain ("pound sterling").
      'sterling work|effort|efforts|performance|service|job|contribution|record|display',
    ],
  },
  {
    id: 'ironic-praise',
    technique: 'loaded-language',
    explanation:
      'Praise said with a raised eyebrow ("the much-vaunted reform") or a tone the writer names for the speaker ("a tongue-in-cheek reply"). The word tells you how to take something before you have seen it.',
    question: 'Praised by whom? What happened, without the writer\'s wink?',
    confidence: 0.3,
    examples: {
      flags: ['The [much-vaunted] reform has not cut waiting lists.', 'He sent a [tongue-in-cheek] reply to the letter.'],
      ignores: ['The reform has not cut waiting lists.', 'He sent a reply to the letter.'],
    },
    grow: 'none',
    terms: ['much-vaunted', 'tongue-in-cheek'],
  },
  {
    id: 'hardship-verb',
    technique: 'loaded-language',
    explanation:
      'A verb that turns ordinary work into a tale of hardship ("toiled for years", "slaved away"). "Worked" says what happened; "toiled" asks you to admire or pity the worker.',
    question: 'What work was done, and for how long, in plain words?',
    confidence: 0.3,
    examples: {
      flags: ['She [toiled] for a decade to restore the mill.', 'Volunteers [slaved away] in the kitchen all night.'],
      ignores: ['She worked for a decade to restore the mill.', 'The plot was worked by hand.'],
    },
    pos: ['VERB'],
    grow: 'none',
    deriveAdverbs: false,
    terms: ['toil', 'toiled', 'toiling', 'toils', 'slave away', 'slaved away', 'slaving away', 'slaves away'],
  },
  {
    id: 'manner-verdict',
    technique: 'loaded-language',
    explanation:
      'An adverb that grades how well or how badly someone acted ("deftly", "expertly", "clumsily", "unwisely"). The act is a fact; the grade is the writer\'s opinion of it.',
    question: 'What did they do, plainly? Would someone on the other side grade it the same way?',
    confidence: 0.3,
    examples: {
      flags: ['The mayor [deftly] avoided the question.', 'The agency [clumsily] handled the recall.'],
      ignores: ['The mayor avoided the question.', 'The agency handled the recall.'],
    },
    pos: ['ADV'],
    grow: 'none',
    terms: [
      'deftly', 'cleverly', 'adroitly', 'skilfully', 'skillfully', 'expertly', 'effortlessly', 'gallantly', 'doggedly',
      'tenaciously', 'aptly', 'fittingly', 'unwisely', 'tactlessly', 'clumsily', 'ham-fistedly', 'gleefully', 'shockingly',
      'hopelessly', 'comically',
    ],
    // A body that falls or lands badly, and walkers lost in fog, are described, not graded.
    except: ['fell|fall|falls|falling|landed|land|lands|landing|tripped|stumbled clumsily', 'hopelessly lost'],
  },
  {
    id: 'lost-land',
    technique: 'loaded-language',
    explanation:
      'Calling land a country wants "lost territories" to be "regained" takes its side: the words say the land was rightfully its own. "Territory it held until 1920" states the history without the claim.',
    question: 'Whose land was it, when, and who says it was lost rather than ceded or never held?',
    confidence: 0.3,
    examples: {
      flags: ['The party promised to [regain the lost territories] in the east.'],
      ignores: ['The party promised talks about the territories in the east.', 'The team regained the lead.'],
    },
    grow: 'none',
    terms: ['regain|reclaim|recover|retake {det}? lost territory|territories|lands|provinces'],
  },
  {
    id: 'dismissive-noun',
    technique: 'loaded-language',
    explanation:
      'A noun that dismisses what it names ("a gimmick", "alarmism", "hubris", "red tape", "double standards"). The writer has already decided it is empty, foolish or unfair; a plain noun ("a promotion", "warnings", "rules") would let you judge.',
    question: 'What is the thing, plainly, and who thinks it deserves this name?',
    confidence: 0.35,
    examples: {
      flags: ['The free bus passes were a [gimmick] before the vote.', 'Farmers say [red tape] keeps them indoors.'],
      ignores: ['The free bus passes were announced before the vote.', 'Farmers say the new rules keep them indoors.'],
    },
    // No part-of-speech check: the two-word names start with an adjective that wink does not tag as a noun.
    grow: 'none',
    // A roll of red tape or red tape beside ribbon is the stationery itself.
    except: ['roll|rolls|strip|strips|piece|pieces|length|reel of red tape', 'red tape and|or ribbon|ribbons|string|twine'],
    terms: ['gimmick', 'gimmicks', 'alarmism', 'hubris', 'comeuppance', 'red tape', 'double standard', 'double standards'],
  },
  {
    id: 'windfall-praise',
    technique: 'loaded-language',
    explanation:
      'A noun that cheers an outcome ("a masterstroke", "a godsend", "a bonanza for exporters"). It tells you the result was brilliant or lucky before you have weighed who gains and who pays.',
    question: 'Good for whom, by how much, and who pays?',
    confidence: 0.3,
    examples: {
      flags: ['The tax cut was a [masterstroke], his aides said.', 'The new ferry has been a [godsend] for the island.'],
      ignores: ['The tax cut was passed, his aides said.', 'The new ferry runs twice a day to the island.'],
    },
    pos: ['NOUN'],
    grow: 'none',
    terms: ['masterstroke', 'master stroke', 'godsend', 'bonanza'],
  },
];
