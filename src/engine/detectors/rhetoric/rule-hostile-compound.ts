/** Hostile compounds: "gun-grabbing", "America-hating", "race-baiting", "tree-hugging" stick a motive on people. */
import type { Candidate } from './candidate.ts';
import { grow } from './grow.ts';
import { matchOf, type PatternRule, wordSet } from './rule.ts';
import { fileStartTest } from './rule-starts.ts';
import type { TextFacts } from './text-facts.ts';

/** Second halves that turn "X-" into a sneer. */
const SNEERING_HALVES = wordSet(
  'hating hater haters obsessed crazed worshipping worshiping bashing basher baiting baiter ' +
    'mongering monger mongers grabbing grabber grabbers hugging hugger huggers addled deranged sucking licking ' +
    'kissing thumping thumper slinging slinger peddling peddler peddlers gate toting guzzling',
);

/** Every match ends at a sneering half: the rule visits only those words (rule-starts.ts). */
const SNEERING_START = fileStartTest((f) => SNEERING_HALVES.has(f.lower));

/** The hostile-compound rule. */
export const hostileCompound: PatternRule = {
  examples: {
    flags: ['The [gun-grabbing senators] met today.'],
    ignores: ['The well-meaning senators met today.'],
  },
  info: {
    rule: 'rhetoric/name-calling/hostile-compound',
    technique: 'name-calling',
    explanation:
      'A made-up compound that pins a motive or obsession on people ("gun-grabbing", "America-hating"). It is a label, not a description: it tells you what to think of them.',
    question: 'Do these people describe themselves this way? What do they actually want?',
    confidence: 0.75,
  },
  find(facts: TextFacts): Candidate[] {
    const { tokens } = facts.doc;
    const out: Candidate[] = [];
    // Only the tokens that pass SNEERING_START, in text order (rule-starts.ts); an index loop, cheap before V8 optimises it.
    const at = facts.starts[SNEERING_START];
    for (let n = 0; n < at.length; n++) {
      const i = at[n];
      if (i < 2) continue;
      const hyphen = tokens[i - 1];
      const head = tokens[i - 2];
      if (hyphen.text !== '-' || head.type !== 'word' || head.sentence !== tokens[i].sentence) continue;
      const [first, end] = grow(facts, i - 2, i + 1, 'noun-phrase');
      out.push(matchOf(this.info, first, end, [i - 2, i + 1]));
    }
    return out;
  },
};
