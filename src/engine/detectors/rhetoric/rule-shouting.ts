/**
 * Shouting: an ordinary word written in capitals inside a normal sentence ("NOTHING is being done", "ALL of
 * them"). Capitals are the written form of raising the voice; acronyms (NATO, FBI) are names, not shouting.
 */
import type { Candidate } from './candidate.ts';
import { startsWithCapital } from '../../names/tokens.ts';
import { matchOf, type PatternRule, wordSet } from './rule.ts';
import { fileStartTest } from './rule-starts.ts';
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
/** The tokens whose word is in EMPHASIS (rule-starts.ts): only they can be flagged, so only their sentences are read. */
const EMPHASIS_START = fileStartTest((f) => EMPHASIS.has(f.lower));
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
    // A flag needs a shouted word of EMPHASIS in a sentence not mostly in capitals: the list gives those words in
    // text order, and a sentence's capitals are counted (as before, all of them) only when one of them is shouted.
    let counted = -1;
    let banner = false;
    for (const i of facts.starts[EMPHASIS_START]) {
      const s = sentences[tokens[i].sentence];
      if (s === undefined || i < s.firstToken || i >= s.endToken || !isShouted(facts, i)) continue;
      if (counted !== s.index) {
        counted = s.index;
        banner = isMostlyCapitals(facts, s.firstToken, s.endToken);
      }
      if (!banner) out.push(matchOf(this.info, i, i + 1));
    }
    return out;
  },
};

/** A word written in capitals: "NO" as a denial, or three capitals or more. */
function isShouted(facts: TextFacts, i: number): boolean {
  const t = facts.doc.tokens[i];
  if (t.type !== 'word') return false;
  // Every shout starts with a capital ("NO" too): the cheap first-letter test spares most words the rest.
  if (!startsWithCapital(t.text)) return false;
  return isShortShout(facts, i) || (t.text.length >= MIN_LENGTH && ALL_CAPITALS.test(t.text));
}

/** A sentence mostly in capitals is a headline or a banner, not a raised voice: over half its words shouted. */
function isMostlyCapitals(facts: TextFacts, first: number, end: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = first; i < end; i++) {
    if (facts.doc.tokens[i].type !== 'word') continue;
    words++;
    if (isShouted(facts, i)) caps++;
  }
  return caps * 2 > words;
}
