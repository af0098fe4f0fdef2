/**
 * Credentials worn as titles: "award-winning journalist", "Oscar-nominated actor", "a Pulitzer Prize winning
 * author". The prize may be real, but fixing it to a name tells the reader to be impressed before the story
 * shows why; encyclopaedia style guides ask for the prize to be stated as a fact, not worn as an adjective.
 */
import type { Candidate } from './candidate.ts';
import { grow } from './grow.ts';
import { inSentence, matchOf, type PatternRule, wordSet } from './rule.ts';
import { fileStartTest } from './rule-starts.ts';
import { inDomain, type TextFacts } from './text-facts.ts';

/** Second halves of the compound: "-winning", "-nominated". */
const HONOURED = wordSet('winning nominated');
/** Every match ends at an honour word: the rule visits only those (rule-starts.ts). */
const HONOURED_START = fileStartTest((f) => HONOURED.has(f.lower));
/** Words that can stand before "winning" without a hyphen: "award winning", "prize winning". */
const PRIZES = wordSet('award awards prize prizes medal medals');
/** Contests won on the field: "game-winning goal", "title-winning side" report a result, not a reputation. */
const CONTESTS = wordSet(
  'game games match race races series title titles championship pennant point run goal set cup league',
);
/** Articles that may open a title as well as the phrase before it. */
const TITLE_ARTICLES = wordSet('the a an');
/** The longest first half in words ("Academy Award and Emmy Award" stops at "and"). */
const MAX_HEAD = 4;

/** The credential rule. */
export const credential: PatternRule = {
  examples: {
    flags: [
      'The [award-winning journalist] resigned.',
      'She is an [Oscar-nominated actress].',
      'He was an [emmy award winning journalist] .',
      'Her best film is the [Oscar-winning The Quiet Hour].',
    ],
    ignores: [
      'She won an award for the film in 2010.',
      'After winning the award, he retired.',
      'He scored the game-winning goal in the final match of the season.',
      'The prize winning the most votes goes on show in June.',
    ],
  },
  info: {
    rule: 'rhetoric/loaded-language/credential',
    technique: 'loaded-language',
    explanation:
      'A prize or nomination worn as a title ("award-winning", "Oscar-nominated"). The prize may be real, but putting it in front of a name tells you to be impressed before the text shows why.',
    question: 'Does the prize matter to this story, or is it there to make the person sound more credible?',
    confidence: 0.35,
  },
  find(facts: TextFacts): Candidate[] {
    const { tokens } = facts.doc;
    const out: Candidate[] = [];
    // Only the tokens that pass HONOURED_START, in text order (rule-starts.ts); an index loop, cheap before V8 optimises it.
    const at = facts.starts[HONOURED_START];
    for (let n = 0; n < at.length; n++) {
      const i = at[n];
      const first = compoundStart(facts, i);
      if (
        first === i ||
        !(describesNext(facts, i) || describesTitle(facts, first, i)) ||
        CONTESTS.has(facts.forms[i - 2]?.lower ?? '') ||
        inDomain(facts, tokens[i].sentence, ['sport'])
      )
        continue;
      const [start, end] = grow(facts, first, i + 1, 'noun-phrase');
      // Before a title the compound is the whole match: the title's own article is no part of it.
      const last = describesNext(facts, i) ? Math.max(end, i + 2) : i + 1;
      out.push(matchOf(this.info, start, last, [first, i + 1]));
    }
    return out;
  },
};

/** The compound is used as an adjective: a noun (or an adjective and a noun) follows it. */
function describesNext(facts: TextFacts, i: number): boolean {
  const next = facts.doc.tokens[i + 1];
  return (
    inSentence(facts, i + 1, facts.doc.tokens[i].sentence) &&
    next.type === 'word' &&
    next.pos !== 'ADP' &&
    next.pos !== 'DET' &&
    next.pos !== 'PRON'
  );
}

/**
 * The hyphenated compound stands before a title that opens with its own article: "the Oscar-winning The Quiet
 * Hour". Two articles around a hyphened "-winning" happen only there ("the prize winning the most votes" has no
 * hyphen and is a prize that wins), so the compound still describes what follows.
 */
function describesTitle(facts: TextFacts, first: number, i: number): boolean {
  const article = (j: number) => TITLE_ARTICLES.has(facts.forms[j]?.lower ?? '');
  const { tokens } = facts.doc;
  return (
    tokens[i - 1]?.text === '-' && article(i + 1) && article(first - 1) && inSentence(facts, i + 1, tokens[i].sentence)
  );
}

/**
 * First token of the compound's first half, or `i` when there is none. A word joins when a hyphen or a prize
 * word follows it, or it is a prize word itself: "multi - oscar - winning", "emmy award winning".
 */
function compoundStart(facts: TextFacts, i: number): number {
  const { tokens } = facts.doc;
  const isPrize = (j: number) => PRIZES.has(facts.forms[j]?.lower ?? '');
  let first = i;
  for (let j = i - 1, words = 0; inSentence(facts, j, tokens[i].sentence) && words < MAX_HEAD; j--) {
    if (tokens[j].text === '-') continue;
    const nounLike = tokens[j].type === 'word' && (tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN');
    if (!nounLike || !(tokens[j + 1].text === '-' || isPrize(j) || isPrize(j + 1))) break;
    first = j;
    words++;
  }
  return first;
}
