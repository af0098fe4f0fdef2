/**
 * Rows for round 16's attribution shapes (attribution-round16.test.ts): a passive's agent ending before a time
 * phrase, "concede" in a game, works of fact cited as documents, a quotation's first word read like a sentence's,
 * and a time phrase opening a clause whose subject a later "and said" borrows.
 */
import type { SourceType } from '../../src/engine/types.ts';

/** [text, phrase the finding must cover, source]: the agent's span ends at the agent (checked in the test file). */
export const AGENT_SPANS: [string, string, SourceType][] = [
  ['The fire was described as arson by police on Monday.', 'by police', 'named'],
  ['The plan was criticised by Ana Ortiz on Monday night.', 'by Ana Ortiz', 'named'],
  ['The talks were described as useful by officials this morning.', 'by officials', 'vague'],
  ['The plan was seen as a waste by critics last week.', 'by critics', 'vague'],
  // Near misses: a year inside a name, and a dated document with its author after it, stay whole.
  ['The levy was praised by the Class of 2019.', 'the Class of 2019', 'named'],
  [
    'Fares rose by half, according to one survey last spring by planners at Harbour University.',
    'planners at Harbour University',
    'document',
  ],
];

/** [text, words the finding must not reach]: the time phrase is when, not who. */
export const AGENT_ENDS: [string, string][] = [
  ['The fire was described as arson by police on Monday.', 'on Monday'],
  ['The plan was criticised by Ana Ortiz on Monday night.', 'Monday night'],
  ['The talks were described as useful by officials this morning.', 'this morning'],
];

/** "Concede" in a game is play; conceding a point, a race or a clause still reports. */
export const CONCEDE_SOURCES: [string, string, SourceType][] = [
  ['The minister conceded that the plan had failed.', 'The minister conceded', 'pronoun'],
  ['The coach conceded the game was lost.', 'The coach conceded', 'pronoun'],
  ['Okafor conceded the point but said the plan would work.', 'Okafor conceded', 'named'],
  ['The senator conceded the race in a phone call.', 'The senator conceded', 'pronoun'],
  ['"It was poor," Okafor conceded.', 'Okafor conceded', 'named'],
];
export const CONCEDE_SILENT: string[] = [
  'Rovers conceded as many goals as they scored.',
  'Rovers conceded two late goals.',
  'The club conceded a penalty in the first half.',
  'The visitors conceded more than 300 runs on the first day.',
];

/** A work of fact reporting what happened is a document; a plot, a film, or a work doing something else is not. */
export const WORK_SOURCES: [string, string, SourceType][] = [
  ['The documentary recounts how the miners lost their jobs.', 'The documentary recounts', 'document'],
  ['The documentary reveals that the dam was unsafe.', 'The documentary reveals', 'document'],
  ['The podcast explains why the bank failed.', 'The podcast explains', 'document'],
  ['Her memoir recounts how she fled the city.', 'Her memoir recounts', 'document'],
  ['The documentary shows viewers how the dam failed.', 'The documentary shows', 'document'],
  ['A new documentary claims that the singer was poisoned.', 'A new documentary claims', 'document'],
];
export const WORK_SILENT: string[] = [
  'The documentary tells the story of the miners.',
  'The film tells the story of the miners.',
  'The documentary follows three miners.',
  'The documentary shows the miners at work.',
  'The film shows the miners at work.',
];

/** A quotation opens a sentence inside the sentence: its first capitalised pronoun or word is no name. */
export const QUOTED_OPENERS: [string, string, SourceType][] = [
  ["'Everyone knows it is over,' she said.", 'she said', 'pronoun'],
  ["'Okafor lied,' Berg said.", 'Berg said', 'named'],
  ['"Ana Ortiz told us the truth," Berg said.', 'Berg said', 'named'],
];
/** [text, words no finding may read as a name]. */
export const NOT_NAMED: [string, string][] = [
  ["'Everyone knows it is over,' she said.", 'Everyone'],
  ["He said: 'Everybody knows the plan failed.'", 'Everybody'],
];

/** A time phrase opening the clause: the subject that "and said" borrows comes after it. */
export const OPENING_TIME: [string, string, SourceType][] = [
  [
    'A few minutes later they closed the doors and said they would count the votes.',
    'they closed the doors and said',
    'pronoun',
  ],
  ['On Monday Ana Ortiz closed the plant and said it had lost money.', 'Ana Ortiz closed the plant and said', 'named'],
  ['On Monday, Ana Ortiz closed the plant and said it had lost money.', 'Ana Ortiz closed the plant and said', 'named'],
  [
    'Last week the mayor closed the plant and said it had lost money.',
    'the mayor closed the plant and said',
    'pronoun',
  ],
  // A span of time wink leaves out of its entities: "minutes later" is when, not a document.
  [
    'Minutes later officials reopened the doors and said they would count the votes.',
    'officials reopened the doors and said',
    'vague',
  ],
  [
    'Two days earlier the mayor closed the plant and said it had lost money.',
    'the mayor closed the plant and said',
    'pronoun',
  ],
];
/** [text, words the finding must not reach]. */
export const OPENING_TIME_ENDS: [string, string][] = [
  ['Minutes later officials reopened the doors and said they would count the votes.', 'Minutes later'],
  ['Last week the mayor closed the plant and said it had lost money.', 'Last week'],
  ['A few minutes later they closed the doors and said they would count the votes.', 'minutes later'],
];

/** A verb that needs its "that" still finds it after adverbs or a time phrase; a noun between is no clause. */
export const THAT_AFTER: [string, string, SourceType][] = [
  ['Many residents have heard by now that the plant will close.', 'Many residents have heard', 'vague'],
  ['Investigators learned last week that the pump had failed.', 'Investigators learned', 'vague'],
  ['The board discovered only later that the books were false.', 'The board discovered', 'named'],
];
export const THAT_AFTER_SILENT: string[] = [
  'Residents heard the band that played at noon.',
  'She learned to swim last week.',
];

/** A verdict given "as" something, or named straight after the participle, has its judge after "by". */
export const LATE_VERDICTS: [string, string, SourceType][] = [
  ['The inquiry was often labelled as a witch hunt by its critics.', 'by its critics', 'vague'],
  ['The plan was branded a disaster by critics.', 'by critics', 'vague'],
  ['The plan was dismissed as a stunt by opponents.', 'by opponents', 'vague'],
  ['The fund was criticised as wasteful by the Harbour Trust on Monday.', 'by the Harbour Trust', 'named'],
  ['The bridge was deemed unsafe by inspectors.', 'by inspectors', 'vague'],
  // A participle after a comma or a dash is a passive too.
  ['The inquiry, often labelled as a “witch hunt” by farmers, is over.', 'by farmers', 'vague'],
  ['The plan, seen as a gamble by Ana Ortiz, passed.', 'by Ana Ortiz', 'named'],
  // Near miss: with no judge after it, the verdict stays agentless.
  ['The plan was dismissed as a stunt.', 'dismissed as', 'agentless'],
];
/** [text, words no finding may reach]: the thing judged is no speaker. */
export const JUDGED_NOT_SPEAKING: [string, string][] = [
  ['The inquiry was often labelled as a witch hunt by its critics.', 'The inquiry'],
  ['The inquiry, often labelled as a “witch hunt” by farmers, is over.', 'The inquiry'],
];
export const LATE_VERDICTS_SILENT: string[] = ['He has, seen from the stands, a fine touch.'];

/** "called by" with nothing named between rings someone up or summons something; a verdict between still reports. */
export const CALLED_BY_SILENT: string[] = [
  'The police were called by neighbours.',
  'The strike was called by the union.',
  'She was called by the coach into the squad.',
];
export const CALLED_BY_SOURCES: [string, string, SourceType][] = [
  ['The plan was called reckless by critics.', 'by critics', 'vague'],
];

/** A label before a colon ending on a lower-case word is a set phrase or a topic, no speaker; a name ends on a capital. */
export const LABEL_SILENT: string[] = [
  'Case in point: the precinct backed her rival in 2016.',
  'Point of order: the vote was void.',
  'Fare rises: the buses will cost more from May.',
];
export const LABEL_SOURCES: [string, string, SourceType][] = [
  ['Okafor: the plan will fail.', 'Okafor:', 'named'],
  ['Chief executive Tom Hale: the plan will fail.', 'Tom Hale:', 'named'],
  ['The council: the plan will fail.', 'The council:', 'named'],
  ['Economists: rates will rise.', 'Economists:', 'vague'],
];

/** "take to" and an -ing form of saying is a habit of saying taken up; a habit of doing reports nothing. */
export const TAKEN_TO_SOURCES: [string, string, SourceType][] = [
  ['Party leaders have taken to saying the race is over.', 'Party leaders have taken to saying', 'vague'],
  ['Ortiz took to calling the plan a fraud.', 'Ortiz took to calling', 'named'],
];
export const TAKEN_TO_SILENT: string[] = ['The nurse took to singing on the ward.', 'She was taken to hospital.'];

/** After a relative, an -ed report verb before a verb is its subject's verb; a bare noun and participle stays a description. */
export const RELATIVE_VIEWS: [string, string, SourceType][] = [
  ['The mayor, whom many farmers believed was unfair, resigned.', 'many farmers believed', 'vague'],
  ['A gap that economists estimated is growing worries the bank.', 'economists estimated', 'vague'],
];
export const RELATIVE_VIEWS_SILENT: string[] = ['The refugees admitted are mostly women.'];
