/**
 * Threats aimed at the reader's own group: "attacks against the West", "a war on our children", "a danger
 * to your family". Pointing a threat at "us" is the heart of an appeal to fear.
 */
import type { Candidate } from './candidate.ts';
import { findAhead, isCapitalised, matchOf, type PatternRule, wordSet } from './rule.ts';
import { fileStartTest } from './rule-starts.ts';
import type { TextFacts } from './text-facts.ts';

const THREATS = wordSet(
  'attack assault threat danger war terror terrorism invasion destruction violence harm menace hatred target ' +
    'jihad onslaught plot campaign crusade aggression',
);
/** Every match starts at a threat word: the rule visits only those (rule-starts.ts). */
const THREAT_START = fileStartTest((f) => THREATS.has(f.lemma) || THREATS.has(f.lower));
const TOWARDS = wordSet('against on to toward towards at upon');
/** The reader's group: "us", "our ...", "your ...", the West, the nation. */
const GROUP = wordSet(
  'west western america americans europe europeans britain christians christianity civilization democracy ' +
    'freedom freedoms liberty homeland nation country us our your ourselves families children kids ' +
    'citizens taxpayers women',
);
const THREAT_TO_PREPOSITION = 3;
const PREPOSITION_TO_GROUP = 3;

/** The threat-to-our-group rule. */
export const fearThreat: PatternRule = {
  examples: {
    flags: ['The region could become a staging ground for [attacks against the West].'],
    ignores: ['Settlers were blamed for attacks on the West Bank village.'],
  },
  info: {
    rule: 'rhetoric/fear-appeal/threat-to-us',
    technique: 'fear-appeal',
    explanation:
      'A threat aimed at "us": the West, our country, your family. Making readers feel personally targeted is a classic appeal to fear; it makes a conclusion feel urgent before it is shown.',
    question: 'Is there evidence of this threat to you, or only the feeling of one?',
    confidence: 0.7,
  },
  find(facts: TextFacts): Candidate[] {
    const out: Candidate[] = [];
    // Only the tokens that pass THREAT_START, in text order (rule-starts.ts); an index loop, cheap before V8 optimises it.
    const at = facts.starts[THREAT_START];
    for (let n = 0; n < at.length; n++) {
      const i = at[n];
      const prep = findAhead(facts, i + 1, TOWARDS, THREAT_TO_PREPOSITION);
      if (prep < 0) continue;
      const group = findAhead(facts, prep + 1, GROUP, PREPOSITION_TO_GROUP);
      // "the West Bank", "America's Cup": a capitalised word after the group word makes it part of a name.
      if (group < 0 || (isCapitalised(facts, group + 1) && facts.doc.tokens[group + 1]?.type === 'word')) continue;
      out.push(matchOf(this.info, i, groupEnd(facts, group)));
    }
    return out;
  },
};

/** "our children" ends after "children"; "our" alone takes the noun after it. */
function groupEnd(facts: TextFacts, group: number): number {
  const f = facts.forms[group];
  if (f.lower !== 'our' && f.lower !== 'your') return group + 1;
  const next = facts.doc.tokens[group + 1];
  return next && next.sentence === facts.doc.tokens[group].sentence && next.type === 'word' ? group + 2 : group + 1;
}
