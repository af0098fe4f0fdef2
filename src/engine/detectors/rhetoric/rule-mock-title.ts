/**
 * Mock titles: "-in-chief" fixed to a word that is no rank ("liar-in-chief", "cheerleader-in-chief"). The form
 * of a commander's or an editor's title turns a label into a post the person holds.
 */
import type { Candidate } from './candidate.ts';
import { matchOf, type PatternRule, wordSet } from './rule.ts';
import { fileStartTest } from './rule-starts.ts';
import type { TextFacts } from './text-facts.ts';

/** The real posts written with "-in-chief". */
const RANKS = wordSet(
  'commander editor chief surgeon physician engineer chaplain pharmacist nurse architect designer director ' +
    'secretary treasurer general admiral captain governor justice judge cook chef conductor scientist officer',
);

/** The first token of "<label>-in-" right before `chief`, written without spaces, or -1 when there is none. */
function inChiefStart(facts: TextFacts, chief: number): number {
  const { tokens } = facts.doc;
  const joined = (a: number) => tokens[a] !== undefined && tokens[a].end === tokens[a + 1]?.start;
  if (chief < 4 || tokens[chief - 1].text !== '-' || facts.forms[chief - 2].lower !== 'in') return -1;
  if (tokens[chief - 3].text !== '-' || !joined(chief - 4) || !joined(chief - 3) || !joined(chief - 2)) return -1;
  if (!joined(chief - 1) || tokens[chief - 4].type !== 'word') return -1;
  let first = chief - 4;
  // A hyphenated label before it belongs to the title ("conspiracy-theorist-in-chief").
  while (first >= 2 && tokens[first - 1].text === '-' && joined(first - 1) && joined(first - 2)) first -= 2;
  return first;
}

/** Every match ends at "chief": the rule visits only that word (rule-starts.ts). */
const CHIEF_START = fileStartTest((f) => f.lower === 'chief');

/** The mock-title rule. */
export const mockTitle: PatternRule = {
  examples: {
    flags: ['The mayor, our [cheerleader-in-chief], cut the ribbon.', 'He is the [excuse-maker-in-chief].'],
    ignores: [
      'The commander-in-chief visited the troops.',
      'She became editor-in-chief of the paper in 2019.',
      'The hospital named a new surgeon-in-chief.',
      'Two former editors-in-chief signed the letter.',
      'Several commanders-in-chief have visited the base.',
    ],
  },
  info: {
    rule: 'rhetoric/name-calling/mock-title',
    technique: 'name-calling',
    explanation:
      'A label dressed up as a title ("liar-in-chief", "cheerleader-in-chief"). It makes a jibe sound like the job the person holds.',
    question: 'What did the person actually do that the title is meant to sum up?',
    confidence: 0.6,
  },
  find(facts: TextFacts): Candidate[] {
    const out: Candidate[] = [];
    // Only the tokens that pass CHIEF_START, in text order (rule-starts.ts); an index loop, cheap before V8 optimises it.
    const at = facts.starts[CHIEF_START];
    for (let n = 0; n < at.length; n++) {
      const i = at[n];
      if (i < 4) continue;
      const first = inChiefStart(facts, i);
      // By its lemma too, so that the plural of a post stays a post ("editors-in-chief").
      const label = facts.forms[i - 4];
      if (first < 0 || RANKS.has(label.lower) || RANKS.has(label.lemma)) continue;
      out.push(matchOf(this.info, first, i + 1));
    }
    return out;
  },
};
