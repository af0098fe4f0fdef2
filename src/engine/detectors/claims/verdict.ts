/**
 * Wrongdoing on record: a court's verdict or the accused's own plea ("The jury found him guilty of fraud", "The
 * man admitted stealing a bicycle") is no accusation the writer passes on.
 */
import type { Sentence, Token } from '../../nlp.ts';

/** Verbs of a verdict or a plea on record: "found guilty", "pleaded guilty", "admitted stealing", "was convicted". */
const ON_RECORD = new Set(['admitted', 'admits', 'convicted', 'acquitted', 'cleared']);
/** Verbs that are a verdict or a plea only with "guilty" after them: "found him guilty" ("found evidence of bribery" is no verdict). */
const WITH_GUILTY = new Set(['found', 'pleaded', 'pleads', 'pled']);
/** Words that accuse in the writer's or a speaker's voice: with one of them the sentence still accuses. */
const ACCUSING = /^(accus|alleg)/;

/**
 * True when a sentence's wrongdoing is a verdict or a plea on record: "The jury found him guilty of fraud", "The
 * man admitted stealing a bicycle". A court's finding or the accused's own plea is no accusation the writer passes
 * on; "accused of", "alleged" anywhere in the sentence still accuse.
 */
export function isVerdict(t: readonly Token[], s: Sentence): boolean {
  let record = false;
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (ACCUSING.test(t[i].lower)) return false;
    const guilty =
      WITH_GUILTY.has(t[i].lower) &&
      (t[i + 1]?.lower === 'guilty' || t[i + 2]?.lower === 'guilty' || t[i + 3]?.lower === 'guilty');
    if (ON_RECORD.has(t[i].lower) || guilty) record = true;
  }
  return record;
}
