/** Shared shape of the rhetoric word-sense tables: a sentence, the words a finding must contain, its rule. */
import { rhetoricOf } from '../../src/engine/detectors/rhetoric.ts';

/** One table row: the sentence, words the finding's text contains, and the rule that must (or must not) fire. */
export type Row = [text: string, words: string, rule: string];

/** The rhetoric findings of `text` by `rule` whose text contains `words` (case-insensitive). */
export const on = (text: string, words: string, rule: string) =>
  rhetoricOf(text).filter((f) => f.rule === rule && f.text.toLowerCase().includes(words.toLowerCase()));
