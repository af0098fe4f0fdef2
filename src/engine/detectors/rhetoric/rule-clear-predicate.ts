/**
 * "X is clear" predicates: "the implications are clear", "it is obvious that", "the message could not be
 * plainer". Declaring a conclusion clear skips the step of showing it.
 */
import type { Candidate } from './candidate.ts';
import { inSentence, isClauseBreak, matchOf, type PatternRule, wordSet } from './rule.ts';
import { fileStartTest } from './rule-starts.ts';
import { isNegated, type TextFacts } from './text-facts.ts';

const CLEAR = wordSet('clear obvious evident plain undeniable unmistakable indisputable self-evident apparent');
const DEGREE = wordSet('very abundantly perfectly crystal all too now quite painfully increasingly already');
/** Subjects for which "clear" is a physical description, not a verdict ("the sky was clear"). */
const LITERAL_SUBJECTS = wordSet(
  'sky skies water air road roads path way weather coast area glass liquid view line lane runway signal ' +
    'screen image picture sound voice night day morning lake river stream skin field route area building',
);
const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'PRON', 'NUM', 'PART']);
const MAX_SUBJECT = 5;

/** Every match holds a form of "be": the rule visits only those words (rule-starts.ts). */
const BE_START = fileStartTest((f) => f.lemma === 'be');

/** The clear-predicate rule. */
export const clearPredicate: PatternRule = {
  examples: {
    flags: ['From a military perspective, [the implications are clear].'],
    ignores: ['The sky was clear over the coast.', 'It is not clear what happened.'],
  },
  info: {
    rule: 'rhetoric/certainty/clear-predicate',
    technique: 'certainty',
    explanation:
      'A conclusion declared "clear" or "obvious" instead of shown. If it were clear to everyone it would not need saying; the sentence asks you to accept it without the evidence.',
    question: 'Clear from what evidence? Who might see it differently?',
    confidence: 0.65,
  },
  find(facts: TextFacts): Candidate[] {
    const { tokens } = facts.doc;
    const out: Candidate[] = [];
    // Only the tokens that pass BE_START, in text order (rule-starts.ts); an index loop, cheap before V8 optimises it.
    const at = facts.starts[BE_START];
    for (let n = 0; n < at.length; n++) {
      const i = at[n];
      const sentence = tokens[i].sentence;
      let j = i + 1;
      while (inSentence(facts, j, sentence) && DEGREE.has(facts.forms[j].lower)) j++;
      if (!inSentence(facts, j, sentence) || !CLEAR.has(facts.forms[j].lower)) continue;
      // The verdict ends the clause or introduces one: "are clear.", "is obvious that", "is clear:".
      const next = facts.forms[j + 1]?.lower;
      if (!(isClauseBreak(facts, j + 1) || next === 'that' || next === 'to')) continue;
      if (isNegated(facts, j) || facts.forms[i + 1]?.lower === 'not') continue;
      const first = subjectStart(facts, i);
      if (first < 0) continue;
      out.push(matchOf(this.info, first, j + 1));
    }
    return out;
  },
};

/** Start of the subject before the verb "be", or -1 when the subject is a literal one ("the sky"). */
function subjectStart(facts: TextFacts, be: number): number {
  const { tokens } = facts.doc;
  let first = be;
  for (let i = be - 1, n = 0; n < MAX_SUBJECT && inSentence(facts, i, tokens[be].sentence); i--, n++) {
    if (!SUBJECT_TAGS.has(tokens[i].pos) && tokens[i].text !== '’s' && tokens[i].text !== "'s") break;
    if (LITERAL_SUBJECTS.has(facts.forms[i].lemma) || LITERAL_SUBJECTS.has(facts.forms[i].lower)) return -1;
    first = i;
  }
  return first;
}
