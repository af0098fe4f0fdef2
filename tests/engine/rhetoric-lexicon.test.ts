/** The rhetoric lexicon as data: every group explains itself, compiles, and no term is filed twice. */
import { describe, expect, test } from 'vitest';
import { PATTERN_RULES } from '../../src/engine/detectors/rhetoric.ts';
import { groupInfo } from '../../src/engine/detectors/rhetoric/lexicon-matcher.ts';
import { compileTerm, normalizeWord } from '../../src/engine/detectors/rhetoric/term-pattern.ts';
import { RHETORIC_LEXICON } from '../../src/engine/lexicon/rhetoric-lexicon.ts';
import type { LexiconGroup } from '../../src/engine/lexicon/types.ts';
import type { Technique } from '../../src/engine/types.ts';

const CONTRACT_TECHNIQUES: Technique[] = [
  'loaded-language',
  'name-calling',
  'exaggeration',
  'fear-appeal',
  'certainty',
  'figurative',
  'hedge',
];
const INFOS = [...RHETORIC_LEXICON.map(groupInfo), ...PATTERN_RULES.map((r) => r.info)];

describe('every technique', () => {
  test.each(CONTRACT_TECHNIQUES)('%s has rules', (technique) => {
    expect(INFOS.filter((i) => i.technique === technique).length).toBeGreaterThan(0);
  });
});

describe('every rule', () => {
  test.each(INFOS.map((i) => [i.rule, i] as const))('%s explains itself to a reader', (_, info) => {
    expect(info.rule).toMatch(new RegExp(`^rhetoric/${info.technique}/[a-z][a-z-]*$`));
    expect(CONTRACT_TECHNIQUES).toContain(info.technique);
    expect(info.explanation.length).toBeGreaterThanOrEqual(60);
    expect(info.explanation.length).toBeLessThanOrEqual(300);
    expect(info.explanation).toMatch(/[.!]$/);
    expect(info.question).toMatch(/\?$/);
    expect(info.confidence).toBeGreaterThan(0);
    expect(info.confidence).toBeLessThanOrEqual(1);
  });

  test('rule ids are unique', () => {
    const ids = INFOS.map((i) => i.rule);
    expect(ids.filter((id, k) => ids.indexOf(id) !== k)).toEqual([]);
  });
});

describe('every lexicon group', () => {
  test.each(RHETORIC_LEXICON.map((g) => [g.id, g] as const))('%s: its terms and exceptions compile', (_, group) => {
    expect(group.terms.length).toBeGreaterThan(0);
    for (const term of group.terms) expect(() => compileTerm(term)).not.toThrow();
    for (const term of group.except ?? []) expect(() => compileTerm(term, false)).not.toThrow();
  });

  test('no term is filed twice for the same part of speech (one sense, one explanation)', () => {
    const seen = new Map<string, LexiconGroup>();
    const twice: string[] = [];
    for (const group of RHETORIC_LEXICON) {
      for (const term of group.terms) {
        const key = normalizeWord(term);
        const before = seen.get(key);
        // "smear" the verb and "a smear" the noun may sit in different groups when their parts of speech differ.
        const disjoint = before?.pos && group.pos && !before.pos.some((p) => group.pos?.includes(p));
        if (before && !disjoint) twice.push(`"${term}" in ${before.id} and ${group.id}`);
        seen.set(key, group);
      }
    }
    expect(twice).toEqual([]);
  });
});

describe('malformed terms fail loudly', () => {
  test.each(['{det} thing', '{nonsense} word', 'optional? first', '', 'full-scale|all-out war'])('"%s" is rejected', (term) => {
    expect(() => compileTerm(term)).toThrow(/Lexicon term|Unknown class/);
  });
});
