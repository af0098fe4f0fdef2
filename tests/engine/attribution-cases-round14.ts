/**
 * Rows for round 14's attribution shapes (tests/engine/attribution-round15.test.ts). All written for this project:
 * text, the words the finding must cover, its source type; and sentences that must stay silent.
 */
import type { SourceType } from '../../src/engine/types.ts';

/** A share of a group met before ("some of them") speaking, and a headline's crowd over a notice of a service. */
export const SHARE_SOURCES: [string, string, SourceType][] = [
  ['Some of them said the water was brown.', 'Some of them said', 'vague'],
  ['Most of them told reporters the vote had been rigged.', 'Most of them told', 'vague'],
  ['Several of those claimed the bus never came.', 'Several of those claimed', 'vague'],
  ['A few of them said they would stay on.', 'A few of them said', 'vague'],
  ['The crews left at dawn, and many of them said the pay was too low.', 'many of them said', 'vague'],
  ['Many of them believe the mayor misled the council.', 'Many of them believe', 'vague'],
  // A crowd before a colon still speaks over a judgement, a forecast or what it saw.
  ['Doctors: the new rota is unsafe', 'Doctors:', 'vague'],
  ['Commuters: the trains ran late again.', 'Commuters:', 'vague'],
  ['Residents: the bridge should never close.', 'Residents:', 'vague'],
  ['Nurses: the new rota will close wards.', 'Nurses:', 'vague'],
  // Staff are no audience of a notice, and a reason given is someone's account (review of round 14).
  ['Staff: the store will close because managers ignored safety rules.', 'Staff:', 'vague'],
  ['Commuters: the line will close because engineers found cracks.', 'Commuters:', 'vague'],
];

/** Near misses: a share doing something other than telling, a count, the writer's side, a service notice. */
export const SHARE_SILENT: string[] = [
  'Some of them went home early.',
  'Two of them were late for the bus.',
  'Most of them want a new vote.',
  'Commuters: the trains will run hourly from Monday.',
  'Residents: the library will reopen in June.',
  'Shoppers: the market is to close at noon on Sundays.',
  'Commuters: buses will replace trains at weekends.',
  'Drivers: the bridge will close for repairs.',
  'Commuters: the trains will run hourly since Monday.',
  'Residents: bin collections will be suspended over Christmas.',
];

/** Works and apps, and judges named after a passive likeness or view or before a verdict in a relative clause. */
export const WORK_SOURCES: [string, string, SourceType][] = [
  // An app's warning is a message on a screen anyone can open, like a website's.
  ['The app warns users that their data may be shared.', 'The app warns', 'document'],
  // A documentary telling viewers a clause reports it, a work of fact cited like a report (round 16); a person
  // telling their own story is their account.
  ['The documentary tells viewers that the dam was unsafe.', 'The documentary tells', 'document'],
  // A book recounting how something happened is an account of fact, not a plot (review of round 14).
  ['The book recounts how the minister misled parliament.', 'The book recounts', 'document'],
  ['The report recounts how officials ignored repeated warnings.', 'The report recounts', 'document'],
  ['Okafor told the story of her escape from the flood.', 'Okafor told', 'named'],
  ['The tower has been likened to a rocket by critics.', 'likened to a rocket by critics', 'vague'],
  ['The tower was seen as a folly by critics.', 'seen as a folly by critics', 'vague'],
  ['The deal has been compared with the 1990 pact by Lena Okafor.', 'by Lena Okafor', 'named'],
  ['It is a plan that critics call a disaster.', 'critics call', 'vague'],
  ['It is a stadium that critics called a reckless gamble.', 'critics called', 'vague'],
  ['It is a tower which locals call an eyesore, and it is huge.', 'locals call', 'vague'],
];

/** Near misses: a work narrating its plot, a likeness with no judge after it, a call of a span of time. */
export const WORK_SILENT: string[] = [
  "The film tells the story of a miner's strike.",
  'The new drama tells of a family torn apart by the war.',
  'The novel recounts how a village was drowned for a reservoir.',
  'The film recounts how a village was drowned for a reservoir.',
  "The documentary tells the story of a miner's strike.",
  'The play tells the tale of two rival bakers.',
  'The app crashed twice on Monday.',
  'That is compared to 45 by last year.',
  'The tower was likened to a rocket by its shape.',
  'It was the office that Lind rang a week ago.',
];

/** Words of blame or warning "from" someone, and crowds given with named examples. */
export const FROM_SOURCES: [string, string, SourceType][] = [
  ['The ruling has drawn criticism from local farmers.', 'criticism from local farmers', 'vague'],
  ['The plan drew sharp criticism from the union.', 'criticism from the union', 'named'],
  ['The move drew criticism from Okafor, the party leader.', 'criticism from Okafor', 'named'],
  ['The club faced criticism from fans after the sale.', 'criticism from fans', 'vague'],
  // Threats are words when spoken in kind ("veto threats"), received, or aimed at a deed ("threats ... to strike").
  ['The bill faces veto threats from the governor.', 'threats from the governor', 'pronoun'],
  ['Threats from the union to strike grew louder.', 'Threats from the union', 'named'],
  ['He faced death threats from extremists.', 'threats from extremists', 'vague'],
  // Named examples put the crowd on record; examples that name no one leave it vague.
  [
    'Critics like Lena Okafor and Tom Reyes said the plan would fail.',
    'Critics like Lena Okafor and Tom Reyes said',
    'named',
  ],
  ['Critics, including Lena Okafor, said the plan would fail.', 'Critics, including Lena Okafor, said', 'named'],
  [
    'Some councillors, such as Tom Reyes, said the plan would fail.',
    'Some councillors, such as Tom Reyes, said',
    'named',
  ],
  [
    'Critics, including many in the party, said the plan would fail.',
    'Critics, including many in the party, said',
    'vague',
  ],
  [
    'Fans like the Leeds supporters said the ticket price was too high.',
    'Fans like the Leeds supporters said',
    'vague',
  ],
  // A party is a crowd, and "people like X" is a type of person: both stay vague (review of round 14).
  ['Critics, including Democrats, said the plan would fail.', 'Critics, including Democrats, said', 'vague'],
  ['People like Tom Reyes say the system is rigged.', 'People like Tom Reyes say', 'vague'],
  ['Critics like Okafor said the plan would fail.', 'Critics like Okafor said', 'named'],
  [
    'Several charities, including Oxfam, warned the law would fail.',
    'Several charities, including Oxfam, warned',
    'named',
  ],
];

/** Near misses: backing and votes "from" people pass on no words. */
export const FROM_SILENT: string[] = [
  'The mayor won with strong support from young voters.',
  'She has received endorsements from three senators.',
  // A threat "from" a country or a trade is a danger, not words (review of round 14).
  'The threat from Russia is growing.',
  'The firm faces a growing threat from cheap imports.',
];

/** Comment clauses with a speaker no list knows, tests as records, and an objection taken up. */
export const CLAUSE_SOURCES: [string, string, SourceType][] = [
  ['The levy must rise, the panel concluded.', 'the panel concluded', 'pronoun'],
  ['The levy, the panel concluded, must rise in 2020.', 'the panel concluded', 'pronoun'],
  ['But to meet the target, the panel concluded, the levy must rise.', 'the panel concluded', 'pronoun'],
  // A clause opened by a subordinator still reports when a main clause follows it (review of round 14).
  ['Although costs rose, the levy must stay, the panel concluded.', 'the panel concluded', 'pronoun'],
  ['In the end the levy must rise, the panel concluded.', 'the panel concluded', 'pronoun'],
  ['A preliminary field test indicated the powder was flour.', 'A preliminary field test indicated', 'document'],
  ['Tests showed the water was safe to drink.', 'Tests showed', 'document'],
  ['Blood tests confirmed that he had been poisoned.', 'Blood tests confirmed', 'document'],
  ["Reyes took issue with the mayor's remarks about the budget.", 'Reyes took', 'named'],
  ['Residents took issue with the plan.', 'Residents took', 'vague'],
];

/** Near misses: a panel that ended, a clause that goes on, a test as an exam, an issue taken to court. */
export const CLAUSE_SILENT: string[] = [
  'After the vote, the panel concluded.',
  // A lone subordinate clause says when, not what (review of round 14).
  'After the hearing ended, the panel concluded.',
  'Before the hearing had even started, the panel concluded.',
  'After a long hearing, the panel concluded, and the members went home.',
  'The river rose, the flood wall held.',
  'The test of the new engine was delayed.',
  'She passed the driving test on Monday.',
  'The board took the issue to court.',
  'The issue took weeks to settle.',
];

/** Idioms of telling: a view made clear, a mention made or not, a topic touched on. */
export const IDIOM_SOURCES: [string, string, SourceType][] = [
  ['She made her support for the plan clear in a letter to members.', 'She made', 'pronoun'],
  ['They made their views known at the meeting.', 'They made', 'pronoun'],
  ['The council made its position clear.', 'The council made', 'named'],
  ['The report makes no mention of the missing funds.', 'The report makes', 'document'],
  ['She touched briefly on the housing crisis.', 'She touched', 'pronoun'],
];

/** Near misses: a way made clear, a landing, a touch. */
export const IDIOM_SILENT: string[] = [
  'He made his way clear to the exit.',
  'The plane touched down on the runway.',
  'The ball touched on the line.',
  'He touched her arm.',
];

/** Talk, hopes and forecasts nobody is said to hold, and a denied passive. */
export const AGENTLESS_SOURCES: [string, string, SourceType][] = [
  ['An inference could be drawn that the plan had failed.', 'An inference could be drawn that', 'agentless'],
  ['Leeds were favoured to win the cup.', 'were favoured to', 'agentless'],
  ['She is tipped to succeed him as chair.', 'is tipped to', 'agentless'],
  ['The merger prompted speculation about job cuts.', 'prompted speculation', 'agentless'],
  ['The talks stalled amid hopes that a deal was close.', 'amid hopes that', 'agentless'],
  ['The firm collapsed as predicted.', 'as predicted', 'agentless'],
  ['The firm collapsed as predicted by the auditors.', 'predicted by the auditors', 'pronoun'],
];

/** Near misses: a routine "as expected", a tip-off, an unknown left unknown with nobody read as its source. */
export const AGENTLESS_SILENT: string[] = [
  'Rates rose as expected.',
  'He was tipped off by a neighbour.',
  "Much is not yet known of the blaze's cause.",
];

/** Views held "among" a group, and habits of saying. */
export const HELD_SOURCES: [string, string, SourceType][] = [
  ['There is growing concern among farmers that the river will flood.', 'concern among farmers', 'vague'],
  ['There is broad agreement among economists that rates will rise.', 'agreement among economists', 'vague'],
  ['Anger among nurses has grown since the cuts.', 'Anger among nurses', 'vague'],
  ['Fans tend to say the ground is too small.', 'Fans tend to say', 'vague'],
  ['Okafor likes to say that rents are too high.', 'Okafor likes to say', 'named'],
  ['Some chanted “Out! Out!” as the mayor left.', 'Some chanted', 'vague'],
  ['He muttered “Never again” and left.', 'He muttered', 'pronoun'],
  ['There has been much speculation as to whether the coach will stay.', 'much speculation as to', 'agentless'],
  ['There is much talk about a merger.', 'There is much talk about', 'agentless'],
];

/** Near misses: a feeling among things, backing among voters, a habit of talking with nothing said. */
export const HELD_SILENT: string[] = [
  'The fear among the trees was palpable.',
  'Support among voters fell.',
  'Reyes, who tends to speak at rallies, left early.',
  'Prices tend to rise in winter.',
  'The monks chanted for hours.',
];

/**
 * A claim or a judgement nobody is said to hold ("despite the earlier claim that", "were held to be its owners"),
 * an unnamed document described by a participle ("a printed leaflet"), and a pronoun with nothing before it.
 */
export const OWNERLESS_SOURCES: [string, string, SourceType][] = [
  ['Despite the earlier claim that the dam was sound, it burst.', 'claim that', 'agentless'],
  ['Despite earlier claims that the pier was sound, it sank.', 'claims that', 'agentless'],
  ['The assertion that the ferry was full proved false.', 'assertion that', 'agentless'],
  ['An old suspicion that the well was poisoned lingered.', 'suspicion that', 'agentless'],
  ['The two brothers were held to be its rightful heirs.', 'were held to be', 'agentless'],
  ['The vase is widely held to be a copy.', 'is widely held to be', 'agentless'],
  ['The lease was deemed invalid.', 'was deemed', 'agentless'],
  ['According to a printed leaflet, the market opens at nine.', 'According to a printed leaflet', 'document'],
  ['The pool is closed, according to a posted notice.', 'according to a posted notice', 'document'],
  ['According to leaked minutes, the board split.', 'According to leaked minutes', 'document'],
  ['According to a document seen by this paper, the fund is dry.', 'According to a document', 'document'],
  ['Such slips are often observed in young players.', 'are often observed', 'agentless'],
  ['The fault is commonly noted in older models.', 'is commonly noted', 'agentless'],
  // A judge after a passive view, counted: the crowd holds it.
  ['The tune was viewed as a fluke by many listeners.', 'viewed as a fluke by many listeners', 'vague'],
  ['The tower was likened to a rocket by some residents.', 'likened to a rocket by some residents', 'vague'],
  // The judge of "held to be" named after it.
  ['The lease was held to be void by the tribunal.', 'held to be void by the tribunal', 'named'],
  ['The vase is widely held to be a copy by experts.', 'held to be a copy by experts', 'vague'],
  // A measure after "by" is no judge: the view stays nobody's.
  ['The price was seen as high by most standards.', 'was seen as', 'agentless'],
  // A kind of crowd is the crowd, met nowhere before: the determiner picks the kind.
  ['If the wrong sort of people come to believe the fire was set, panic grows.', 'the wrong sort of people', 'vague'],
  ['These types of officials often say no.', 'These types of officials often say', 'vague'],
  // No antecedent is resolved anywhere in the engine: "they" stays a pronoun source, not a vague crowd.
  ['They claim that the tap water is safe.', 'They claim', 'pronoun'],
];

/** Near misses: the claim's maker inside a relative clause, a hold that judges nothing, a call on the phone. */
export const OWNERLESS_SILENT: string[] = [
  'The claim that he made was false.',
  'The firm filed a claim that was rejected.',
  'He kept pressing in hopes that the judge would relent.',
  'She resigned in the hope that the row would end.',
  'He was held in custody overnight.',
  'Cracks were observed in the north wall.',
  'What kind of people say that?',
  'The kind of man who says that is rare.',
  'The board was held to account.',
  'The hostages were held to be swapped later.',
  'Prices were set according to a fixed scale.',
  'The firm that Lind called a week ago was shut.',
  'The office that Okafor called several times was shut.',
];

/** Texts where a named holder or a call must not read as a claim with nobody behind it. */
export const NOT_OWNERLESS: [string, string][] = [
  ['Despite the mayor’s claim that the dam was sound, it burst.', 'claim that'],
  ['His claim that the dam was sound was wrong.', 'claim that'],
  ['Despite the ferry firm’s claim that the boat was full, it sailed.', 'claim that'],
];

/** "The firm that Lind called said": the firm speaks; the name in the relative clause made a call or a visit. */
export const RELATIVE_SPEAKERS: [string, string][] = [
  ['The firm that Lind called a week ago said it was closing.', 'Lind'],
  ['The shop that Okafor visited last week said it had no stock.', 'Okafor'],
  ['The depot that Reyes called said the trucks were late.', 'Reyes'],
];

/** Audit fixes: the near miss of each wrong finding keeps flagging. */
export const AUDIT_SOURCES: [string, string, SourceType][] = [
  ['She tends to argue with the referee that the ball was out.', 'She tends to argue', 'pronoun'],
  ['He likes to argue that the tax is unfair.', 'He likes to argue', 'pronoun'],
  ['All of them said they were innocent.', 'All of them said', 'vague'],
  ['Many of them said they were innocent.', 'Many of them said', 'vague'],
  ['Despite appeals from shopkeepers for more parking, the lot closed.', 'appeals from shopkeepers', 'vague'],
  ['The march went on despite appeals from organisers to stay calm.', 'appeals from organisers', 'vague'],
  ['The vote was widely held to be fair.', 'was widely held to be', 'agentless'],
  ['The outcome was held to be certain.', 'was held to be', 'agentless'],
  ['Such flaws are often observed in older bridges.', 'are often observed', 'agentless'],
  ['The test showed the water was safe.', 'The test showed', 'document'],
  ['Blood tests showed she had been poisoned.', 'Blood tests showed', 'document'],
  // Missed before: a noun tagged as a verb with no subject before it, and councillors as a crowd.
  ['There is concern among residents that the bridge will close.', 'concern among residents', 'vague'],
  ['The plan faced calls from opposition councillors to scrap it.', 'calls from opposition councillors', 'vague'],
  ['There were calls from residents for a new bridge.', 'calls from residents', 'vague'],
  ['Nothing had changed, the inspectors found.', 'the inspectors found', 'pronoun'],
  ['The roof was sound, surveyors found.', 'surveyors found', 'vague'],
  ['Passengers: the ferry sailed late again.', 'Passengers:', 'vague'],
  ['The stadium was described as a white elephant by opponents.', 'white elephant by opponents', 'vague'],
  ['The stadium was described as a waste.', 'was described', 'agentless'],
  ['Critics, including the former mayor Tom Reyes, said the plan would fail.', 'Tom Reyes, said', 'named'],
  ['Fans, including the Leeds supporters club, said the match was fixed.', 'Fans, including', 'vague'],
  ['She walked out after arguing with the host over whether the law was fair.', 'arguing', 'pronoun'],
];

/** Audit fixes: the reader's wrong findings, which must stay silent. */
export const AUDIT_SILENT: string[] = [
  // Arguing with someone is a quarrel, not a view put forward.
  'She tends to argue with referees.',
  'He argued with the bus driver over the fare.',
  // An appeal a court hears is a step in law, not a plea.
  'The court heard appeals from three defendants on Monday.',
  'Appeals from the two men were dismissed.',
  // An event held so that its organisers could be sure: a purpose, no verdict.
  'The referendum was held to be sure of public support.',
  // A holiday, a fast or a truce observed is kept, not noticed.
  'The holiday is commonly observed on the first Monday in May.',
  'The fast is widely observed across the region.',
  'The ceasefire was generally observed.',
  // A test counted in a series is a match or a trial of strength, no record.
  'The first test showed how far the team had come.',
  'The final test showed what the squad was made of.',
  // A verb after its subject: a phone call, no voiced words.
  'The inmate calls from prison every week.',
  // A find with no clause to report stays silent.
  'After the storm, the inspectors found.',
  // A crossing's hours are a notice to its riders.
  'Passengers: the ferry will sail at 7am.',
  // Both of them: the pair the text has just named, no crowd.
  'Both of them said they were innocent.',
];
