/**
 * Adverbs of manner that grade nothing: "shockingly low", "comically large" and "hopelessly outnumbered" say how
 * far a state goes, not how well someone acted; "the toddler clumsily stacked the blocks" tells of a small child's
 * hands; "Dress sensibly and carry water" gives advice, it does not approve of what anyone did. Only an adverb
 * that grades an adult's act ("the agency clumsily handled the recall") is the writer's verdict.
 */
import type { ParsedText } from '../nlp.ts';

/**
 * Adverbs of state or degree: in the passive they say how well a name fits or how far a state goes ("aptly named",
 * "hopelessly outnumbered"); any other manner adverb there still grades an act ("gleefully seized on").
 */
const STATE_OR_DEGREE = new Set([
  'aptly', 'fittingly', 'hopelessly', 'comically', 'shockingly', 'suitably', 'appropriately', 'woefully',
]);

/** Small children and animals: their awkward or gleeful moves are described, nobody's conduct is judged. */
const YOUNG_OR_ANIMAL = new Set([
  'toddler', 'toddlers', 'baby', 'babies', 'infant', 'infants', 'child', 'children', 'puppy', 'puppies', 'kitten',
  'kittens', 'cub', 'cubs', 'foal', 'foals', 'calf', 'calves', 'dog', 'dogs', 'cat', 'cats', 'bear', 'bears', 'chick',
  'chicks', 'duckling', 'ducklings', 'lamb', 'lambs', 'seal', 'seals', 'penguin', 'penguins', 'panda', 'pandas',
]);

/** A past participle or a verb's "-ed"/"-en" form: "outnumbered", "named", "written". */
const PARTICIPLE = /(?:ed|en)$/;

/**
 * True when the manner adverb at `i` grades a degree or a state, or the act of a small child or an animal: the
 * next word is an adjective ("shockingly low"), or a participle after "be" ("is aptly named") for an adverb of
 * state or degree, or a toddler or a puppy does the thing.
 */
export function mannerGradesNoAct(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const token = t[i];
  const next = t[i + 1];
  if (next?.sentence === token.sentence && next.pos === 'ADJ') return true;
  const before = t[i - 1];
  const afterBe = before?.sentence === token.sentence && before.lemma === 'be';
  if (afterBe && next?.sentence === token.sentence && next.pos === 'VERB' && PARTICIPLE.test(next.lower))
    return STATE_OR_DEGREE.has(token.lower);
  for (let k = i - 1; k >= i - 3 && k >= 0 && t[k].sentence === token.sentence; k--) {
    if (YOUNG_OR_ANIMAL.has(t[k].lower)) return true;
  }
  return false;
}

/** Words before a base-form verb that make it advice: "should dress sensibly", "please drive prudently". */
const ADVICE_BEFORE = new Set(['should', 'must', 'please', 'to']);

/**
 * True when an approving adverb ("sensibly", "prudently") follows a verb of advice: an imperative opening its
 * sentence ("Dress sensibly and carry water") or a base form after "should", "must", "please" or "to".
 */
export function advisesManner(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const token = t[i];
  if (token.lower !== 'sensibly' && token.lower !== 'prudently') return false;
  const verb = t[i - 1];
  if (!verb || verb.sentence !== token.sentence || verb.lower !== verb.lemma) return false;
  if (verb.pos !== 'VERB' && verb.pos !== 'PROPN') return false;
  if (doc.sentences[token.sentence]?.firstToken === verb.index) return true;
  const cue = t[i - 2];
  return cue?.sentence === token.sentence && ADVICE_BEFORE.has(cue.lower);
}
