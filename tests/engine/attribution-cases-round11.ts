/**
 * Attribution rows from round 11: surnames that are also plural nouns ("Waters said"), names given to things ("a
 * storm named Ada"), what a place is known for, the citer of evidence, pleas and charges, and "boasts" meaning
 * "has". All written for this project.
 */
import type { FlagCase } from './attribution-cases.ts';

/** Per rule: what it must flag, and near misses where it must stay silent. */
export const ROUND11_CASES: Record<string, { flags: FlagCase[]; misses: string[] }> = {
  'attribution/named-source': {
    flags: [
      // A plural noun no crowd can be, before a verb only a person does with words: a surname.
      { text: 'Waters said the plan would fail.', phrase: 'Waters said', source: 'named', sourceName: 'Waters' },
      // A first name or a team's city before the plural keeps the name.
      {
        text: 'Maxine Waters said the bill would pass.',
        phrase: 'Maxine Waters',
        source: 'named',
        sourceName: 'Maxine Waters',
      },
      {
        text: 'Jack Sanders said the shop would close.',
        phrase: 'Jack Sanders',
        source: 'named',
        sourceName: 'Jack Sanders',
      },
      {
        text: 'New York Rangers said the forward would miss the game.',
        phrase: 'New York Rangers',
        source: 'named',
        sourceName: 'New York Rangers',
      },
      {
        text: 'Rivers told reporters the bridge was safe.',
        phrase: 'Rivers told',
        source: 'named',
        sourceName: 'Rivers',
      },
      { text: 'Brooks added that fees would rise.', phrase: 'Brooks added', source: 'named', sourceName: 'Brooks' },
      {
        text: 'Fields explained the new rules to the board.',
        phrase: 'Fields explained',
        source: 'named',
        sourceName: 'Fields',
      },
      { text: 'Hills insisted the count was fair.', phrase: 'Hills insisted', source: 'named', sourceName: 'Hills' },
      // The commonest frames: speaking or talking to someone ('to' asks a question only after 'Asked').
      {
        text: 'Speaking to reporters, Hale laughed off the attack.',
        phrase: 'Hale',
        source: 'named',
        sourceName: 'Hale',
      },
      { text: 'Talking to the BBC, Hale laughed off the attack.', phrase: 'Hale', source: 'named', sourceName: 'Hale' },
      {
        text: 'Addressing the rally, Hale laughed off the attack.',
        phrase: 'Hale',
        source: 'named',
        sourceName: 'Hale',
      },
      // A person or a body given its name speaks by that name ('a storm named Ada' does not speak).
      {
        text: 'A man named Okafor told police he saw the car.',
        phrase: 'Okafor',
        source: 'named',
        sourceName: 'Okafor',
      },
      {
        text: 'A charity called Hope Street said it needed funds.',
        phrase: 'Hope Street',
        source: 'named',
        sourceName: 'Hope Street',
      },
      // A doer's plural speaks as a surname once the text also writes it mid-sentence or in full.
      {
        text: 'Sanders said the vote was close. The aides of Mr Sanders agreed.',
        phrase: 'Sanders said',
        source: 'named',
        sourceName: 'Sanders',
      },
      // A frame of speaking before the clause: its subject speaks, whatever the verb.
      {
        text: 'In an interview with a local paper, Ruiz laughed off the attack.',
        phrase: 'Ruiz',
        source: 'named',
        sourceName: 'Ruiz',
      },
      {
        text: 'In a press conference, Lind brushed aside the question.',
        phrase: 'Lind',
        source: 'named',
        sourceName: 'Lind',
      },
      // A surname wink reads as a verb, refusing to say; a subject with a partner added; blurting out.
      {
        text: 'Cook declined to say whether the fee was legal.',
        phrase: 'Cook declined to say',
        source: 'named',
        sourceName: 'Cook',
      },
      {
        text: 'Lind herself, along with two aides, argued that the plan was sound.',
        phrase: 'Lind',
        source: 'named',
        sourceName: 'Lind',
      },
      { text: 'Hale blurted out that the deal was dead.', phrase: 'Hale blurted', source: 'named', sourceName: 'Hale' },
      {
        text: 'Lind took to the radio to say sorry.',
        phrase: 'Lind took to the radio to say',
        source: 'named',
        sourceName: 'Lind',
      },
      // Whoever puts records forward as evidence is still the source.
      {
        text: 'Okafor cited three text messages as evidence.',
        phrase: 'Okafor cited',
        source: 'named',
        sourceName: 'Okafor',
      },
    ],
    misses: [
      // Crowds, bodies, documents and things keep their own readings.
      'Officials said the road would reopen.',
      'Residents said the water was brown.',
      'Teenagers said the park was unsafe.',
      'Cyclists said the lane was blocked.',
      'Banks said profits would fall.',
      'Waters rose overnight in the valley.',
      'Rivers said they had never seen the lane so wet.',
      'Hikers said the path was icy, and other hikers agreed.',
      // Doers in -ers are a crowd however rarely the text names them. ('Sanders', whose singular is a tool, is a
      // surname since round 13: attribution-cases-round13.ts.)
      'Hikers said the road was closed.',
      'Mourners told reporters the service was moving.',
      'Runners insisted the course was too short.',
      'Travellers said the trains were late.',
      'Rescuers explained the climb took six hours.',
      'Reports said the plant was closed.',
      'Records show the house was sold twice.',
      // Frames that are no occasion of speaking.
      'In the end, Okafor won the race.',
      'In the post, Lind ran the budget for a decade.',
      'In the conference final, Hale scored twice.',
      'In a surprise move, Hale quit the board.',
      'Smith refused to leave the pitch.',
      'Cook the onions slowly until they soften.',
      'In the letter box, Lind found a key.',
      'In a statement of intent, Hale signed three players.',
      'Talking of records, Okafor broke two on Sunday.',
      'Speaking of food, Okafor opened a bakery.',
      'Addressing the shortage, Okafor built two hundred homes.',
      // A name given to a thing speaks for nobody.
      'The contests known as Super Tuesday decide much.',
      'A storm named Ada brought floods to the coast.',
      'The races dubbed the Spring Classics decide the season.',
    ],
  },
  'attribution/vague-group': {
    flags: [
      // A describing word opening the sentence before a capitalised crowd's plural names nobody.
      { text: 'Local Hikers said the trail was closed.', phrase: 'Local Hikers said', source: 'vague' },
      { text: 'Young Voters said they would stay home.', phrase: 'Young Voters said', source: 'vague' },
      { text: 'Angry Parents said the school had ignored them.', phrase: 'Angry Parents said', source: 'vague' },
      { text: 'Some Hikers said the path was icy.', phrase: 'Some Hikers said', source: 'vague' },
      {
        text: 'Several Farmers told the council the road was flooded.',
        phrase: 'Several Farmers told',
        source: 'vague',
      },
      { text: 'Prosecutors cited two emails as evidence.', phrase: 'Prosecutors cited', source: 'vague' },
      { text: 'Prosecutors charged that the count was rigged.', phrase: 'Prosecutors charged', source: 'vague' },
      // Ready or reluctant to say it, doubting it, or having heard it: still the crowd's words or view.
      {
        text: 'Critics were quick to point out that the bridge was late.',
        phrase: 'Critics were quick to point',
        source: 'vague',
      },
      {
        text: 'Neighbours are eager to say the council failed them.',
        phrase: 'Neighbours are eager to say',
        source: 'vague',
      },
      {
        text: 'His aides are not convinced that the bridge will open.',
        phrase: 'His aides are not convinced',
        source: 'vague',
      },
      { text: 'Many voters have heard that the fund is empty.', phrase: 'Many voters have heard', source: 'vague' },
      { text: 'Residents heard that the plant would close.', phrase: 'Residents heard', source: 'vague' },
      {
        text: 'Voters were more likely to say the economy mattered.',
        phrase: 'Voters were more likely to say',
        source: 'vague',
      },
      // People's findings with their "that" are their conclusion, like a view.
      { text: 'Investigators found that the brakes had failed.', phrase: 'Investigators found', source: 'vague' },
      // Asked, a crowd answers: its answer is the crowd's view.
      { text: 'Asked about the fee, most shoppers shrugged.', phrase: 'most shoppers', source: 'vague' },
    ],
    misses: [
      'Pupils were eager to learn.',
      'Residents heard a loud bang before the fire.',
      'Fans heard the band play late into the night.',
      'The team is unlikely to win the title.',
      'She took to the stage to sing.',
      'Asked to leave, the fans refused.',
      'Volunteers found the dog two miles away.',
    ],
  },
  'attribution/agentless-phrase': {
    flags: [
      // A person's reputation is a view others hold.
      { text: 'The coach is known for his temper.', phrase: 'is known for', source: 'agentless' },
      { text: 'Ruiz is known for speaking her mind.', phrase: 'is known for', source: 'agentless' },
      { text: 'The chef is known for his temper.', phrase: 'is known for', source: 'agentless' },
    ],
    misses: [
      // What a place or a thing offers is no one's view.
      'The town is known for its bakeries.',
      'The valley is famed for its wine.',
      'The market is renowned for fresh fish.',
    ],
  },
  'attribution/pronoun': {
    flags: [
      { text: 'Speaking to farmers in Leeds, she promised help with the floods.', phrase: 'she', source: 'pronoun' },
      { text: 'He pleaded with the judge for mercy.', phrase: 'He pleaded', source: 'pronoun' },
      // A plea is the accused's own word on record: they are its source.
      { text: 'He pleaded guilty to two counts.', phrase: 'He pleaded', source: 'pronoun' },
      { text: 'She pleaded not guilty to theft.', phrase: 'She pleaded', source: 'pronoun' },
      { text: 'She boasted that the team was unbeaten.', phrase: 'She boasted', source: 'pronoun' },
      { text: 'He claimed the fee was illegal.', phrase: 'He claimed', source: 'pronoun' },
    ],
    misses: [
      // An entitlement applied for, a fee earned, a retreat: no words passed on.
      'She claimed asylum in 2019.',
      'He claimed a refund for the tickets.',
      'She commanded huge fees as a speaker.',
      'They backed down after a week.',
    ],
  },
  'attribution/agentless-speech': {
    flags: [
      { text: 'The fee was announced on Monday.', phrase: 'was announced', source: 'agentless' },
      // A charge told with more after it leaves unsaid who brought it: the reader may ask.
      { text: 'She was charged with fraud after an audit.', phrase: 'was charged', source: 'agentless' },
      { text: 'Two men have been charged with theft, the court heard.', phrase: 'been charged', source: 'agentless' },
      // What a jury, a court or an inquest "heard" was told to it by someone the sentence does not name.
      { text: 'The jury heard that the defendant had lied.', phrase: 'The jury heard', source: 'agentless' },
      {
        text: 'The inquest heard that the driver had been drinking.',
        phrase: 'The inquest heard',
        source: 'agentless',
      },
      { text: 'Leeds Crown Court heard that the pair met online.', phrase: 'Court heard', source: 'agentless' },
      { text: 'The attack was planned for months, the court heard.', phrase: 'the court heard', source: 'agentless' },
    ],
    misses: [
      // A bare charge, and nothing more told, is the legal act itself (round 13).
      'She was charged with fraud.',
      'The man was charged with assault.',
      'Two teenagers were charged with criminal damage.',
      'The jury heard evidence over three weeks.',
      'The court heard from six witnesses on Tuesday.',
      'The tribunal will hear the case in March.',
      'Neighbours heard a loud bang shortly after midnight.',
    ],
  },
  'attribution/institution': {
    flags: [
      // Releasing a document puts it out; releasing people or animals frees them.
      { text: 'The agency released its annual report on Friday.', phrase: 'The agency released', source: 'named' },
      { text: 'The company boasted of its record year.', phrase: 'The company boasted', source: 'named' },
      // Words reported without their 'that': the noun phrase has a verb of its own.
      { text: 'The club boasted its side would win the league.', phrase: 'The club boasted', source: 'named' },
      { text: 'The firm boasted the plan saved millions.', phrase: 'The firm boasted', source: 'named' },
    ],
    // "Boasts" with a noun phrase straight after it means "has".
    misses: [
      'The company boasts a large fleet of ships.',
      'The hotel boasts a rooftop pool.',
      'The club boasts three former champions.',
      'The town boasts a pool built in 1990.',
      'The hotel boasts rooms overlooking the sea.',
      'The museum boasts over 2,000 paintings.',
      'The team boasts a striker who has scored 30 goals.',
      // A portion ('a copy', 'a set', 'pages') is released as a record only when it is of a document.
      'The studio released a copy of the film to cinemas.',
      'The label released a set of songs on vinyl.',
    ],
  },
  'attribution/unattributed-quotation': {
    flags: [
      {
        text: 'The letter was blunt. “We will not pay a penny more for this bridge.”',
        phrase: 'We will not pay',
        source: 'pronoun',
      },
    ],
    // A title in title case inside a plain sentence names a show, a club or a book; nobody says it.
    misses: [
      'The band played at the “Old Harbour Supper Club” on Friday.',
      'The film “Tales From the Dark Valley” opens in May.',
    ],
  },
};
