/**
 * A figure given as an estimate with nobody behind it ("an estimated 4,000 people marched"): the number looks
 * exact, but the text never says who estimated it or how. An estimate with its estimator ("police estimated
 * the crowd at 4,000") is a report, which attribution weighs.
 */
import type { LexiconGroup } from './types.ts';

/** An estimate with no estimator, the hedge a reader needs before repeating the figure. */
export const UNSOURCED_ESTIMATE: LexiconGroup = {
  id: 'unsourced-estimate',
  technique: 'hedge',
  explanation:
    'A number offered as an estimate without saying whose ("an estimated 4,000 people"). It reads like a count, but nobody in the text stands behind it.',
  question: 'Who made this estimate, and how?',
  confidence: 0.5,
  examples: {
    flags: [
      '[An estimated 4,000] people marched through the city.',
      'The storm cut power to [an estimated 300] homes.',
    ],
    ignores: ['Police estimated the crowd at 4,000.', 'The estimated cost of the bridge rose again.'],
  },
  grow: 'none',
  terms: ['an estimated {num}'],
};
