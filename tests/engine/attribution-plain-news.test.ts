/**
 * Report verbs in plain news that report nothing: a thing added to a dish or a building, a trader speculating on a
 * price, people described as suspected of a crime, a public figure appearing to a crowd, a crowd cheering a goal,
 * goods recalled by their maker, an object unveiled, a number dialled.
 * Each has a row where the same verb still passes on words or a stance. And "reportedly" between a subject and a
 * verb of mind: the plan is hearsay, so the reports are the source. All rows written for this project.
 */
import { describe, expect, test } from 'vitest';
import type { SourceType } from '../../src/engine/types.ts';
import { attributionsOf, expectNoAttribution, expectSourceOver } from './attribution-over.ts';

/** text, the words the finding must cover, its source type. */
const FLAGS: [string, string, SourceType][] = [
  // "add" with a clause, a saying noun or "that" after it still reports.
  ['He added the plan would fail without more money.', 'He added', 'pronoun'],
  ['The inspector added a warning about the wiring.', 'The inspector added', 'pronoun'],
  ['Mayor Tilde Vos added that the bridge would reopen in May.', 'Mayor Tilde Vos added', 'named'],
  ['"We are ready," the coach added.', 'the coach added', 'pronoun'],
  // Speculating about what will happen is guessing aloud.
  ['Analysts speculate on whether the bank will cut rates.', 'Analysts speculate', 'vague'],
  ['Pundits speculated that the senator would run again.', 'Pundits speculated', 'vague'],
  // A suspicion held by someone named is still theirs.
  ['Detectives suspect the fire was started on purpose.', 'Detectives suspect', 'vague'],
  // How something looks, with no observer.
  ['The new drug appeared to slow the disease in a small trial.', 'appeared to', 'agentless'],
  ['The deal appears to either be dead or delayed.', 'appears to', 'agentless'],
  // "reportedly" before a verb of mind makes the plan hearsay; before a telling, the teller is still named.
  ['The minister reportedly plans to resign.', 'reportedly', 'agentless'],
  ['Judge Amara Quist allegedly believes the rules were broken.', 'allegedly', 'agentless'],
  ['Lind reportedly told aides that the deal was dead.', 'Lind reportedly told', 'named'],
  // A finding with its clause but no "that" is the finders' conclusion.
  ['Researchers found the drug reduced relapse by a third.', 'Researchers found', 'vague'],
  ['Police found the man had died in the fire.', 'Police found', 'named'],
  // Cheering a decision takes a side.
  ['Residents cheered the decision to keep the library open.', 'Residents cheered', 'vague'],
  // A memory recalled, a plan or a warning unveiled, an appeal made still report.
  ['She recalled that the road was dark.', 'She recalled', 'pronoun'],
  ['Odile Brenn recalled the night the river rose.', 'Odile Brenn recalled', 'named'],
  ['Fans recalled the final as the best in years.', 'Fans recalled', 'vague'],
  ['Forecasters unveiled a warning for heavy rain.', 'Forecasters unveiled', 'vague'],
  ['The council unveiled plans to cut bus fares.', 'The council unveiled', 'named'],
  ['The minister unveiled a proposal that would end the levy.', 'The minister unveiled', 'pronoun'],
  ['Plans to widen the road were unveiled by the council.', 'unveiled by the council', 'named'],
  ['The suspect was accused of lying to the inquiry.', 'was accused', 'agentless'],
  ['The ferry company urged passengers to check times online.', 'The ferry company urged', 'named'],
];

/** Sentences with no attribution at all. */
const SILENT: string[] = [
  'The walnuts added a pleasant crunch to the salad.',
  'The lemon zest added brightness to the sauce.',
  'The hotel added a rooftop restaurant last summer.',
  'The bakery added two gluten-free loaves to its menu.',
  'Traders speculate on the price of oil every day.',
  'He made a fortune speculating in property during the boom.',
  'Police are looking for persons suspected of a crime near the station.',
  'Students suspected of cheating will face a hearing.',
  'The Pope appeared to the crowd from the balcony.',
  'The band appeared to huge applause on Saturday night.',
  'Fans cheered as the team scored in the final minute.',
  'The crowd cheered loudly when the ferry docked.',
  'Police found a body in the river.',
  'Divers found the wreck in deep water.',
  'The team has shown everyone it can win away from home.',
  // Goods withdrawn, envoys summoned home, objects shown to the public, a number dialled.
  'The car maker recalled 12,000 vehicles over a brake fault.',
  'The toy firm recalled its wooden cots after a safety check.',
  'Pellmoor recalled its ambassador from the capital.',
  'Police recalled officers from leave after the riot.',
  'The museum unveiled a new wing on Friday.',
  'The company unveiled its latest phone.',
  'The statue will be unveiled by the mayor.',
  'A plaque was unveiled on Saturday at the old mill.',
  'Residents can ring 111 for advice.',
  'The boy called 999 when his grandmother fell.',
];

describe('flags', () => {
  test.each(FLAGS)('%s', (text, phrase, source) => {
    expectSourceOver(text, phrase, source);
  });
});

describe('does not flag', () => {
  test.each(SILENT)('%s', (text) => {
    expectNoAttribution(text);
  });
});

describe('the addressee of an appeal is no source', () => {
  test('"urged people to call 999" names only the service', () => {
    const text = 'The ambulance service urged people to call 999 only in an emergency.';
    expect(attributionsOf(text).map((f) => f.text)).toEqual(['The ambulance service urged']);
  });
});
