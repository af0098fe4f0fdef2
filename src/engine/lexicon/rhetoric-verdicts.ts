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
      'lamentable', 'sclerotic', 'moribund', 'uncivilised', 'uncivilized', 'overwrought', 'acerbic', 'scandal-hit',
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
    terms: ['plucky', 'doughty', 'intrepid', 'redoubtable', 'consummate', 'tenacious', 'indomitable'],
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
];
