/**
 * Round 18, attribution precision (second pass): report verbs that pass on nothing anyone said or believes. A
 * denied telling with nothing told ("the depot had not told them"), an invitation ("asked the neighbours over"),
 * knowing a person ("she knows the warden well"), and a crowd inside someone's quotation that must not become the
 * speaker of the quotation's next sentence. Each with near misses that must still report.
 */
import { describe, expect, test } from 'vitest';
import { attributionsOf, expectSourceOver } from './attribution-over.ts';

/** Expects no attribution finding to reach the words (the first time they occur). */
function expectNoneOver(text: string, words: string): void {
  const at = text.indexOf(words);
  expect(at, 'the words must be in the text').toBeGreaterThanOrEqual(0);
  const hits = attributionsOf(text).filter((f) => f.start < at + words.length && f.end > at);
  expect(hits.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
}

// Saying that someone kept quiet is news, but nothing they said is passed on: there is no claim to source.
describe('a denied telling with nothing told reports nothing', () => {
  test.each([
    ['Several tenants said the depot had not told them.', 'the depot had not told'],
    ['Ruiz did not tell anyone about her plan.', 'did not tell'],
    ['Asked about the fire, Brantley did not say.', 'did not say'],
    ['Nobody had told the drivers.', 'had told'],
  ])('%s', (text, words) => expectNoneOver(text, words));
  // Near misses: what was (not) said is there, as a clause, an order or a question.
  test.each([
    ['Harrow Freight never told staff that the yard would close.', 'Harrow Freight never told', 'named'],
    ['Harrow Freight did not tell staff to stay home.', 'Harrow Freight did not tell', 'named'],
    ['The council did not say whether the road would reopen.', 'The council did not say', 'named'],
    ['Harrow Freight told them the yard would close.', 'Harrow Freight told', 'named'],
    // Not answering a question put to someone still names whom the matter was put to.
    ['Halvorsen did not respond to several calls.', 'Halvorsen did not respond', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
});

// Asking someone over or out is an invitation; nothing is asked that a reader could check.
describe('an invitation is no question', () => {
  test.each([
    ['Okonkwo asked the new neighbours over for dinner.', 'asked'],
    ['Pellham asked her out to the cinema.', 'asked'],
    ['She asked them in.', 'asked'],
  ])('%s', (text, words) => expectNoneOver(text, words));
  test.each([
    ['Okonkwo asked the neighbours about the fence.', 'Okonkwo asked', 'named'],
    ['Okonkwo asked whether the fence was legal.', 'Okonkwo asked', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
});

// Knowing a person is acquaintance; knowing that something is so is a belief someone holds.
describe('knowing someone is no belief', () => {
  test.each([
    ['She knows the warden well.', 'knows'],
    ['He knew the families personally.', 'knew'],
    ['Ferreira has known him since school.', 'known'],
  ])('%s', (text, words) => expectNoneOver(text, words));
  test.each([
    ['Inspectors knew the bridge was unsafe.', 'Inspectors knew', 'vague'],
    ['Ferreira knew that the dam was leaking.', 'Ferreira knew', 'named'],
    ['Ferreira knows the rules of the harbour.', 'Ferreira knows', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
});

// A crowd someone mentions inside their own quotation is their hearsay: the quotation's next sentence is still theirs.
describe('a crowd inside a quotation does not take over the quotation', () => {
  test('the quotation running on stays its speaker\u2019s', () => {
    const text = 'Okafor said: "We are tired of waiting. Many people say the canal is dirty. Nobody listens to us."';
    expectSourceOver(text, 'Nobody listens to us', 'named');
  });
});

// A feeling in a relative clause is about the noun before it ("a song that listeners love"): nobody claims anything.
describe('a feeling towards the noun before it is no source', () => {
  test.each([
    ['It is a tune that listeners recognize.', 'listeners recognize'],
    ['He is the kind of warden that inmates fear the most.', 'inmates fear'],
    ['Those are the flaws which critics point to.', 'critics point'],
  ])('%s', (text, words) => expectNoneOver(text, words));
  // Near misses: spoken words, a forecast of a figure, and a feeling with its own clause still report.
  test.each([
    ['Tenants worried about the things that the landlord has said.', 'the landlord has said', 'pronoun'],
    ['Sales beat the figure that analysts expected.', 'analysts expected', 'vague'],
    ['It was the flood that farmers feared would come.', 'farmers feared', 'vague'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
});

// Doubting a person is distrust and recognising oneself is a likeness seen: neither holds a claim a reader could check.
describe('doubting someone or recognising oneself is no source', () => {
  test.each([
    ['Few backers doubted him.', 'doubted'],
    ['The rowers never doubted each other.', 'doubted'],
    ['Many pensioners did not recognize themselves in the advert.', 'recognize'],
  ])('%s', (text, words) => expectNoneOver(text, words));
  // Near misses: doubting what someone said, or that something is so, is a view held.
  test.each([
    ['Many doubted her account of the crash.', 'Many doubted', 'vague'],
    ['Many doubted that the pier would hold.', 'Many doubted', 'vague'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
});
