/** ClaimBuster: check-worthy when a factual, statistical or causal claim finding falls in the sentence. */
import { isCheckableClaim } from '../findings.ts';
import { sentenceSet } from './sentence-set.ts';

/** The ClaimBuster set. */
export const claimbuster = sentenceSet({
  name: 'claimbuster',
  positive: 'check_worthy_factual',
  test: isCheckableClaim,
  figure: { id: 'claimbuster/f1-check-worthy', metric: 'f1' },
});
