/**
 * Shouting: an ordinary word written in capitals inside a normal sentence ("NOTHING is being done", "ALL of
 * them"). Capitals are the written form of raising the voice; acronyms (NATO, FBI) are names, not shouting.
 */
import type { Candidate } from './candidate.ts';
import { startsWithCapital } from '../../names/tokens.ts';
import { matchOf, type PatternRule, wordSet } from './rule.ts';
import type { TextFacts } from './text-facts.ts';

/**
 * Words people shout for emphasis. A closed list, because capitals alone cannot tell "NOTHING" from an
 * acronym like "STEM" or "CHOP" (wink tags both as proper nouns).
 */
const EMPHASIS = wordSet(
  'not all nothing never any every none no now must real only very always ever truly really absolutely more ' +
    'less everyone everything nobody anyone totally completely entirely huge massive biggest worst best lies ' +
    'liar fake wrong evil illegal criminal corrupt disgrace disgraceful treason outrageous shocking insane',
);
const MIN_LENGTH = 3;
/**
 * Shouted words shorter than MIN_LENGTH: "NO" before a lower-case word is a denial at full voice ("there is NO
 * evidence"); after a determiner or a preposition it is a name ("the NO campaign", "flights to NO").
 */
const SHORT_SHOUTS = new Set(['NO']);
const NAMING_TAGS = new Set(['DET', 'ADP']);

function isShortShout(facts: TextFacts, i: number): boolean {
  const { tokens } = facts.doc;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!SHORT_SHOUTS.has(tokens[i].text) || !next || next.sentence !== tokens[i].sentence) return false;
  if (next.type !== 'word' || startsWithCapital(next.text)) return false;
  return !(prev && prev.sentence === tokens[i].sentence && NAMING_TAGS.has(prev.pos));
}
const ALL_CAPITALS = /^\p{Lu}+$/u;

/** The shouting rule. */
export const shouting: PatternRule = {
  examples: {
    flags: [
      'And [NOTHING] is being done about it.',
      'We must act [NOW] before it is too late.',
      'There is [NO] evidence for any of it.',
    ],
    ignores: [
      'NATO and the FBI met in Brussels.',
      'THE GOVERNMENT FALLS AFTER VOTE',
      'Women are rare in STEM careers.',
      'NO ENTRY AFTER DARK',
      'The NO campaign won the referendum.',
    ],
  },
  info: {
    rule: 'rhetoric/loaded-language/shouting',
    technique: 'loaded-language',
    explanation:
      'A word written in capitals to shout it ("NOTHING is being done"). Shouting adds anger and urgency, not information.',
    question: 'What is the plain claim, said at a normal volume, and is it supported?',
    confidence: 0.55,
  },
  find(facts: TextFacts): Candidate[] {
    const { tokens, sentences } = facts.doc;
    const out: Candidate[] = [];
    // One list for the whole text, emptied per sentence: most sentences shout nothing.
    const caps: number[] = [];
    for (const s of sentences) {
      caps.length = 0;
      let words = 0;
      for (let i = s.firstToken; i < s.endToken; i++) {
        const t = tokens[i];
        if (t.type !== 'word') continue;
        words++;
        // Every shout starts with a capital ("NO" too): the cheap first-letter test spares most words the rest.
        if (!startsWithCapital(t.text)) continue;
        if (isShortShout(facts, i) || (t.text.length >= MIN_LENGTH && ALL_CAPITALS.test(t.text))) caps.push(i);
      }
      // A sentence mostly in capitals is a headline or a banner, not a raised voice.
      if (caps.length * 2 > words) continue;
      for (const i of caps) {
        if (EMPHASIS.has(facts.forms[i].lower)) out.push(matchOf(this.info, i, i + 1));
      }
    }
    return out;
  },
};
