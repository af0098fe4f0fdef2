/**
 * Rows for this round's attribution shapes (tests/engine/attribution-round14.test.ts). All written for this
 * project: text, the words the finding must cover, its source type; and sentences that must stay silent.
 */
import type { SourceType } from '../../src/engine/types.ts';

/** Sources after a cue that the word lists do not know, and texts pointed to in passing. */
export const CUE_SOURCES: [string, string, SourceType][] = [
  // A thing after a set-off "according to" is a text the reader can look for.
  ['The club spent $2 million on transfers, according to a wage overview.', 'according to a wage overview', 'document'],
  ['According to a ferry timetable summary, boats leave hourly.', 'According to a ferry timetable summary', 'document'],
  ['But according to an internal tally sheet, 40 beds were empty.', 'according to an internal tally sheet', 'document'],
  // A plural of people no list knows is a crowd.
  ['According to insiders, the merger is off.', 'According to insiders', 'vague'],
  // A hyphenated compound with a verb-like half stays one phrase.
  ['According to a fund-raising brochure, the hall will seat 900.', 'According to a fund-raising brochure', 'document'],
  ['According to a cost-cutting memo, 40 posts will go.', 'According to a cost-cutting memo', 'document'],
  ['The well-known author said the book was finished.', 'The well-known author said', 'pronoun'],
  // An opening describing "-ing" word belongs to the source.
  ['According to polling records, turnout fell.', 'According to polling records', 'document'],
  // Reports that account for an activity are filings; reports described by how they are told stay hearsay.
  ['According to lobbying reports, the firm spent $1 million.', 'According to lobbying reports', 'document'],
  ['Spending reports show the council paid $2 million for advice.', 'Spending reports show', 'document'],
  ['According to conflicting reports, the minister resigned.', 'According to conflicting reports', 'vague'],
  ['Media reports say the deal is off.', 'Media reports say', 'vague'],
  // A text pointed to in passing, set off at the start of the sentence or after a comma.
  ["As stated in the council's letter, the pool will close in May.", "As stated in the council's letter", 'document'],
  ['As noted in the audit, the fund was short by a third.', 'As noted in the audit', 'document'],
  ['The levy rose, as outlined in the budget.', 'as outlined in the budget', 'document'],
];

/** Manners, comparisons and plans, not sources. */
export const CUE_SILENT: string[] = [
  'Everything went according to plan.',
  'The pupils are grouped according to ability.',
  'Prices vary according to size and season.',
  'The sisters were seated according to age.',
  'The engine performed as described in the manual.',
  'The flat was exactly as described in the advert.',
  'A record-breaking crowd watched the final.',
  'The long-running feud between the two clubs ended on Monday.',
];

/** Collections, texts that set out findings, and subjects described past a preposition of motion or topic. */
export const SUBJECT_SOURCES: [string, string, SourceType][] = [
  // A collection word only counts or bundles the source after "of".
  ['A number of officials said the deal was off.', 'A number of officials said', 'vague'],
  ['A handful of aides said the talks had stalled.', 'A handful of aides said', 'vague'],
  [
    'The latest batch of exit polls suggests the mayor still leads.',
    'The latest batch of exit polls suggests',
    'document',
  ],
  ['A series of studies shows the vaccine works.', 'A series of studies shows', 'document'],
  // A group brought in with "a" is a body nobody named (round 20, unnamed-body.ts): as vague as the residents.
  ['A group of residents said the water was brown.', 'A group of residents said', 'vague'],
  // Texts that set out what they found or hold.
  ['Her financial disclosure suggests she kept the fee.', 'Her financial disclosure suggests', 'document'],
  ['The autopsy showed he drowned.', 'The autopsy showed', 'document'],
  ['The summary of the meeting said costs rose.', 'The summary of the meeting said', 'document'],
  // A bare count of people answering; out of a whole named first, a survey's tally.
  ['Two said they saw the van speed off.', 'Two said', 'vague'],
  ['Only 14 said they would return.', '14 said', 'vague'],
  ['Of the 30 schools asked, nine said they had no nurse.', 'nine said', 'document'],
  // A part of a group, counted by any number word; a count out of a whole number stays a poll's share.
  ['Six of the workers said the water was brown.', 'Six of the workers said', 'vague'],
  ['Nine of the jurors said the case was weak.', 'Nine of the jurors said', 'vague'],
  ['Nearly seven of 10 parents say they check homework.', 'seven of 10 parents say', 'document'],
  // Offices and ranks the role list lacked.
  [
    'Ana Lind, the water commissioner, who conceded that leaks might exist, resigned.',
    'Ana Lind, the water commissioner, who conceded',
    'named',
  ],
  ['The commissioner, who conceded that leaks might exist, resigned.', 'The commissioner, who conceded', 'pronoun'],
  ['A police sergeant said the road was blocked.', 'A police sergeant said', 'anonymous'],
  // "understood to have" between commas is hearsay told of the role before it, not the role's own understanding.
  ['The player, understood to have a sore ankle, sat out the session.', 'understood to have', 'agentless'],
  // Texts carried or signed in public; bare plurals of them are as unfindable as "letters urging".
  ['Residents signed a petition demanding a new bridge.', 'a petition demanding', 'document'],
  ['Marchers carried placards saying the plan was a fraud.', 'placards saying', 'vague'],
  // A describing participle with a clause of its own still reports; so does a display's "shows that".
  ['A statement saying the depot would close was issued on Friday.', 'A statement saying', 'document'],
  ['A petition demanding that the library stay open has gathered 900 names.', 'A petition demanding', 'document'],
  ['The leaflet shows the rent rose by a third.', 'The leaflet shows', 'document'],
  ['The poster shows that the band played the hall in 1971.', 'The poster shows', 'document'],
  // The verb agrees with the document before an "of" phrase, not with the phrase's own noun.
  ['The minutes of the board meeting show the trust was warned in 2019.', 'The minutes of the board meeting show', 'document'],
  ['The results of the review show the scheme cost more than planned.', 'The results of the review show', 'document'],
  // Written rules a reader can look up are documents.
  ['Two riders were banned according to the old rules.', 'according to the old rules', 'document'],
  ['League regulations suggest clubs must pay the fee.', 'League regulations suggest', 'document'],
  // A subject described past "into", "over", "about", or a gerund after "of", is whole.
  ['Critics of the move into the city say it will cost jobs.', 'Critics of the move into the city say', 'vague'],
  [
    'Opponents of letting lorries into the old town cite the noise.',
    'Opponents of letting lorries into the old town cite',
    'vague',
  ],
  ['Fans of the band from Leeds said the show was loud.', 'Fans of the band from Leeds said', 'vague'],
  // "by" still names a document's author, and an opening adverbial is no part of the subject.
  ['A report by the Harbour Trust said costs rose.', 'A report by the Harbour Trust said', 'document'],
  ['In the city, officials said the road was shut.', 'officials said', 'vague'],
];

/** Collections of things that say nothing, a summing-up, and texts that are only things. */
export const SUBJECT_SILENT: string[] = [
  'The first set of the match went to Lind.',
  'A series of storms hit the coast.',
  'In summary, the plan failed.',
  'The number of visitors rose by a third.',
  'A handful of shops stayed open.',
  'The home side scored 12 in the second half.',
  'The bill passed by 52 votes to 48.',
  'Residents petition the council every year.',
  'A banner year for the club ended with a trophy.',
  // A subject's describing "-ing" form names which document; the sentence's own verb tells the news.
  'A petition demanding a new footbridge has gathered 4,000 signatures.',
  'A letter urging the board to resign was sent to every member.',
  // A display depicts: what a poster "shows" is a picture.
  'The poster for the play shows the two leads on a pier.',
  'A billboard on the ring road features the striker in a suit.',
  // A price or a share before "of" is no document: its "shows" is the plain verb's other sense.
  'The price of the tickets shows the demand.',
  // Living by rules cites none.
  'She plays by the rules and always has.',
  'Under the new rules, players must rest for a week.',
];

/** A speech verb in a list of the subject's acts, after a comma; an inverted speaker that is no speaker. */
export const LISTED_SOURCES: [string, string, SourceType][] = [
  [
    'The agency hid the files, admitted it had lost others, and closed the inquiry.',
    'The agency hid the files, admitted',
    'named',
  ],
  ['Okafor wins the county, vows to fight on in the next race.', 'Okafor wins the county, vows', 'named'],
  [
    'The club sacked its manager, said the board had lost faith, and named a caretaker.',
    'The club sacked its manager, said',
    'named',
  ],
  // "says the council failed her": the council is what was said about, not who said it.
  ['Mayor quits, says the council failed her.', 'Mayor quits, says', 'anonymous'],
  // Speakers after the verb still speak.
  ['Prices rose, warned the bank.', 'warned the bank', 'named'],
  ['The bridge will close in May, said the council.', 'said the council', 'named'],
];

/** Acts with a plain object, and asides about the subject, are no list of reports. */
export const LISTED_SILENT: string[] = [
  'The envoy spoke Welsh, quoted the scripture and visited the grave.',
  'The pupils sang, danced and painted.',
  'The trust, which was set up in 1990, responded by closing its gates.',
];

/** A headline's crowd before a colon speaks, vaguely, as a named one does. */
export const LABEL_SOURCES: [string, string, SourceType][] = [
  ['Inspectors: the dam is safe for now.', 'Inspectors:', 'vague'],
  ['Economists: rates will rise again in spring.', 'Economists:', 'vague'],
  ['Okafor: the council must act now.', 'Okafor:', 'named'],
  // A crowd speaks when a clause with a finite verb follows its colon.
  ['Doctors: the new rota is unsafe.', 'Doctors:', 'vague'],
  ['Nurses: the wards are full and staff are leaving.', 'Nurses:', 'vague'],
];

/** Title-case headlines in the past tense: a verb with its own "To", or telling with its object after one subject. */
export const HEADLINE_SOURCES: [string, string, SourceType][] = [
  ['Okafor Told A Radio Host The Budget Is Safe.', 'Okafor Told', 'named'],
  ['Okafor Just Vowed To Keep The Library Open.', 'Okafor Just Vowed', 'named'],
  ['Lind Just Responded To Her Critics On Radio.', 'Lind Just Responded', 'named'],
];

/** Headline passives, and taking sides with no telling. */
export const HEADLINE_SILENT: string[] = [
  'Residents Told To Leave Before The Storm.',
  'Residents Told Their Homes Are Safe.',
  'Players Asked To Stay Home.',
  'Council Approved The Budget On Monday.',
];

/** Labels that name no one: news, a reason, a page's section. */
export const LABEL_SILENT: string[] = [
  'Good news: the bridge will reopen.',
  'The reason, in short: costs rose.',
  'Update: the road is open again.',
  // A service label addresses its readers: a question, an infinitive or a closing participle is no statement.
  'Residents: what you need to know about recycling days',
  'Parents: how to apply for a nursery place',
  'Teachers: your new pension explained',
  'Drivers: where to park during the festival',
  // A crowd told "you" is addressed, and "here is" opens a guide.
  'Tenants: you must renew the permit by May.',
  'Students: here is the list of open halls.',
];

/** Participles that borrow a subject: far from it, before an unknown one, or opening the sentence. */
export const BORROWED_SOURCES: [string, string, SourceType][] = [
  // A long subject with a relative clause, hyphenated numbers and a long object still lends itself to ", saying".
  [
    'Conservatives, who now hold a 40-seat majority in the 60-seat chamber, have blocked a string of town-backed housing schemes over the past decade, saying they harm the green belt.',
    'saying',
    'vague',
  ],
  // A subject no list knows speaks through its participle as it would before the verb.
  [
    'At two public meetings, the ombudsman spoke out against the levy, saying it hurt the poor.',
    'the ombudsman',
    'pronoun',
  ],
  // An opening participle of telling borrows the subject after its clause.
  ['Noting that the river had risen, Lind closed the road.', 'Noting', 'named'],
  ['Arguing that fares were too high, the union called a strike.', 'Arguing', 'named'],
  ['Insisting he had done nothing wrong, the minister refused to resign.', 'Insisting', 'pronoun'],
  // The participle reports words when it takes a clause: a "why", or an object and a clause of its own.
  ['Explaining why the gate was locked, the warden blamed vandals.', 'Explaining', 'pronoun'],
  ['Telling reporters the plan would fail, Lind left the room.', 'Telling', 'named'],
  // Answering is speech whatever follows: the main clause holds the answer.
  ['Responding to questions from the press, Lind called the plan fair.', 'Responding', 'named'],
];

/** Participles of other acts, and telling in its plain senses. */
export const BORROWED_SILENT: string[] = [
  'Running late, the mayor skipped the meeting.',
  'Adding to the gloom, the bank cut its forecast.',
  'Saying goodbye to the crowd, the singer left the stage.',
  // An opening participle with only an object and a hearer names an act, not a view stated.
  'Explaining the rules to the new players, the coach drew on a whiteboard.',
  'Explaining the rules to recruits who had just arrived, the sergeant drew a map.',
  'Public libraries fill the gap by admitting more volunteers.',
];

/** Agreeing as a view stated: a clause or "with" after it. */
export const AGREED_SOURCES: [string, string, SourceType][] = [
  ['The union agreed that the new rota was unsafe.', 'The union agreed', 'named'],
  ['The union agreed with the council on the timetable.', 'The union agreed', 'named'],
  ['The union did not agree the plan was safe.', 'The union did not agree', 'named'],
  ['The board agreed the budget was too tight.', 'The board agreed', 'named'],
  // A question settled is a view shared; consenting to something that is no deal still reports.
  ['Party leaders could not agree on who should lead.', 'Party leaders could not agree', 'vague'],
  ['Okafor agreed to a long interview with the paper.', 'Okafor agreed', 'named'],
  // A consensus on a matter that is no deal, and a view not held, still report.
  ['Economists agree on the need for a rate cut.', 'Economists agree', 'vague'],
  ['Most economists do not agree.', 'economists do not agree', 'vague'],
];

/** Agreeing as reaching a deal, or failing to: an act, no view stated. */
export const AGREED_SILENT: string[] = [
  'Talks ended after the ferry operator and the union failed to agree on a new winter timetable.',
  'The two sides agreed to a three-year pay deal.',
  'The council and the union could not agree over pay.',
  'The landlords failed to agree, and the case went to court.',
  // A deal or a budget as the object of "agree" (British usage) is settled, not a view.
  'The trust agreed a new budget at its March meeting.',
  'The two clubs agreed a fee for the winger.',
];

/** A capitalised plural whose singular is a tool, not a person, is a surname before a verb of telling. */
export const SURNAME_SOURCES: [string, string, SourceType][] = [
  ['Sanders said the budget would not pass.', 'Sanders said', 'named'],
  ['Mixers told the radio station she would stand again.', 'Mixers told', 'named'],
  // Doers and words for people stay a crowd nobody named.
  ['Hikers said the ridge path was closed.', 'Hikers said', 'vague'],
  ['Protesters said the march would go ahead.', 'Protesters said', 'vague'],
  ['Residents told the council the drains had failed.', 'Residents told', 'vague'],
  // Words for people by calling or side, whatever their ending, are crowds too.
  ['Cooks said the kitchen had no gas for a week.', 'Cooks said', 'vague'],
  ['Rebels insisted the truce still held.', 'Rebels insisted', 'vague'],
];

/** A relative clause's verb that wink tags as a noun or an adverb: its object is no speaker. */
export const RELATIVE_SOURCES: [string, string, SourceType][] = [
  ['Fans who support the club say the season tickets cost too much.', 'Fans who support the club say', 'vague'],
  ['Voters who back the mayor say the levy is fair.', 'Voters who back the mayor say', 'vague'],
  // A determiner after "who" opens the clause's own subject, which speaks.
  ['The driver who the police say caused the crash was charged.', 'the police say', 'named'],
];
