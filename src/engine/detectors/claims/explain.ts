/**
 * Plain-language explanations for claims: what kind of statement this is, what its sourcing means for the
 * reader, and the question to ask. Written for readers of about fifteen.
 */
import type { Sourcing } from '../../types.ts';

/** What each claim rule means, and the question it raises. */
export const CLAIM_WORDING: Readonly<Record<string, { what: string; question: string }>> = {
  'claim/casualty': {
    what: 'This states how many people died or were hurt. Casualty figures are among the most disputed facts in any conflict.',
    question: 'Who counted the dead or injured, and how?',
  },
  'claim/accusation': {
    what: 'This accuses someone of wrongdoing. An accusation needs strong evidence and a source that can be held to it.',
    question: 'Who makes this accusation, and what is the evidence?',
  },
  'claim/intent': {
    what: 'This says what someone wants or plans. Motives are hard to know from outside, so such a claim needs a source who could know.',
    question: 'How could the writer know what they intend?',
  },
  'claim/cause': {
    what: 'This says one thing caused another. Causes are easy to assert and hard to prove.',
    question: 'What shows that this really caused that?',
  },
  'claim/statistic': {
    what: 'This gives a number. Numbers sound precise, but only a known origin makes them checkable.',
    question: 'Where does this number come from, and what does it count?',
  },
  'claim/event': {
    what: 'This states something that happened or is the case: a fact a reader could check.',
    question: 'How does the writer know this?',
  },
  'claim/routine': {
    what: 'This reports a routine, observable fact (a price, a schedule, a public event). Such facts are easy to check and rarely disputed.',
    question: 'Is this easy to confirm elsewhere?',
  },
  'claim/prediction': {
    what: 'This says what will happen. No one can know the future, so a prediction is a judgement, however confidently it is put.',
    question: 'Who predicts this, and how often have they been right before?',
  },
  'claim/opinion': {
    what: 'This is a judgement or an opinion rather than a checkable fact.',
    question: 'Whose opinion is this, and what is it based on?',
  },
  'claim/prescription': {
    what: 'This says what someone should do. It argues for a course of action rather than reporting one.',
    question: 'Who argues for this, and who would gain from it?',
  },
};

const SOURCING_NOTE: Record<Sourcing, string> = {
  named: 'It is credited to a named source.',
  document: 'It is credited to a document or a link you can look up.',
  anonymous: 'It rests on a source that is not named, so you cannot check it.',
  vague: 'It rests on a vague source ("reports", "experts"), which you cannot check.',
  none: 'The article gives no source for it.',
};

/** Every rule's explanation with every sourcing note, joined once: a long text has thousands of claims but only these fifty texts. */
const EXPLANATIONS = new Map(
  Object.entries(CLAIM_WORDING).map(([rule, wording]) => [
    rule,
    Object.fromEntries(Object.entries(SOURCING_NOTE).map(([sourcing, note]) => [sourcing, `${wording.what} ${note}`])) as Record<Sourcing, string>,
  ]),
);

/** The explanation and question for a claim with this rule and sourcing. */
export function explainClaim(rule: string, sourcing: Sourcing): { explanation: string; question: string } {
  const explanation = EXPLANATIONS.get(rule)?.[sourcing];
  if (explanation === undefined) throw new Error(`no wording for claim rule ${rule}`);
  return { explanation, question: CLAIM_WORDING[rule].question };
}
