import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { describe, expect, test } from 'vitest';
import { parse } from '../../src/engine/nlp.ts';
import { withRememberedNer } from '../../src/engine/wink-ner-memo.ts';

// parse keeps wink's NER word classes (wink-ner-memo.ts) and its tokenizer's look-ups and filings
// (wink-tokens.ts, tokenizeAsFresh) by word: what it reads must be what a freshly built wink reads.
const TEXTS = [
  'On 12/03/2024 at 10:45 the Varnholt council paid $4.5 million, 12% more than in 1998, to 3,200 tenants.',
  'Mayor Ilse Quorvane wrote to ops@harbourline.example on Tuesday: "We won\'t wait until March 2nd."',
  'Grindel-Oaks fell 2.5 per cent; the 21st vote (#RoadFund) drew 1,024 replies by 9 a.m. and https://vote.example/x.',
  "Quorvane's aides said Varnholt's budget, worth £12bn, would run for 3 years from 2026 to 2029.",
];

/** Tokens with their tag and type, and entities with their type, as wink reads them. */
function winkView(text: string, nlp: ReturnType<typeof winkNLP>) {
  const doc = nlp.readDoc(text);
  const its = nlp.its;
  return {
    tokens: doc.tokens().out(),
    tags: doc.tokens().out(its.pos),
    types: doc.tokens().out(its.type),
    entities: doc.entities().out(its.detail),
  };
}

function parsedView(text: string) {
  const parsed = parse(text);
  return {
    tokens: parsed.tokens.map((t) => t.text),
    tags: parsed.tokens.map((t) => t.pos),
    types: parsed.tokens.map((t) => t.type),
    entities: parsed.entities.map((e) => ({ value: text.slice(e.start, e.end), type: e.type })),
  };
}

describe('parse reads what a fresh wink reads', () => {
  test.each(TEXTS)('%s', (text) => {
    const fresh = winkView(text, winkNLP(model, ['sbd', 'pos', 'ner']));
    const expected = {
      ...fresh,
      entities: (fresh.entities as { value: string; type: string }[]).map((e) => ({ value: e.value, type: e.type })),
    };
    // Twice: the second reading meets every word already kept.
    expect(parsedView(text)).toEqual(expected);
    expect(parsedView(text)).toEqual(expected);
  });

  test('a model with remembered NER classes finds the same entities, read after read', () => {
    const plain = winkNLP(model, ['sbd', 'pos', 'ner']);
    const remembered = winkNLP(withRememberedNer(model), ['sbd', 'pos', 'ner']);
    for (let round = 0; round < 2; round++)
      for (const text of TEXTS) expect(winkView(text, remembered)).toEqual(winkView(text, plain));
  });
});
