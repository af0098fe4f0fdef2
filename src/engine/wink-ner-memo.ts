/**
 * wink's entity recogniser, with its token transformer answered once per word (nlp.ts builds wink with this).
 *
 * wink's first NER automaton maps each token, given as the index of its normal form in wink's word cache, to a
 * class before matching (wink-eng-lite-web-model's ner-transformers.js): it reads the word's text, strips commas
 * and full stops into a new string, then reads one or two of the word's properties. The automaton restarts at
 * each token and reads ahead, so the same token is mapped several times, and every text maps the same words
 * again. The answer depends on the word's index alone (its text and properties never change once the cache holds
 * it, whether the model's own word or one learned from a text), so it is kept by index here: the same answer,
 * computed once per word per process instead of once per visit.
 */

/** A transformer as wink calls it: (token, cache, ...) -> the token or a class number. */
type Transformer = (token: number, cache: unknown) => unknown;

/** The part of the model's NER loader that is read here. */
interface NerModel {
  machines: unknown;
  transformers: (Transformer | undefined)[];
}

/** Answers are kept as answer + 1 in an Int32Array, so 0 means "not yet asked". */
const MAX_KEPT = 0x7ffffffe;

/** The transformer with its answers kept by token; answers that are not small whole numbers are never kept. */
function remembered(transform: Transformer): Transformer {
  let kept = new Int32Array(1 << 17);
  return (token, cache) => {
    if (!Number.isInteger(token) || token < 0) return transform(token, cache);
    if (token >= kept.length) {
      const grown = new Int32Array(Math.max(kept.length * 2, token + 1));
      grown.set(kept);
      kept = grown;
    }
    const known = kept[token];
    if (known !== 0) return known - 1;
    const answer = transform(token, cache);
    if (typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer < MAX_KEPT)
      kept[token] = answer + 1;
    return answer;
  };
}

/**
 * Whether a transformer reads nothing but (token, cache): it declares two parameters and never reads `arguments`.
 * One that also reads the document's raw tokens or the token's position (as the sentence and POS transformers
 * do) depends on more than the word and is left as it is.
 */
function readsWordOnly(f: unknown): f is Transformer {
  return typeof f === 'function' && f.length === 2 && !/\barguments\b/.test(String(f));
}

/** The model with its NER transformers remembered by token (see readsWordOnly for which ones). */
export function withRememberedNer<M extends object>(model: M): M {
  const source = model as M & { ner?: () => NerModel };
  if (typeof source.ner !== 'function') return model;
  const copy = Object.create(Object.getPrototypeOf(model)) as Record<string, unknown>;
  for (const key of Object.keys(model)) copy[key] = (model as Record<string, unknown>)[key];
  const ner = source.ner;
  copy.ner = () => {
    const loaded = ner.call(model);
    const transformers = loaded.transformers.map((f) => (readsWordOnly(f) ? remembered(f) : f));
    return { ...loaded, transformers };
  };
  return copy as M;
}
