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
import { TRIGGERS } from './verb-triggers.ts';

/** Lower forms that may open a cue: mayReport's triggers and the nominal cues' words ("according", "as", "citing"). */
const CUE_WORDS: ReadonlySet<string> = new Set([...TRIGGERS, ...NOMINAL_CUES, 'according', 'as']);

/**
 * True when some cue reader of verbs.ts may find something at this token; false when none can. mayReport's three
 * tests (trigger by lemma or lower form, a noun in -ing) and contentCue's verb of holding are asked of words only,
 * as the loop asks reportVerbAt and contentCue of words only; signatureAt's dash, of other tokens only.
 */
export function mayCue(t: Token): boolean {
  if (CUE_WORDS.has(t.lower)) return true;
  if (t.type !== 'word') return DASHES.has(t.text);
  return TRIGGERS.has(t.lemma) || (t.pos === 'VERB' ? HOLDING.has(t.lemma) : t.pos === 'NOUN' && t.lower.endsWith('ing'));
}
