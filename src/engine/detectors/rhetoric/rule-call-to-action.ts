/**
 * The writer's call to action: "we must", "we should", "we need to" in the writer's own voice. Reporting and
 * reference writing keep the writer out of the story; a "we" that tells the reader what to do enlists them on
 * the writer's side. Inside quotation marks it is the speaker's own word. A bare "we" or "our" is not enough:
 * columns and first-hand accounts use them to narrate, not to rally.
 */
import { isInside } from '../../quotes.ts';
import type { DetectorContext } from '../context.ts';
import type { Candidate } from './candidate.ts';
import { inSentence, matchOf, type PatternRule, wordSet } from './rule.ts';
import type { TextFacts } from './text-facts.ts';

/** Words of obligation after "we" ("we must", "we cannot allow"). */
const OBLIGATION = wordSet('must should need cannot ought have');

/** Verbs that report speech: after one, a "we" is usually the speaker's, paraphrased without quotation marks. */
const REPORTING = wordSet(
  'say said says tell told telling ask asked add added write wrote argue argued insist insisted',
);

/**
 * Verbs with which a writer steers the reader through the text ("we should note that", "we must add", "we
 * should also point out"): the fact-check's and the explainer's signposts, which enlist nobody.
 */
const SIGNPOSTS = wordSet('note mention add point stress emphasise emphasize clarify explain acknowledge disclose repeat caution');

/** True when the obligation at `i + 1` only announces what the writer says next ("we should also note"). */
function signpost(facts: TextFacts, i: number): boolean {
  const next = facts.doc.tokens[i + 2]?.pos === 'ADV' ? i + 3 : i + 2;
  const verb = facts.forms[next];
  return verb !== undefined && (SIGNPOSTS.has(verb.lower) || SIGNPOSTS.has(verb.lemma));
}

/** True when a token in [from, to) is a reporting verb. */
function reportsIn(facts: TextFacts, from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (REPORTING.has(facts.forms[i].lemma) || REPORTING.has(facts.forms[i].lower)) return true;
  return false;
}

/** True when a reporting verb follows a comma in the sentence ("..., the mayor told reporters"). */
function reportedAfterComma(facts: TextFacts, from: number, to: number): boolean {
  let comma = false;
  for (let i = from; i < to; i++) {
    if (facts.doc.tokens[i].text === ',') comma = true;
    else if (comma && (REPORTING.has(facts.forms[i].lemma) || REPORTING.has(facts.forms[i].lower))) return true;
  }
  return false;
}

/** The writer's call-to-action rule. */
export const callToAction: PatternRule = {
  examples: {
    flags: ['[We must] never forget what they did.', 'It is time [we should] stand up.', '[We must] act now to stop the plan.'],
    ignores: [
      '"We must appeal," the lawyer said.',
      'The mayor said we must all pay more.',
      'We went to the market.',
      'We need to talk about the budget, the mayor told reporters.',
      'We should also note that prices in the table date from 2021.',
      'We must point out that the survey was small.',
    ],
  },
  info: {
    rule: 'rhetoric/loaded-language/call-to-action',
    technique: 'loaded-language',
    explanation:
      'The writer tells "us" what to do ("we must act", "we cannot allow"). A report keeps the writer out of the story; a call to action puts you on the writer\'s side before you have weighed the facts.',
    question: 'Who is "we" here? Do I belong to that group, and would the point stand without it?',
    confidence: 0.35,
  },
  find(facts: TextFacts, context: DetectorContext): Candidate[] {
    const { tokens, sentences } = facts.doc;
    const out: Candidate[] = [];
    for (const s of sentences) {
      // Tokens before this one hold no reporting verb (read once each, and only in sentences with a "we").
      let unreportedTo = s.firstToken;
      for (let i = s.firstToken; i < s.endToken; i++) {
        // The word itself first: "we" is rare, so most sentences cost one comparison per token.
        if (facts.forms[i].lower !== 'we') continue;
        // A reporting verb before the "we" ("the mayor said we must") makes it the speaker's: the sentence is done.
        if (reportsIn(facts, unreportedTo, i)) break;
        unreportedTo = i;
        const t = tokens[i];
        if (isInside(context.quotes, t.start, t.end)) continue;
        if (!inSentence(facts, i + 1, s.index) || !OBLIGATION.has(facts.forms[i + 1].lower)) continue;
        // "We have to" obliges; "we have seen" narrates.
        if (facts.forms[i + 1].lower === 'have' && facts.forms[i + 2]?.lower !== 'to') continue;
        if (signpost(facts, i)) continue;
        // "We need to talk, the mayor told reporters": a report after the words makes them the speaker's too.
        if (reportedAfterComma(facts, s.firstToken, s.endToken)) break;
        // One flag per sentence: the stance is the sentence's, not each pronoun's.
        out.push(matchOf(this.info, i, i + 2));
        break;
      }
    }
    return out;
  },
};
