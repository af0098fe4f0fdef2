/** CoNLL-2010 Wikipedia weasels: uncertain when an uncheckable attribution or a hedge falls in the sentence. */
import { isWeaselSignal } from '../findings.ts';
import { sentenceSet } from './sentence-set.ts';

/** The CoNLL-2010 weasel set. */
export const conll = sentenceSet({
  name: 'conll2010-wiki-weasel',
  positive: 'uncertain_weasel',
  test: isWeaselSignal,
  figure: { id: 'conll2010-wiki-weasel/f1-uncertain', metric: 'f1' },
});
