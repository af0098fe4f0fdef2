/**
 * Attribution rows from round 12: evidence a court heard without its "that", crowds of doers speaking,
 * capitalised plurals that name a club or a party's wing, asides between a speaker and the verb, ", then" joining
 * a verb to its subject, counts that are added, participles that describe a speaker, feelings that hold no view,
 * things kept up, rulings, 'quoted as saying', credit lines and headings over
 * names. All written for this project.
 */
import type { FlagCase } from './attribution-cases.ts';

/** Per rule: what it must flag, and near misses where it must stay silent. */
export const ROUND12_CASES: Record<string, { flags: FlagCase[]; misses: string[] }> = {
  'attribution/agentless-speech': {
    flags: [
      // Court reports drop the "that": a clause with its own verb after "heard" is still evidence someone gave.
      {
        text: 'The jury heard the landlord had kept two sets of books.',
        phrase: 'The jury heard',
        source: 'agentless',
      },
      { text: 'The inquest heard the cyclist was wearing a helmet.', phrase: 'The inquest heard', source: 'agentless' },
      { text: 'The court heard the builder lied about his insurance.', phrase: 'The court heard', source: 'agentless' },
      {
        text: "Magistrates heard the 24-year-old's van was uninsured.",
        phrase: 'Magistrates heard',
        source: 'agentless',
      },
      {
        text: 'The tribunal heard how the manager ignored her emails.',
        phrase: 'The tribunal heard',
        source: 'agentless',
      },
      { text: 'The hearing heard she had been warned twice.', phrase: 'The hearing heard', source: 'agentless' },
    ],
    misses: [
      'Lind was quoted as saying the fee was fair.',
      // What the body heard is a thing, a speech or a person's own words, not a clause it was told.
      'The jury heard the recording of the call.',
      "The jury heard the surgeon's sister describe the night.",
      'The court heard closing speeches on Friday.',
      'The court heard the case in under an hour.',
      'The tribunal heard evidence from two former managers.',
      'Residents heard the plant would close.',
    ],
  },
  'attribution/vague-group': {
    flags: [
      // A crowd of doers nobody named still speaks: a vague group, not no source.
      { text: 'Mourners said the service was moving.', phrase: 'Mourners said', source: 'vague' },
      { text: 'Walkers told the warden the path was flooded.', phrase: 'Walkers told', source: 'vague' },
      { text: 'Campers insisted the storm came without warning.', phrase: 'Campers insisted', source: 'vague' },
      {
        text: 'Park rangers shut the gate. Rangers said the trail was unsafe.',
        phrase: 'Rangers said',
        source: 'vague',
      },
      // A past participle right between a noun and the report verb describes the noun, which speaks.
      { text: 'Residents feel as if nobody listened.', phrase: 'Residents feel', source: 'vague' },
      { text: 'Voters surveyed said the economy mattered most.', phrase: 'Voters surveyed said', source: 'vague' },
      { text: 'Those asked said the fee was too high.', phrase: 'Those asked said', source: 'vague' },
      {
        text: 'Residents interviewed later told the council the water was brown.',
        phrase: 'Residents interviewed later told',
        source: 'vague',
      },
      // A party plural after a word that only narrows the crowd, a chamber or a state.
      {
        text: 'Moderate Republicans said the bill went too far.',
        phrase: 'Moderate Republicans said',
        source: 'vague',
      },
      { text: 'House Democrats said the vote would be close.', phrase: 'House Democrats said', source: 'vague' },
      { text: 'Texas Republicans said the map was unfair.', phrase: 'Texas Republicans said', source: 'vague' },
      {
        text: 'Some Free Democrats said the budget was too large.',
        phrase: 'Some Free Democrats said',
        source: 'vague',
      },
    ],
    misses: [
      // An infinitive never changes places with its subject: 'colleagues' were told, they said nothing.
      'Lind is said to have told colleagues she would quit.',
      'Hale is understood to have told friends the deal was off.',
      // A party's wing or a club is a body on the record, not a crowd.
      'Young Republicans said the count was flawed.',
      'Free Democrats said the budget was too large.',
      'Rangers manager Tom Bell left in May. Rangers said the striker would stay.',
      // A participle before a verb that reports nothing.
      'Passengers stranded overnight were given blankets by the airline.',
      'Patients treated at the clinic recovered within a week.',
      // Hikers who are not speaking are no source at all.
      'Hikers heard the crash from the ridge.',
      'Campers were moved to higher ground as the river rose.',
    ],
  },
  'attribution/institution': {
    flags: [
      // The court's ruling, with its clause, its adjective of judgment or its side.
      { text: 'The court ruled the fee unlawful.', phrase: 'The court ruled', source: 'named' },
      { text: 'The tribunal ruled in favour of the tenants.', phrase: 'The tribunal ruled', source: 'named' },
      { text: 'The council met, then announced the budget.', phrase: 'then announced', source: 'named' },
      // A describing word that makes a party's or a wing's name before a party plural.
      { text: 'Young Republicans said the count was flawed.', phrase: 'Young Republicans said', source: 'named' },
      { text: 'Free Democrats said the budget was too large.', phrase: 'Free Democrats said', source: 'named' },
      { text: 'Social Democrats told voters the tax would stay.', phrase: 'Social Democrats told', source: 'named' },
      { text: 'The budget was too large, Free Democrats said.', phrase: 'Free Democrats said', source: 'named' },
      // Capitalised inside a sentence elsewhere, the pair is the party even where it opens one.
      {
        text: 'The Liberal Democrats won two seats. Liberal Democrats said the bill went too far.',
        phrase: 'Liberal Democrats said',
        source: 'named',
      },
    ],
    misses: [
      // Kings rule countries and teams rule leagues; a rule is a noun.
      'The king ruled the country for 30 years.',
      'Leeds ruled the league for a decade.',
      'Police ruled out foul play.',
      'Under the new rule, fees will rise.',
      'The club added two new players.',
      // A goal counted after an owner or "the" is a tally too.
      'Okonjo added her second goal in stoppage time.',
      'Hale added his 12th goal of the season.',
      'Reyes added the third in the final minute.',
      'The council maintains 400 miles of roads.',
      'The club maintains a squad that can win.',
      'The council added two new bus routes in the spring.',
      'The firm, from its base in Leeds, ships parts to 40 countries.',
      'Liberal Democrats said the bill went too far.',
      'Many Republicans said the bill would fail.',
      'British Muslims said the law was unfair.',
      'Democrats won three seats in the state senate.',
    ],
  },
  'attribution/definite-reference': {
    flags: [
      {
        text: 'The inspectors, from the regional water board, assert that the pipes were never tested.',
        phrase: 'The inspectors, from the regional water board, assert',
        source: 'pronoun',
      },
      { text: 'The man arrested told police he was lost.', phrase: 'The man arrested told', source: 'pronoun' },
    ],
    misses: [
      'The bridge, at 300 metres, is the longest in the county.',
      'The goods seized were worth about 40,000 pounds.',
    ],
  },
  'attribution/named-source': {
    flags: [
      { text: 'HALE: Thank you, Jim, Bob, Sue.', phrase: 'HALE:', source: 'named' },
      // The one quoted is the one saying the words.
      {
        text: 'Lind was quoted as saying the fee was fair.',
        phrase: 'Lind was quoted as saying',
        source: 'named',
        sourceName: 'Lind',
      },
      // A ruling is a court's or an official's finding, reported.
      { text: 'Judge Ann Hale ruled that the fee was unlawful.', phrase: 'Judge Ann Hale ruled', source: 'named' },
      {
        text: 'The fee was unlawful, Judge Tom Reyes ruled on Monday.',
        phrase: 'Judge Tom Reyes ruled',
        source: 'named',
      },
      { text: 'Hale reported from Kyiv that the shelling had stopped.', phrase: 'Hale reported', source: 'named' },
      // "Maintain" a clause, a stand or a quotation: a claim.
      { text: 'Lind maintained her innocence.', phrase: 'Lind maintained', source: 'named' },
      { text: 'Okafor maintained on Monday that the fee was fair.', phrase: 'Okafor maintained', source: 'named' },
      { text: 'Hale has always maintained the fee was fair.', phrase: 'Hale has always maintained', source: 'named' },
      // A phrase between commas that says where the speaker is from, where or through whom they spoke.
      {
        text: 'Okafor, through her lawyer, declined to comment.',
        phrase: 'Okafor, through her lawyer, declined',
        source: 'named',
        sourceName: 'Okafor',
      },
      {
        text: 'Hale, at a rally in Leeds on Monday, said the fee was fair.',
        phrase: 'Hale, at a rally',
        source: 'named',
        sourceName: 'Hale',
      },
      { text: 'Lind, on her blog, wrote that the vote was rigged.', phrase: 'Lind, on her blog', source: 'named' },
      // A verb joined to the one before by ", then" shares its subject, as after "and".
      {
        text: 'Okafor stood up, then told reporters the fee would rise.',
        phrase: 'then told',
        source: 'named',
        sourceName: 'Okafor',
      },
      { text: 'Hale paused, then said the plan had failed.', phrase: 'then said', source: 'named', sourceName: 'Hale' },
      // The text writes the plural before a role in the body: it names a club.
      {
        text: 'Rangers manager Tom Bell left in May. Rangers said the striker would stay.',
        phrase: 'Rangers said',
        source: 'named',
        sourceName: 'Rangers',
      },
      {
        text: 'Rovers captain Ian Pike was injured. Rovers said he would miss a month.',
        phrase: 'Rovers said',
        source: 'named',
        sourceName: 'Rovers',
      },
    ],
    misses: [
      'Okafor, at 34, is the oldest player in the squad.',
      'The striker, with two goals in the final, was named man of the match.',
      'The river rose, then fell back by morning.',
      // A count added grows a tally; nothing is said.
      'Lind scored twice, then added a third in the final minute.',
      'Lind added another 12 points before the break.',
      'Mourners said the service was moving.',
      'Okafor felt betrayed.',
      // A heading over a list of names, however wink tags a surname in it.
      'Ohio: Tim Hale, Rob Sands, Jeff Baker, Bonnie Lind, Dave Carr, Sam Cook.',
      // A credit line says where a correspondent filed from.
      'Hale reported from Kyiv and Lind from Warsaw.',
      'Lind reported from New York.',
      // "Maintain" with an object that is no stand keeps something up.
      'Rangers maintained their lead at the top of the table.',
      'Lind maintains close ties with the ministry.',
      'Park rangers shut the gate. Rangers said the trail was unsafe.',
      'Rangers beat Hearts 2-1 at Ibrox on Saturday.',
    ],
  },
  'attribution/pronoun': {
    flags: [
      // "Feel" holds a view about something that could be true, with or without its "that".
      { text: 'He felt the plan had failed.', phrase: 'He felt', source: 'pronoun' },
      { text: 'They feel very strongly about the plan.', phrase: 'They feel', source: 'pronoun' },
      { text: 'She felt sure the vote was lost.', phrase: 'She felt', source: 'pronoun' },
    ],
    // A feeling or a sensation claims nothing.
    misses: ['He felt ill after lunch.', 'She felt a sharp pain in her leg.', 'He felt squeezed in by the crowd.'],
  },
};
