/**
 * One cheap test per token for the cue loop of verbs.ts (cueAttributions), which asks four readers of every token
 * in turn: sourceCueStart ("according to", "citing", "quoting", "as stated in"), reportVerbAt (a word mayReport
 * lets through), contentCue (a verb of holding) and signatureAt (a dash). Each of them answers no at once for a
 * token outside its own first test, repeated here; so a token this rejects would find nothing, and the loop skips
 * the four calls for it (most tokens of a text).
 */
import type { Token } from '../../nlp.ts';
import { NOMINAL_CUES } from './according.ts';
import { HOLDING } from './contents.ts';
import { DASHES } from './signature.ts';
import { mayReport } from './verb-triggers.ts';

/** True when some cue reader of verbs.ts may find something at this token; false when none can. */
export function mayCue(t: Token): boolean {
  const w = t.lower;
  if (w === 'according' || w === 'as' || NOMINAL_CUES.has(w)) return true;
  return mayReport(t) || (t.pos === 'VERB' && HOLDING.has(t.lemma)) || DASHES.has(t.text);
}
