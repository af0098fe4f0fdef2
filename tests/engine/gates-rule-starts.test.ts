/**
 * The rhetoric pattern rules visit only the tokens their start test lets through (rule-starts.ts), and each word's
 * answers are remembered on its shared forms object as bits. Two ways that can drift from what the rules would
 * find by walking every token: the memo answers for a word with another word's bits (a stale or shared memo), or a
 * rule's body learns to start at a word its filed start test does not pass. Both are checked here against fresh
 * copies of the engine whose rule-starts.ts is a plain stand-in, over our own test tables' sentences and their
 * variants (gates-corpus.ts).
 */
import { beforeAll, describe, expect, test, vi } from 'vitest';
import type { PatternRule } from '../../src/engine/detectors/rhetoric/rule.ts';
import type { TokenForms } from '../../src/engine/detectors/rhetoric/term-pattern.ts';
import { type ParsedText, parse } from '../../src/engine/nlp.ts';
import { findQuotes } from '../../src/engine/quotes.ts';
import { gateTexts } from './gates-corpus.ts';

const RULE_STARTS = '../../src/engine/detectors/rhetoric/rule-starts.ts';

const TEXTS = gateTexts();
const DOCS: ParsedText[] = TEXTS.map((text) => parse(text));

/**
 * Rules whose body repeats its whole start test (the start test is only a cheaper superset), so that walking every
 * token must find nothing more: a word the body learns to accept and the start test does not is lost.
 */
const SELF_CHECKING = new Set(['rhetoric/exaggeration/superlative']);
/**
 * Rules whose start test is their only word test (the body does not repeat it, so walking every token finds more by
 * design). Their first test lives in one place and cannot drift from itself; the memo test above still covers them.
 * Every other rule (no start test at all) must find the same when its start lists are opened.
 */
const GATED = new Set([
  'rhetoric/certainty/clear-predicate', 'rhetoric/fear-appeal/threat-to-us', 'rhetoric/fear-appeal/dire-prediction',
  'rhetoric/name-calling/hostile-compound', 'rhetoric/name-calling/mock-title', 'rhetoric/loaded-language/credential',
  'rhetoric/name-calling/epithet', 'rhetoric/loaded-language/intensified', 'rhetoric/loaded-language/shouting',
]);

/** A rule-starts.ts without the memo: every token's word asked every filed test afresh. */
function plainStarts() {
  const tests: ((forms: TokenForms) => boolean)[] = [];
  return {
    fileStartTest: (t: (forms: TokenForms) => boolean) => tests.push(t) - 1,
    startLists: (forms: readonly TokenForms[]) => tests.map((t) => forms.flatMap((f, i) => (t(f) ? [i] : []))),
  };
}

/** A rule-starts.ts whose gates are open: every rule visits every token. */
function openStarts() {
  let filed = 0;
  return {
    fileStartTest: () => filed++,
    startLists: (forms: readonly TokenForms[]) => Array.from({ length: filed }, () => forms.map((_, i) => i)),
  };
}

/** Per rule, per text: each candidate's tokens, rule and confidence, from fresh modules (rule-starts.ts replaced if asked). */
async function candidates(stand?: () => object): Promise<Map<string, string[][]>> {
  vi.resetModules();
  if (stand) vi.doMock(RULE_STARTS, stand);
  const { PATTERN_RULES } = await import('../../src/engine/detectors/rhetoric.ts');
  const { textFacts } = await import('../../src/engine/detectors/rhetoric/text-facts.ts');
  if (stand) vi.doUnmock(RULE_STARTS);
  const out = new Map<string, string[][]>((PATTERN_RULES as readonly PatternRule[]).map((r) => [r.info.rule, []]));
  DOCS.forEach((doc, k) => {
    const facts = textFacts(doc);
    const context = { quotes: findQuotes(TEXTS[k]), links: [], attributions: [] };
    for (const rule of PATTERN_RULES) {
      out.get(rule.info.rule)?.push(rule.find(facts, context).map((c) => `${c.first}-${c.end} ${c.info.rule} ${c.confidence}`));
    }
  });
  return out;
}

/** The texts on which a rule's candidates differ between two runs, with both lists. */
function differences(a: string[][], b: string[][]): string[] {
  return a.flatMap((found, k) => (found.join() === b[k].join() ? [] : [`${TEXTS[k]}\n  ${found.join('; ')}\n  ${b[k].join('; ')}`]));
}

describe('rhetoric start tests agree with their rules', () => {
  let gated: Map<string, string[][]>;
  beforeAll(async () => {
    gated = await candidates();
  }, 60_000);

  test('the gated rules find plenty in the corpus (no vacuous pass)', () => {
    const total = [...gated.values()].reduce((n, texts) => n + texts.flat().length, 0);
    expect(total).toBeGreaterThan(100);
  });

  test('the memo of start bits answers as a fresh test of every word would', async () => {
    const plain = await candidates(plainStarts);
    for (const [rule, texts] of gated) expect(differences(texts, plain.get(rule) ?? []), rule).toEqual([]);
  }, 60_000);

  test('a rule that repeats its start test finds nothing more when it walks every token', async () => {
    const open = await candidates(openStarts);
    for (const [rule, texts] of gated) {
      // A new rule with a start test fails here until it is filed above: in SELF_CHECKING if its body repeats the test.
      const why = `${rule} (a rule with a start test its body does not repeat belongs in GATED)`;
      if (SELF_CHECKING.has(rule) || !GATED.has(rule)) expect(differences(texts, open.get(rule) ?? []), why).toEqual([]);
    }
  }, 60_000);
});
