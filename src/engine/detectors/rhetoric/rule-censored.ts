/**
 * Swearing with its letters starred out ("f**k", "b***h"): the writer keeps the insult or the oath and only
 * hides its spelling. wink splits such a word into letters and "*" symbols, so a word list cannot see it.
 */
import type { Candidate } from './candidate.ts';
import { matchOf, type PatternRule, wordSet } from './rule.ts';
import type { TextFacts } from './text-facts.ts';

/** At least two stars: one star after a word is a footnote or a wildcard ("word*"). */
const MIN_STARS = 2;
/** A censored word keeps only its first letter or two in front of the stars. */
const MAX_LETTERS_BEFORE = 2;
/** Titles before a starred surname: courts and papers hide a name this way ("Mrs J***"). */
const TITLES = wordSet('mr mrs ms miss dr mx');

/** The starred-out swearing rule. */
export const censoredSwearing: PatternRule = {
  examples: {
    flags: [
      'The coach was heard yelling [f**k] at the referee.',
      'He called her a [b***h] on air.',
      'It was a [F***ed] up week.',
    ],
    ignores: [
      'The victim, named only as Mrs J*** in court, gave evidence.',
      'Terms apply* to new customers.',
      'Read the **full** notes online.',
      'The rating is 4 ** out of 5.',
    ],
  },
  info: {
    rule: 'rhetoric/loaded-language/censored-swearing',
    technique: 'loaded-language',
    explanation:
      'A swear word with its letters starred out ("f**k"). Hiding the spelling does not change what it does: it carries anger or contempt, not information.',
    question: 'What is the plain fact behind the swearing, and who is angry about it?',
    confidence: 0.6,
  },
  find(facts: TextFacts): Candidate[] {
    const { tokens } = facts.doc;
    const out: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].text !== '*' || !isLetters(tokens[i - 1]?.text) || !glued(facts, i - 1)) continue;
      if (tokens[i - 1].text.length > MAX_LETTERS_BEFORE || glued(facts, i - 2) || isHiddenName(facts, i - 1)) continue;
      let end = i;
      while (tokens[end]?.text === '*' && glued(facts, end - 1)) end++;
      if (end - i < MIN_STARS) continue;
      if (isLetters(tokens[end]?.text) && glued(facts, end - 1)) end++;
      out.push(matchOf(this.info, i - 1, end));
      i = end - 1;
    }
    return out;
  },
};

const LETTERS = /^\p{L}+$/u;
const CAPITAL_INITIAL = /^\p{Lu}$/u;

/** A single capital after a title ("Mrs J***", "Dr. K***"): a surname withheld, not an oath. */
function isHiddenName(facts: TextFacts, initial: number): boolean {
  if (!CAPITAL_INITIAL.test(facts.doc.tokens[initial].text)) return false;
  let before = initial - 1;
  if (facts.doc.tokens[before]?.text === '.') before--;
  return before >= 0 && TITLES.has(facts.forms[before].lower);
}
const isLetters = (text: string | undefined) => text !== undefined && LETTERS.test(text);

/** True when token `i` and the next touch, with no space between them. */
function glued(facts: TextFacts, i: number): boolean {
  const { tokens } = facts.doc;
  return i >= 0 && i + 1 < tokens.length && tokens[i].end === tokens[i + 1].start;
}
