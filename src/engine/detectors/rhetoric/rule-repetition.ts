/**
 * A word said twice for emphasis: "very, very bad", "no, no, no", "again and again", "bigger and bigger". The
 * doubling is the spoken way of raising the volume; it adds force, not information.
 */
import type { Candidate } from './candidate.ts';
import { isCapitalised, matchOf, type PatternRule, wordSet } from './rule.ts';
import type { TextFacts } from './text-facts.ts';

/** Describing and exclaiming words: doubled, they insist ("very, very", "no, no"). Nouns and verbs repeat for other reasons. */
const DOUBLED_TAGS = new Set(['ADJ', 'ADV', 'INTJ', 'DET']);
/**
 * Words that double by grammar ("that that", "had had"), in plain set phrases ("by and by", "so-so", "half and
 * half", "neck and neck", "side by side"), for a trend ("more and more people") or for a motion ("round and
 * round the block").
 */
const NOT_EMPHASIS = wordSet(
  'that had is the a an by so well more less fewer round around up down in out back forth on half neck side',
);

/** The repetition rule. */
export const repetition: PatternRule = {
  examples: {
    flags: ['[No, no], that is not what happened.', 'They raised the rent [again and again].'],
    ignores: [
      'What he said was that that plan had had its day.',
      'Walla Walla is a city in Washington.',
      'The film was so-so, critics agreed.',
      'Chop the onion, then the garlic.',
      'More and more people work from home.',
      'He walked round and round the block.',
      'The scheme pays half and half.',
    ],
  },
  info: {
    rule: 'rhetoric/loaded-language/repetition',
    technique: 'loaded-language',
    explanation:
      'A word said twice for emphasis ("very, very", "no, no, no", "again and again"). Repeating raises the volume the way a speaker does; it adds force, not a reason.',
    question: 'Said once, at a normal volume, what is the claim, and is it supported?',
    confidence: 0.4,
  },
  find(facts: TextFacts): Candidate[] {
    const { tokens } = facts.doc;
    const out: Candidate[] = [];
    // An index loop: it runs once per text, mostly before V8 optimises it, where for-of costs ten times as much.
    for (let i = 0; i + 1 < tokens.length; i++) {
      const word = facts.forms[i].lower;
      // The word must come back one or two tokens on (j below): two string comparisons rule out nearly every token.
      if (facts.forms[i + 1].lower !== word && facts.forms[i + 2]?.lower !== word) continue;
      if (tokens[i].type !== 'word' || !DOUBLED_TAGS.has(tokens[i].pos) || NOT_EMPHASIS.has(word)) continue;
      // "very, very" and "again and again": a comma or "and" may stand between the two.
      const j = tokens[i + 1].text === ',' || facts.forms[i + 1].lower === 'and' ? i + 2 : i + 1;
      if (tokens[j]?.sentence !== tokens[i].sentence || facts.forms[j].lower !== word) continue;
      // Inside a sentence, a capitalised pair is a name ("Walla Walla", "Bora Bora").
      if (isCapitalised(facts, j)) continue;
      out.push(matchOf(this.info, i, j + 1));
      i = j;
    }
    return out;
  },
};
