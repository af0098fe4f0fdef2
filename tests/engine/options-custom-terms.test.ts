/**
 * The reader's custom terms (AnalyzeOptions.customTerms): literal words matched case-insensitively on word
 * boundaries, reported as rhetoric with the reader's technique and explanation, weighed like other rhetoric.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { CUSTOM_TERM_RULE } from '../../src/engine/options/custom-terms.ts';
import { PhraseSet, phraseTokens } from '../../src/engine/options/phrases.ts';
import type { CustomTermOption, RhetoricFinding, Technique } from '../../src/engine/types.ts';
import { cpuMs } from './options-cpu.ts';

const term = (words: string, technique: Technique = 'loaded-language'): CustomTermOption => ({
  term: words,
  technique,
  explanation: `My note on ${words}.`,
});

/** The custom-term findings of a text analysed with these terms. */
const customFindings = (text: string, terms: readonly CustomTermOption[]) =>
  analyze(text, { customTerms: terms }).findings.filter(
    (f): f is RhetoricFinding => f.kind === 'rhetoric' && f.rule === CUSTOM_TERM_RULE,
  );

describe('flags', () => {
  test.each([
    ['deep state', 'They blame the deep state for the delay.', 'deep state'],
    ['deep state', 'They blame the Deep State for the delay.', 'Deep State'],
    ['DEEP STATE', 'They blame the deep state for the delay.', 'deep state'],
    ['deep state', 'They blame the deep   state for the delay.', 'deep   state'],
    ['deep state', 'They blame the deep\nstate for the delay.', 'deep\nstate'],
    ['  deep state  ', 'They blame the deep state for the delay.', 'deep state'],
    ["don't tread", 'A flag read don’t tread on us.', 'don’t tread'],
    ['a.*b', 'The code a.*b appeared twice.', 'a.*b'],
    ['C++', 'Fans of C++ were loud.', 'C++'],
    ['(r)', 'The brand (R) was everywhere.', '(R)'],
    ['so-called', 'The so-called reform passed.', 'so-called'],
    ['élite', 'The Élite decided again.', 'Élite'],
    ['woke', 'A woke mob gathered; the woke mob left.', 'woke'],
  ])('term %j in %j flags %j', (words, text, flagged) => {
    const found = customFindings(text, [term(words)]);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.text).toBe(flagged);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('does not flag', () => {
  test.each([
    ['state', 'The statesman restated his plan.'],
    ['deep state', 'The lake is deep; the state paid for it.'],
    ['deep state', 'The deep-state theory was discussed.'],
    ['a.*b', 'The code axxb appeared twice.'],
    ['c++', 'The grade was C+ this year.'],
    ['', 'Nothing at all is flagged here.'],
    ['   ', 'Nothing at all is flagged here.'],
    ['-', 'A dash - here - and there.'],
    ['x'.repeat(201), `${'x'.repeat(201)} is too long to be a term.`],
    // Where the parser reads another word, a term is not matched inside it ("can" is not "can't").
    ['can', "They can't stop it."],
    ['don', "Don't go there."],
    ['t', 'Don’t go there.'],
  ])('term %j in %j', (words, text) => {
    expect(customFindings(text, [term(words)])).toEqual([]);
  });
});

describe('a finding of a custom term', () => {
  const text = 'The regime’s puppets met again. “The puppets lie,” she said.';
  const found = customFindings(text, [term('puppets', 'name-calling')]);

  test('carries the reader’s technique, explanation and the rule, at confidence 0.9', () => {
    expect(found.map((f) => [f.technique, f.explanation, f.rule, f.confidence])).toEqual([
      ['name-calling', 'My note on puppets.', CUSTOM_TERM_RULE, 0.9],
      ['name-calling', 'My note on puppets.', CUSTOM_TERM_RULE, 0.9],
    ]);
    expect(found[0].question).toBeTruthy();
  });

  test('is marked inQuote inside a quotation, like other rhetoric', () => {
    expect(found.map((f) => f.inQuote)).toEqual([false, true]);
  });

  test('replaces the lexicon’s finding on the same words, so a phrase is counted once', () => {
    const onWord = (options = {}) =>
      analyze('The scheme was a disgraceful failure.', options).findings.filter(
        (f) => f.kind === 'rhetoric' && f.text.includes('disgraceful'),
      );
    expect(onWord().length).toBe(1);
    expect(onWord({ customTerms: [term('disgraceful')] }).map((f) => f.rule)).toEqual([CUSTOM_TERM_RULE]);
  });

  test('weighs on the score like other rhetoric', () => {
    const plainText = 'The council approved the budget on Monday after a long debate about the bridge.';
    const before = analyze(plainText);
    const after = analyze(plainText, { customTerms: [term('long debate')] });
    const tone = (r: typeof after) => r.score.components.find((c) => c.id === 'tone');
    const id = after.findings.find((f) => f.rule === CUSTOM_TERM_RULE)?.id;
    expect(id).toBeDefined();
    expect(tone(after)?.findingIds).toContain(id);
    expect(tone(after)?.value).toBeLessThan(tone(before)?.value ?? 0);
    expect(after.score.value).toBeLessThan(before.score.value);
  });
});

describe('bad lists', () => {
  test('an entry without words or with an unknown technique is left out, with a warning', () => {
    const terms = [
      term(''),
      { term: 'cabal', technique: 'sarcasm', explanation: 'x' },
      { term: 'cabal', technique: 'toString', explanation: 'x' },
      null,
      { term: 42 },
      term('cabal'),
    ] as unknown as CustomTermOption[];
    const report = analyze('A cabal runs the club.', { customTerms: terms });
    expect(report.findings.filter((f) => f.rule === CUSTOM_TERM_RULE).map((f) => f.text)).toEqual(['cabal']);
    expect(report.warnings?.join(' ')).toMatch(/5 custom terms were left out/);
  });

  test('an empty explanation gets a plain one, and a very long one is cut', () => {
    const [empty] = customFindings('A cabal runs it.', [
      { term: 'cabal', technique: 'name-calling', explanation: ' ' },
    ]);
    expect(empty.explanation.length).toBeGreaterThan(10);
    const [long] = customFindings('A cabal runs it.', [{ ...term('cabal'), explanation: 'word '.repeat(1000) }]);
    expect(long.explanation.length).toBeLessThanOrEqual(1001);
    const [emoji] = customFindings('A cabal runs it.', [
      { ...term('cabal'), explanation: `${'x'.repeat(999)}😠 more` },
    ]);
    expect(emoji.explanation).toBe(`${'x'.repeat(999)}…`);
  });

  test('anything but an array is the caller’s error', () => {
    expect(() => analyze('Text.', { customTerms: 'cabal' as never })).toThrow(/customTerms must be an array/);
  });

  test('a list beyond 5,000 entries is cut, with a warning', () => {
    const terms = Array.from({ length: 5001 }, (_, i) => term(`word${i}`));
    const report = analyze('word0 and word5000 appear.', { customTerms: terms });
    expect(report.findings.filter((f) => f.rule === CUSTOM_TERM_RULE).map((f) => f.text)).toEqual(['word0']);
    expect(report.warnings?.join(' ')).toMatch(/first 5000/);
  });
});

describe('cost', () => {
  test('1,000 terms sharing their first word cost about what one does: a trie walk from each word', () => {
    const terms = Array.from({ length: 1000 }, (_, i) => term(`the word${i} of`));
    const text = 'the the the of the word999 of the. '.repeat(2000);
    expect(customFindings(text, terms)).toHaveLength(2000);
    const tokens = phraseTokens(text);
    const many = new PhraseSet();
    for (const [i, t] of terms.entries()) many.add(t.term, i);
    const one = new PhraseSet();
    one.add(terms[999].term, 0);
    expect(many.matchTokens(tokens)).toHaveLength(2000);
    // A scan of the text per term would cost a thousand times one term's; the trie costs about the same.
    expect(cpuMs(() => many.matchTokens(tokens))).toBeLessThan(cpuMs(() => one.matchTokens(tokens)) * 3 + 20);
  });
});
