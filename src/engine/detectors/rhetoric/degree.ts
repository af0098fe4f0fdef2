/**
 * Degree adverbs: words that turn the volume of the next word up ("extremely", "deeply", "highly"). They are
 * shared by the intensified-adjective rule, by phrase growth, and by the adverbs derived from the lexicon's
 * adjectives: "extremely" is the adverb of "extreme" in form only, it intensifies rather than labels.
 */
import { wordSet } from './rule.ts';

/** Adverbs that intensify the adjective after them; before a judging adjective they make the judgement louder. */
export const INTENSIFIERS = wordSet(
  'very extremely incredibly deeply truly utterly totally absolutely hugely terribly awfully remarkably ' +
    'exceptionally unbelievably enormously tremendously immensely profoundly horribly dreadfully insanely ' +
    'ridiculously outrageously shockingly painfully woefully hopelessly downright thoroughly so highly ' +
    'phenomenally wildly massively vastly supremely',
);

/** Adverbs that belong to the highlight of the adjective after them: the intensifiers and a few milder ones. */
export const PHRASE_ADVERBS: ReadonlySet<string> = new Set([
  ...INTENSIFIERS,
  ...wordSet(
    'most particularly especially increasingly genuinely wholly openly blatantly outright positively simply just too really completely',
  ),
]);
