/**
 * Table of attribution examples: for every rule, texts it must flag (with the source type and, where it
 * matters, the name or reason) and near misses it must not flag. All examples are written for this project.
 */
import type { SourceType } from '../../src/engine/types.ts';

/** A text the rule must flag: `phrase` must overlap the finding. */
export interface FlagCase {
  text: string;
  phrase: string;
  source: SourceType;
  sourceName?: string;
  reason?: string;
}

/** Per rule: what it must flag, and near misses where it must stay silent. */
export const ATTRIBUTION_CASES: Record<string, { flags: FlagCase[]; misses: string[] }> = {
  'attribution/named-source': {
    flags: [
      { text: 'The port director, Alma R. Voss, told the council the audit was over.', phrase: 'Alma R. Voss', source: 'named', sourceName: 'Alma R. Voss' },
      { text: 'TAPPER: Do you think the race is over?', phrase: 'TAPPER:', source: 'named' },
      { text: 'Ruiz added to reporters that she was tired of the race.', phrase: 'Ruiz added', source: 'named' },
      { text: '“We will fight on,” Clinton continued.', phrase: 'Clinton continued', source: 'named' },
      { text: 'Eric Garner, gasping on the sidewalk, said he could not breathe.', phrase: 'Eric Garner', source: 'named' },
      { text: 'Rebels backed by the Kremlin shelled the town.', phrase: 'backed by the Kremlin', source: 'named' },
      { text: 'Pentagon spokesman John Kirby said the strike hit a depot.', phrase: 'John Kirby said', source: 'named', sourceName: 'Pentagon spokesman John Kirby' },
      { text: '"We are ready," said Maria Lopez, the mayor.', phrase: 'said Maria Lopez', source: 'named', sourceName: 'Maria Lopez' },
      { text: 'The Ministry of Defence told reporters the base was closed.', phrase: 'Ministry of Defence told', source: 'named' },
      { text: 'Reuters reported that the plant shut down on Monday.', phrase: 'Reuters reported', source: 'named' },
      { text: 'Hill, who will testify on Thursday, said the meeting was tense.', phrase: 'Hill', source: 'named' },
      { text: 'The budget was criticised by Senator Ann Webb.', phrase: 'Senator Ann Webb', source: 'named' },
      { text: 'According to Dr. Amira Haddad, the clinic ran out of insulin.', phrase: 'According to Dr. Amira Haddad', source: 'named' },
    ],
    misses: ['Update: the road has reopened.', 'The war continued for three more years.', 'Donald Trump has campaigned in Ohio.', 
      'Dutch flood engineers said the dykes were holding.',
      'The Monday meeting was tense.',
      'Pakistani officials said the border was closed.',
      'It is now for NATO to decide whether to act.',
      // A heading over a list of names, a web label, a credit line: nobody speaks.
      'Valley County: Ana Ruiz, Tom Reyes, Lin Ho.',
      'The Latest: Ruiz wins the valley caucus.',
      '(Additional reporting by Tom Reyes; editing by Lin Ho)',
      // Claiming a victory wins it, and adding to a lead grows it: no words are reported.
      'Ruiz won the caucus, claiming her third victory in a row.',
      'Ruiz is adding to her lead in the valley.',
    ],
  },
  'attribution/spokesperson': {
    flags: [{ text: 'A spokeswoman for Google said the outage was fixed.', phrase: 'spokeswoman for Google said', source: 'named' }],
    misses: ['A spokeswoman said the outage was fixed.'],
  },
  'attribution/institution': {
    flags: [
      { text: 'The ministry said the talks would resume.', phrase: 'The ministry said', source: 'named' },
      { text: 'Police said two men were arrested.', phrase: 'Police said', source: 'named' },
      { text: 'The tabloid reported that the mayor had resigned.', phrase: 'The tabloid reported', source: 'named' },
    ],
    misses: [
      'The ministry building was closed for repairs.',
      // Saying goodbye or hello reports nothing.
      'Council Says Goodbye To Clerk After 30 Years.',
      'The council said goodbye to its clerk.',
      // Declaring bankruptcy or a state of emergency is an act, not a statement reported.
      'The council declared a state of emergency after the flood.',
      'The ferry company declared bankruptcy in March.',
    ],
  },
  'attribution/back-reference': {
    flags: [
      {
        text: 'Former envoy Kurt Volker met the delegation. Later the envoy said the talks had failed.',
        phrase: 'the envoy said',
        source: 'named',
        sourceName: 'Former envoy Kurt Volker',
      },
    ],
    misses: ['The envoy said the talks had failed.'],
  },
  'attribution/named-role': {
    flags: [{ text: 'Trump’s campaign manager said the rally would go ahead.', phrase: 'campaign manager said', source: 'named' }],
    misses: ['A campaign manager said the rally would go ahead.'],
  },
  'attribution/definite-reference': {
    flags: [{ text: '"I never expected this," the senator said.', phrase: 'the senator said', source: 'pronoun' }],
    misses: ['A senator said the vote was close.'],
  },
  'attribution/document': {
    flags: [
      { text: 'The report found that emissions rose by 4 percent.', phrase: 'The report found', source: 'document' },
      { text: 'According to a 2021 survey by the Lindgren Institute, most tenants rent privately.', phrase: 'According to a 2021 survey', source: 'document' },
      { text: 'Court records show the company paid the fine.', phrase: 'Court records show', source: 'document' },
    ],
    misses: ['The report was delayed by a week.', 'He found the keys under the mat.'],
  },
  'attribution/hearsay': {
    flags: [
      { text: 'Studies show that the drug cuts the risk of stroke.', phrase: 'Studies show', source: 'vague' },
      { text: 'According to field reports, the convoy was ambushed.', phrase: 'According to field reports', source: 'vague' },
      { text: 'Media reports say the minister will resign.', phrase: 'Media reports say', source: 'vague' },
    ],
    misses: ['Court records show that the company paid the fine.', 'Data show that wages rose.', 'Polls suggest the race is close.', 'The minister read the reports on Monday.'],
  },
  'attribution/vague-group': {
    flags: [
      { text: 'The dam held, according to officials involved back then.', phrase: 'officials involved', source: 'vague' },
      { text: 'The fire was out long before the media finally reported it.', phrase: 'the media finally reported', source: 'vague' },
      { text: 'Its supporters are optimistic that the levy will pass.', phrase: 'supporters are optimistic', source: 'vague' },
      { text: 'Ortiz and Baker, who many feel need more experience, toured the mills.', phrase: 'many feel', source: 'vague' },
      { text: 'Experts say the bridge is unsafe.', phrase: 'Experts say', source: 'vague' },
      { text: 'Critics argue the law goes too far.', phrase: 'Critics argue', source: 'vague' },
      { text: 'Some say the deal is already dead.', phrase: 'Some say', source: 'vague' },
      { text: 'Many believe the election was close.', phrase: 'Many believe', source: 'vague' },
      { text: 'Officials said the road would reopen.', phrase: 'Officials said', source: 'vague' },
      { text: 'The rally drew a crowd, according to observers.', phrase: 'according to observers', source: 'vague' },
    ],
    misses: ['Voters want lower prices.', 'His supporters are optimistic about the weather.', 'The experts met in Geneva.', 'Critics of the plan gathered outside.'],
  },
  'attribution/unnamed-person': {
    flags: [{ text: 'A senior official said the plan was dropped.', phrase: 'A senior official said', source: 'anonymous' }],
    misses: ['A senior official arrived in Kabul on Monday.'],
  },
  'attribution/anonymity-phrase': {
    flags: [
      {
        text: 'Dutch flood engineers, speaking on condition of anonymity, have urged the ministry to act.',
        phrase: 'speaking on condition of anonymity',
        source: 'anonymous',
      },
      {
        text: 'Two officials, who asked not to be named because they were not authorised to discuss the talks, said a deal was near.',
        phrase: 'asked not to be named',
        source: 'anonymous',
        reason: 'they were not authorised to discuss the talks',
      },
      { text: 'The merger is off, a person familiar with both firms said.', phrase: 'a person familiar with both firms', source: 'anonymous' },
    ],
    misses: ['The village is close to the border.', 'She is familiar with the city.'],
  },
  'attribution/echo': {
    flags: [
      {
        text: 'Dutch engineers, speaking on condition of anonymity, urged action. The Dutch engineers’ call was ignored.',
        phrase: 'The Dutch engineers’ call',
        source: 'anonymous',
      },
    ],
    misses: ['The British call for action was ignored.'],
  },
  'attribution/quotation': {
    flags: [
      {
        text: 'Senator Ann Webb spoke after the vote. “This budget cuts schools and raises fees for every family.” She left early.',
        phrase: 'This budget cuts schools',
        source: 'named',
      },
    ],
    misses: ['Senator Ann Webb called the budget a “disgrace” after the vote.'],
  },
  'attribution/unattributed-quotation': {
    flags: [
      { text: '“This budget cuts schools and raises fees for every family.”', phrase: 'This budget cuts schools', source: 'pronoun' },
      // Hearsay inside the quotation ("the fishermen have spoken") is the speaker's; the quotation still needs a speaker.
      { text: '“We cannot pretend the harbour is safe when the fishermen have spoken.”', phrase: 'the harbour is safe', source: 'pronoun' },
    ],
    misses: ['The budget is a “disgrace” to many.'],
  },
  'attribution/pronoun': {
    flags: [
      {
        text: 'Gordon Sondland amended his testimony. “I now recall it,” he said.',
        phrase: 'he said',
        source: 'pronoun',
        sourceName: 'Gordon Sondland',
      },
    ],
    misses: ['He walked to the station.'],
  },
  'attribution/first-person': {
    flags: [
      { text: '“I told them the truth,” the witness added.', phrase: 'I told', source: 'pronoun' },
      // The writer's own view in a column or a letter: a view held, by the one writing.
      { text: 'I think the ferry timetable is a mess.', phrase: 'I think', source: 'pronoun' },
      { text: 'We believe that the bakery deserves a second chance.', phrase: 'We believe', source: 'pronoun' },
      { text: 'I do not want the orchard sold to a developer.', phrase: 'I do not want', source: 'pronoun' },
      { text: 'I expect the harbour fees will rise again.', phrase: 'I expect', source: 'pronoun' },
      { text: 'We hope to reopen the library by spring.', phrase: 'We hope', source: 'pronoun' },
    ],
    misses: [
      'I walked to the station.',
      'I feel sick after the long ferry ride.',
      'We know him well from the choir.',
      'I like the new park by the river.',
      'I believe in second chances.',
      'You know, the ferry was late again.',
      'I hope so.',
      // Inside someone's quotation the view is theirs, already attributed by the quotation.
      '“I think the bridge will hold,” the engineer said.',
    ],
  },
  'attribution/agentless-passive': {
    flags: [
      { text: 'It is widely believed that the vote was rigged.', phrase: 'It is widely believed', source: 'agentless' },
      { text: 'It has been reported that the factory closed.', phrase: 'It has been reported', source: 'agentless' },
    ],
    misses: ['It was seen by millions of viewers.'],
  },
  'attribution/agentless-phrase': {
    flags: [
      { text: 'The mayor was accused of taking bribes.', phrase: 'was accused of', source: 'agentless' },
      { text: 'The plan sparked outrage across the state.', phrase: 'sparked outrage', source: 'agentless' },
      { text: 'The ones from the north were considered the worst.', phrase: 'were considered', source: 'agentless' },
      { text: 'The governor is widely seen as a moderate.', phrase: 'is widely seen as', source: 'agentless' },
      { text: 'There are reports that the dam is leaking.', phrase: 'There are reports that', source: 'agentless' },
      { text: 'The drug is thought to cause headaches.', phrase: 'is thought to', source: 'agentless' },
    ],
    misses: ['The mayor accused the council of taking bribes.', 'The governor was seen leaving the building.', 'The dam reports to the regional office.'],
  },
  'attribution/agentless-adverb': {
    flags: [{ text: 'The minister reportedly resigned on Friday.', phrase: 'reportedly', source: 'agentless' }],
    misses: ['The minister reported the theft on Friday.'],
  },
};
