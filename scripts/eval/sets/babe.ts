/** BABE: sentence-level bias. Biased when any non-hedge rhetoric finding falls in the sentence; macro-F1. */
import { isLoadedRhetoric } from '../findings.ts';
import { sentenceSet } from './sentence-set.ts';

/** The BABE set. */
export const babe = sentenceSet({
  name: 'babe',
  positive: 'biased',
  test: isLoadedRhetoric,
  figure: { id: 'babe/macro-f1', metric: 'macro-f1' },
});
