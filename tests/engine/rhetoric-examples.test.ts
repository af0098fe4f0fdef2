/**
 * Every rhetoric rule's own table (examples kept beside the rule in the lexicon or the rule file): the
 * sentences it must flag, on the [bracketed] words, and the near misses it must not flag.
 */
import { describe, expect, test } from 'vitest';
import { PATTERN_RULES, rhetoricOf } from '../../src/engine/detectors/rhetoric.ts';
import { groupInfo } from '../../src/engine/detectors/rhetoric/lexicon-matcher.ts';
import { RHETORIC_LEXICON } from '../../src/engine/lexicon/rhetoric-lexicon.ts';
import type { RuleExamples } from '../../src/engine/lexicon/types.ts';
import type { Technique } from '../../src/engine/types.ts';

interface RuleRows {
  rule: string;
  technique: Technique;
  examples: RuleExamples;
}

const RULES: RuleRows[] = [
  ...RHETORIC_LEXICON.map((g) => ({ rule: groupInfo(g).rule, technique: g.technique, examples: g.examples })),
  ...PATTERN_RULES.map((r) => ({ rule: r.info.rule, technique: r.info.technique, examples: r.examples })),
];
const TECHNIQUES = [...new Set(RULES.map((r) => r.technique))];

/** Removes the [brackets] from an example and returns the text with the bracketed span. */
function unbracket(example: string): { text: string; start: number; end: number } {
  const start = example.indexOf('[');
  const end = example.indexOf(']') - 1;
  return { text: example.replace('[', '').replace(']', ''), start, end };
}

describe.each(TECHNIQUES)('%s', (technique) => {
  const rules = RULES.filter((r) => r.technique === technique);
  describe('flags', () => {
    const rows = rules.flatMap((r) => r.examples.flags.map((e) => [r.rule, e] as const));
    test.each(rows)('%s: %s', (rule, example) => {
      const { text, start, end } = unbracket(example);
      const found = rhetoricOf(text).filter((f) => f.rule === rule);
      expect(
        found.some((f) => f.start < end && start < f.end),
        JSON.stringify(rhetoricOf(text)),
      ).toBe(true);
    });
  });
  describe('does not flag', () => {
    const rows = rules.flatMap((r) => r.examples.ignores.map((e) => [r.rule, e] as const));
    test.each(rows)('%s: %s', (rule, text) => {
      expect(rhetoricOf(text).filter((f) => f.rule === rule)).toEqual([]);
    });
  });
});

describe('every rule has its table', () => {
  test.each(RULES.map((r) => [r.rule, r] as const))(
    '%s has flags and near misses, each flag with one [span]',
    (_, r) => {
      expect(r.examples.flags.length).toBeGreaterThan(0);
      expect(r.examples.ignores.length).toBeGreaterThan(0);
      for (const flag of r.examples.flags) expect(flag).toMatch(/^[^[\]]*\[[^[\]]+\][^[\]]*$/);
      for (const miss of r.examples.ignores) expect(miss).not.toMatch(/[[\]]/);
    },
  );
});
