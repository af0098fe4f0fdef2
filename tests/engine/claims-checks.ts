/** Checks the claims round files share: is a claim checkable, and what features the first sentence has. */
import { analyze } from '../../src/engine/analyze.ts';
import { sentenceFeatures } from '../../src/engine/detectors/claims/features.ts';
import { parse } from '../../src/engine/nlp.ts';

const CHECKABLE = new Set(['factual', 'statistical', 'causal']);

/** True when the text holds a factual, statistical or causal claim. */
export const checkable = (text: string) =>
  analyze(text).findings.some((f) => f.kind === 'claim' && CHECKABLE.has(f.claimType ?? ''));

/** The features of the text's first sentence. */
export const featuresOf = (text: string) => ((doc) => sentenceFeatures(doc, doc.sentences[0], 0))(parse(text));
