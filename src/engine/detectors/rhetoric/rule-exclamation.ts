/**
 * Exclamations: a sentence that ends in "!" ("And they call this a plan!"). News states and leaves the tone to
 * the reader; an exclamation mark tells the reader how loudly to react. Headlines and names ("Yahoo!") aside.
 */
import type { Candidate } from './candidate.ts';
import { isCapitalised, isClauseBreak, matchOf, type PatternRule } from './rule.ts';
import { inTitleCase, type TextFacts } from './text-facts.ts';

/** Closing marks that may follow the "!" at a sentence's end. */
const CLOSERS = new Set(['"', '\u201D', '\u2019', "'", ')']);

/** The exclamation rule. */
export const exclamation: PatternRule = {
  examples: {
    flags: [
      'The council spent it all on a fountain. [And they call this thrift!]',
      'Officials knew for months. [Incredible!]',
      'The fountain budget\n[And they call this thrift!]',
    ],
    ignores: ['Yahoo! bought the start-up in 2013.', 'MAYOR QUITS!', 'The council spent it all on a fountain.'],
  },
  info: {
    rule: 'rhetoric/loaded-language/exclamation-mark',
    technique: 'loaded-language',
    explanation:
      'A sentence ending in an exclamation mark. It raises the voice: the writer tells you how strongly to react instead of letting the facts do it.',
    question: 'Said calmly, what is the claim, and does it deserve the alarm or the excitement?',
    confidence: 0.4,
  },
  find(facts: TextFacts): Candidate[] {
    const { tokens, sentences } = facts.doc;
    const out: Candidate[] = [];
    for (const s of sentences) {
      let bang = s.endToken - 1;
      while (bang > s.firstToken && CLOSERS.has(tokens[bang].text)) bang--;
      if (tokens[bang]?.text !== '!' || bang === s.firstToken) continue;
      // After the mark: both tests only skip the sentence, and only one ending in "!" needs its capitals counted.
      if (inTitleCase(facts, s.index)) continue;
      if (isName(facts, s.firstToken, bang)) continue;
      let first = bang;
      // A line break ends the clause too: a heading or the line before is not part of the exclamation, and a
      // span reaching over one could be cut back by a neighbouring finding to start on the break itself.
      while (first > s.firstToken && !isClauseBreak(facts, first - 1) && tokens[first - 1].type !== 'tabCRLF') first--;
      while (first < bang && tokens[first].type !== 'word') first++;
      // The mark itself is the core, so loaded words in the clause keep their own findings beside this one.
      if (first < bang) out.push(matchOf(this.info, first, bang + 1, [bang, bang + 1]));
    }
    return out;
  },
};

/**
 * A "!" that belongs to a name ("Yahoo!", "Jeopardy!"): glued to a capitalised word inside the sentence, or the
 * text goes on in lower case after it, so the sentence did not really end there.
 */
function isName(facts: TextFacts, sentenceStart: number, bang: number): boolean {
  const { tokens } = facts.doc;
  const next = tokens[bang + 1];
  if (next?.type === 'word' && !isCapitalised(facts, bang + 1)) return true;
  return bang - 1 > sentenceStart && isCapitalised(facts, bang - 1) && tokens[bang - 1].end === tokens[bang].start;
}
