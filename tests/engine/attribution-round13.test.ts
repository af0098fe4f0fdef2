/**
 * Round 13 shapes: an estimate or an identity given in the object ("puts the cost at", "identified the man as"),
 * "by" + a report verb ("closed by saying"), a participle wink tags as a noun (", warning that"), and a poll that
 * frames its sentence ("In the latest poll, ..."). All rows written for this project.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import type { AttributionFinding, SourceType } from '../../src/engine/types.ts';

const attributions = (text: string) =>
  analyze(text, { links: [] }).findings.filter((f): f is AttributionFinding => f.kind === 'attribution');

/** text, the words the finding must cover, its rule, its source type. */
const FLAGS: [string, string, string, SourceType][] = [
  // An estimate or an identity is what its giver reports.
  [
    'Police identified the victim as Tomas Berg, 41, of Carrow.',
    'Police identified',
    'attribution/institution',
    'named',
  ],
  ["The coroner's office identified the woman as Ada Lind.", 'identified', 'attribution/institution', 'named'],
  [
    'The Lindgren Institute puts the cost at 2 billion pounds.',
    'The Lindgren Institute puts',
    'attribution/named-source',
    'named',
  ],
  ['The union puts the number of job losses at 400.', 'The union puts', 'attribution/institution', 'named'],
  ['Organisers put the crowd at more than 20,000.', 'Organisers put', 'attribution/vague-group', 'vague'],
  ['Police put the damage at £40,000.', 'Police put', 'attribution/institution', 'named'],
  // "by" + a report verb tells how the subject acted, so the subject speaks.
  [
    'The council ended the meeting by announcing it would cut fares.',
    'by announcing',
    'attribution/institution',
    'named',
  ],
  ['Hale ended his speech by saying the town would recover.', 'Hale', 'attribution/named-source', 'named'],
  // ", warning that": wink's noun "warning" is the participle here.
  ['Mayor Ruiz expanded on her plans, warning that taxes would rise.', 'warning', 'attribution/named-source', 'named'],
  ['She signed the bill, warning lawmakers that it would cost more.', 'warning', 'attribution/pronoun', 'pronoun'],
  // A poll that frames the sentence is the source of what the sentence then tells.
  [
    'In the latest Harbour Post poll, the mayor led by six points.',
    'In the latest Harbour Post poll',
    'attribution/document',
    'document',
  ],
  [
    'In a Harbour Post-Lindgren poll conducted in May, Ruiz led Okafor 47 percent to 39 percent.',
    'poll',
    'attribution/document',
    'document',
  ],
  ['In a survey of 500 farmers, most opposed the tax.', 'In a survey', 'attribution/document', 'document'],
  ['In exit polls, voters were split on the bridge.', 'In exit polls', 'attribution/document', 'document'],
  ['But in the census of 1901, the village had 300 people.', 'census', 'attribution/document', 'document'],
  // After a noun, "that" opens a clause: the crowd after it speaks, with no determiner pointing back.
  ['It is a gap in the budget that economists say will grow.', 'economists say', 'attribution/vague-group', 'vague'],
  [
    'Hale told reporters that officials said the bridge was safe.',
    'officials said',
    'attribution/vague-group',
    'vague',
  ],
  ['That official said the bridge was safe.', 'That official said', 'attribution/definite-reference', 'pronoun'],
  [
    'The council posted a notice on its website that warned of floods.',
    'The council',
    'attribution/institution',
    'named',
  ],
  // Someone heard or recorded speaking is the one who speaks.
  ['Okafor was heard over an open mic telling the coach to sit down.', 'Okafor', 'attribution/named-source', 'named'],
  ['The mayor was overheard saying the plan was doomed.', 'The mayor', 'attribution/definite-reference', 'pronoun'],
  [
    'The minister was caught on camera telling aides to delete the files.',
    'telling',
    'attribution/definite-reference',
    'pronoun',
  ],
  // Making a case is arguing it; an argument with no arguer is agentless; a position is held by its owner.
  [
    'Okafor was making a fervent case to the farmers that she can fix the roads.',
    'Okafor',
    'attribution/named-source',
    'named',
  ],
  ['Lind made her case for a new bridge.', 'Lind made', 'attribution/named-source', 'named'],
  [
    'Since rents doubled, the conclusion could be drawn that wages lag.',
    'the conclusion could be drawn that',
    'attribution/agentless-phrase',
    'agentless',
  ],
  [
    'The case could be made that the bridge was never needed.',
    'The case could be made that',
    'attribution/agentless-phrase',
    'agentless',
  ],
  [
    'Mayor Ruiz has lobbied for support for her position that the road is unsafe.',
    'her position',
    'attribution/pronoun',
    'pronoun',
  ],
  // A document told by what it holds is the source of what it holds.
  ['The report also provides details of the breaches.', 'The report also provides', 'attribution/document', 'document'],
  ['The filing includes emails from the mayor.', 'The filing includes', 'attribution/document', 'document'],
  ['The letter mentions two payments to the contractor.', 'The letter mentions', 'attribution/document', 'document'],
  // A headline's kicker names where its news comes from.
  ['Poll: Voters sour on the new bridge.', 'Poll', 'attribution/document', 'document'],
  ['Study: Coffee drinkers live longer.', 'Study', 'attribution/document', 'document'],
  // Hearsay in a description set off by commas: nobody is said to be behind it, and the name before is not the teller.
  [
    'The deal, reported to be worth 2 million pounds, was signed on Friday.',
    'reported to be',
    'attribution/agentless-phrase',
    'agentless',
  ],
  [
    'The striker, understood to have a knee injury, missed training.',
    'understood to have',
    'attribution/agentless-phrase',
    'agentless',
  ],
  [
    "Lind, thought to be the youngest mayor in the city's history, took office.",
    'thought to be',
    'attribution/agentless-phrase',
    'agentless',
  ],
  ['The plant will close, it emerged on Monday.', 'it emerged', 'attribution/agentless-phrase', 'agentless'],
  // A forecast of words not yet said: whoever expects them is unnamed, and the subject is no source yet.
  [
    'The company is expected to announce job cuts on Friday.',
    'is expected to',
    'attribution/agentless-phrase',
    'agentless',
  ],
  // Folk wisdom has no teller.
  [
    'Slow and steady wins the race, as the old saying goes.',
    'as the old saying goes',
    'attribution/agentless-phrase',
    'agentless',
  ],
  [
    'As the proverb has it, pride comes before a fall.',
    'As the proverb has it',
    'attribution/agentless-phrase',
    'agentless',
  ],
  // An owned saying wink tags as a verb after its owner ("Lind's comment"), and the singulars of listed sayings.
  ["Lind's comment that the bridge was safe angered residents.", "Lind's comment", 'attribution/named-source', 'named'],
  ['Her remark that the toll was fair drew jeers.', 'Her remark', 'attribution/pronoun', 'pronoun'],
];

/** Near misses of the rules above, and ordinary news sentences (sport, weather, courts, business) that report nothing. */
const SILENT = [
  'She put the ball at his feet.',
  'Okafor placed third at the games in Leeds.',
  'The storm put 400 homes at risk.',
  'Firefighters put the blaze out at 3 a.m.',
  'The club put the tickets on sale at 9am.',
  'The reporters identified themselves as journalists.',
  'Scientists identified the gene in 2019.',
  'The club placed the striker at the top of its list.',
  'Okafor won the race by finishing strongly.',
  'The striker celebrated by pointing to the crowd.',
  'They raised money by selling cakes.',
  'She began by thanking the nurses.',
  'Traffic was heavy, warning signs flashed.',
  'The plant shut down, laying off 40 workers.',
  'In the poll booth, she hesitated.',
  'In polling stations across the city, queues formed early.',
  'In the referendum, voters backed independence.',
  'Rovers beat Harlow 3-1 on Saturday, with Brandt scoring twice.',
  'Heavy rain is forecast for the north on Tuesday, with up to 40mm in places.',
  'The jury retired to consider its verdict on Friday afternoon.',
  'Residents are awaiting his reply.',
  'Shares in Carrow Foods rose 4 percent by the close of trading.',
  'The comet will be visible to the naked eye by the end of the month.',
  'Ada Lind, who ran the village bakery for 40 years, died at home aged 91.',
  'The new bridge opened to traffic at 6 a.m., two weeks ahead of schedule.',
  'The museum put the painting on display at the start of the year.',
  'The court was adjourned until 10 a.m. on Monday.',
  'Crews worked through the night by lamplight, clearing the road by dawn.',
  'The driver was seen leaving the scene.',
  'The thief was caught on camera stealing a bike.',
  'The bird was heard singing at dawn.',
  'The brewer made a case of wine for the dinner.',
  'The defence made a strong case.',
  'In that case, the match will be replayed.',
  'Police found a case of stolen watches in the van.',
  'The bakery includes a small café.',
  'The squad includes two debutants.',
  'The parcel contained a letter.',
  'The new law provides cover for landlords.',
  'The survey included 900 households.',
  'A letter included in the pack was signed by the mayor.',
  'Weather: Rain moves in on Tuesday.',
  'Report: Ada Lind in Leeds',
  'Poll: Which side will win the derby?',
  'Rovers, expected to win easily, lost 2-0.',
  'The whale surfaced near the pier and it emerged from the water twice.',
  'The university boosted numbers by admitting 400 more students.',
  'The hospital eased the crisis by admitting more patients.',
  'The club admitted women as members in 1990.',
  'The saying on the wall goes back to 1900.',
  'The comment section was closed on Friday.',
];

describe('flags', () => {
  test.each(FLAGS)('%s', (text, phrase, rule, source) => {
    const at = text.indexOf(phrase);
    expect(at, 'the phrase must be in the text').toBeGreaterThanOrEqual(0);
    const hit = attributions(text).find((f) => f.rule === rule && f.start < at + phrase.length && at < f.end);
    expect(hit, `no ${rule} over "${phrase}"`).toBeDefined();
    expect(hit?.source).toBe(source);
  });
});

describe('does not name the teller', () => {
  test("a name before ', thought to be' is who the hearsay is about", () => {
    const found = attributions("Lind, thought to be the youngest mayor in the city's history, took office.");
    expect(found.filter((f) => f.source === 'named')).toEqual([]);
  });
});

describe('does not credit a forecast to its subject', () => {
  test('the company expected to announce has said nothing yet', () => {
    const found = attributions('The company is expected to announce job cuts on Friday.');
    expect(found.filter((f) => f.source === 'named')).toEqual([]);
  });
});

describe('does not flag', () => {
  test.each(SILENT)('%s', (text) => {
    expect(attributions(text).map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
  });
});
