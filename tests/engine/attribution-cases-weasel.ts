/**
 * Rows for unsourced judgements and unnamed documents (tests/engine/attribution-round14.test.ts), split from
 * attribution-cases-round13.ts to keep files short. All written for this project.
 */
import type { SourceType } from '../../src/engine/types.ts';

/** Unsourced judgements in the passive, and unnamed documents behind a capital or a described tail. */
export const WEASEL_SOURCES: [string, string, SourceType][] = [
  ['The new stadium was panned by critics.', 'panned by critics', 'vague'],
  ['The tower has been called the ugliest building in the city.', 'been called', 'agentless'],
  ['She was called one of the best players of her time.', 'was called', 'agentless'],
  ['The design has been likened to a shoebox.', 'been likened to', 'agentless'],
  ['The bridge is often compared to a harp.', 'is often compared to', 'agentless'],
  ['He is credited with inventing the folding bicycle.', 'is credited with', 'agentless'],
  ['Recent studies show that tea lowers blood pressure.', 'Recent studies show', 'vague'],
  ['Alarming reports claim that the dam is failing.', 'Alarming reports claim', 'vague'],
  ['Studies in rats have shown that the drug is safe.', 'Studies in rats have shown', 'vague'],
  // A denied finding is still told by the unnamed studies: "not" keeps the perfect.
  ['Studies have not shown that the pill helps.', 'Studies have not shown', 'vague'],
  // A study told of in passing and never named.
  ['Cysts made up 40 percent of the lumps in one study.', 'in one study', 'agentless'],
  ['In another survey, most tenants said rents were too high.', 'In another survey', 'agentless'],
  // In a relative clause the object of "call" is the noun before it: the word after is the verdict or name given.
  ['The band sings in a tongue that critics call Brindlish.', 'critics call', 'vague'],
  ['The plan, which critics called reckless, failed.', 'critics called', 'vague'],
  ['The levy, which critics called "a tax on the poor", passed.', 'critics called', 'vague'],
  // A "by" past the clause's comma is no comparer; "in" describes the study, it points to no one.
  ['The scheme has been compared to a lottery, with places decided by postcode.', 'been compared to', 'agentless'],
  ['In one study in mice, the drug halved tumour growth.', 'In one study', 'agentless'],
  // A view with no judge after it, and knowledge told as hearsay ("known to" before a verb).
  ['He is regarded as the best by far.', 'is regarded as', 'agentless'],
  ['Some glues are known to irritate the skin.', 'are known to', 'agentless'],
];

/** Near misses: a comparer named later, a credit line, other senses of "called", "compared" and "panned". */
export const WEASEL_SILENT: string[] = [
  'The film was compared with its sequel in the review by a local critic.',
  "That's compared to 45 last year.",
  'She is credited as a co-author.',
  'He was called to the bar in 1990.',
  'The match was called off.',
  'The deal never panned out.',
  'Miners panned for gold in the river.',
  // A study joined, or pointed to by its maker, and a trial in court.
  'She took part in one study of sleep.',
  'He enrolled in another study.',
  'In one study by the Kestrel Institute, half the patients improved.',
  'He was acquitted in another trial.',
  // A relative clause's "called" with a time, a particle or a verb after it rang someone up.
  'The firm that Lind called yesterday went bust.',
  'The firm that Lind called back went bust.',
  'The number that she called was dead.',
  // The judge follows the view; whose knowledge follows "known to".
  'The heir was viewed as unfit by the church elders.',
  'The poet is known to us through a few letters.',
  'The suspect was known to the police.',
  'The files not shown to the jury were sealed.',
];
