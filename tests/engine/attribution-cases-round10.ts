/**
 * Attribution rows from round 10: a plural described by a participle ("Tenants evicted from the tower said"), a
 * speaker after a verb that changed places with it, quoted or not ("Back to the drawing board, laughed the
 * architect"), "called" as a telephone call or a summons rather than a verdict, offices and bodies that speak, and
 * hedges inside what a checkable source reported. All written for this project.
 */
import type { FlagCase } from './attribution-cases.ts';

/** Per rule: what it must flag, and near misses where it must stay silent. */
export const ROUND10_CASES: Record<string, { flags: FlagCase[]; misses: string[] }> = {
  'attribution/vague-group': {
    flags: [
      // People picked out by where they live or what they do: a crowd nobody named, like "residents near the mill".
      { text: 'Households living beside the canal said the towpath flooded twice.', phrase: 'Households living beside the canal said', source: 'vague' },
      { text: 'Tenants evicted from the tower said they had nowhere to go.', phrase: 'Tenants evicted from the tower said', source: 'vague' },
      { text: 'Growers based in Leeds said the harvest was late.', phrase: 'Growers based in Leeds said', source: 'vague' },
      { text: 'Residents opposing the quarry said the dust was worse.', phrase: 'Residents opposing the quarry said', source: 'vague' },
      { text: 'Fishermen working nearby said the boat sank quickly.', phrase: 'Fishermen working nearby said', source: 'vague' },
      { text: 'Parents whose sons attend the academy said the fees rose.', phrase: 'Parents whose sons attend the academy said', source: 'vague' },
      { text: 'Critics called the bypass reckless.', phrase: 'Critics called', source: 'vague' },
      // Talking of something, speaking out, or citing a worry rather than a record still passes words on.
      { text: 'Villagers speak of a curse on the mill.', phrase: 'Villagers speak', source: 'vague' },
      { text: 'Residents spoke out against the quarry.', phrase: 'Residents spoke', source: 'vague' },
      { text: 'Officials spoke Monday about the plan.', phrase: 'Officials spoke', source: 'vague' },
      { text: 'Critics cited concerns about the cost.', phrase: 'Critics cited', source: 'vague' },
      { text: 'The chef is considered by many to be the best in the city.', phrase: 'considered by many', source: 'vague' },
    ],
    misses: [
      // Speaking a language, or not talking at all, passes on nobody's words.
      'In the valley, people used to speak a dialect of their own.',
      'Villagers do not speak with outsiders.',
      'Most households speak Welsh at home.',
      'Neighbours never talked to the family again.',
      'Most pupils speak fluent Welsh.',
      'The defence cited hotel records as proof that he was abroad.',
      'The crowd laughed when the mascot fell over.',
      'Fans screamed as the ball hit the post.',
      'Shoppers called the coastguard when the dinghy capsized.',
      'Walkers called the mountain rescue team after the fall.',
      'Firefighters called to the blaze spent six hours bringing it under control.',
      // A tally grows: "adding to her points lead" tells nothing.
      'Rivals are adding to their points tally.',
      'He flew north to tell voters how hard the winter had been.',
    ],
  },
  'attribution/definite-reference': {
    flags: [
      // Words said, quoted or not, then the verb and its speaker: the speaker is whoever follows.
      { text: 'Rain stops play again, grumbled the groundsman.', phrase: 'grumbled the groundsman', source: 'pronoun' },
      { text: 'Back to the drawing board, laughed the architect.', phrase: 'laughed the architect', source: 'pronoun' },
      { text: '"Not this week," sighed the bowler.', phrase: 'sighed the bowler', source: 'pronoun' },
      { text: 'The mayor called the survey misleading.', phrase: 'The mayor called', source: 'pronoun' },
      // Offices and callings of people news quotes: "the chancellor", "the trustee", "the coach".
      { text: 'The new chancellor rejected the amendment.', phrase: 'The new chancellor rejected', source: 'pronoun' },
      { text: 'The trustee, who conceded that queues were long, left early.', phrase: 'The trustee', source: 'pronoun' },
    ],
    misses: ['The keeper called his brother on Sunday.'],
  },
  'attribution/unnamed-person': {
    flags: [{ text: 'Enough is enough, shouted a neighbour.', phrase: 'shouted a neighbour', source: 'anonymous' }],
    misses: [],
  },
  'attribution/named-source': {
    flags: [
      { text: 'Governor Ames called Lind, her rival, a "fraud".', phrase: 'Governor Ames called', source: 'named' },
      { text: 'Okafor called the fare rise and the parking charge an insult to drivers.', phrase: 'Okafor called', source: 'named' },
      { text: 'Okafor called for calm after the vote.', phrase: 'Okafor called', source: 'named' },
      { text: 'Okafor added to the report that costs rose.', phrase: 'Okafor added', source: 'named' },
      { text: 'Okafor went on to argue that the levy was fair.', phrase: 'Okafor went on to argue', source: 'named' },
      // A surname that is also a plural word names one person when a pronoun for one person follows.
      { text: 'Banks said she would appeal the ruling.', phrase: 'Banks said', source: 'named' },
      // A particle the verb reports with, after a form wink reads as a noun.
      { text: 'Okafor points out that the tunnel is older than the bridge.', phrase: 'Okafor points', source: 'named' },
      // An order still reports what was ordered.
      { text: 'Judge Okafor directed the jury to clear the defendant.', phrase: 'Judge Okafor directed', source: 'named' },
    ],
    misses: [
      // The words said are no speaker; nor is a place after a participle.
      'Rain stops play again, grumbled the groundsman.',
      'Analysts based in Leeds said the pound would fall.',
      'Pupils living near Dunmore said the bus was always late.',
      'Governor Ames called Lind on Monday to apologise.',
      'Okafor called both ministers Tuesday night and was told to wait.',
      'They met to discuss ways to counter Moscow.',
      'Villages said they would share the cost.',
      'Okafor is adding to her points lead.',
      'Okafor added to his World Cup goals.',
      // The one accused of something is no speaker.
      'Cuba freed Tomas Brandt, an engineer accused of spying.',
      // A film's credits, and traffic sent elsewhere, report nothing.
      'The film was directed by Lena Park and stars Tom Hale as a retired sailor.',
      'Drivers were directed by Dunmore police along the coast road.',
    ],
  },
  'attribution/pronoun': {
    flags: [{ text: 'She called it a disgrace.', phrase: 'She called', source: 'pronoun' }],
    misses: ['She called an ambulance when her father collapsed.', 'She cried as the coffin passed.'],
  },
  'attribution/institution': {
    flags: [
      // Bodies that decide or trade together speak as one.
      { text: 'The broadcaster recommends a smaller rise in licence fees.', phrase: 'The broadcaster recommends', source: 'named' },
      { text: 'The insurer said claims had doubled since the floods.', phrase: 'The insurer said', source: 'named' },
    ],
    misses: [
      'The council called a public meeting for next week.',
      'The union called a strike for Friday.',
      'The church hall will host the flower show on Saturday.',
    ],
  },
  'attribution/agentless-appearance': {
    flags: [
      { text: 'The bridge appears to be sound after the storm.', phrase: 'appears to', source: 'agentless' },
      // After "but" the writer speaks again.
      { text: 'Okafor said the ferry was late, but the timetable appears to be wrong.', phrase: 'appears to', source: 'agentless' },
    ],
    // A hedge inside what a checkable source reported is that source's own.
    misses: ['Okafor said the bridge appears to be sound.', 'The player said he appears to have torn a ligament.'],
  },
  'attribution/agentless-noun': {
    flags: [
      { text: 'The storm, also nicknamed the Beast, closed the pass.', phrase: 'also nicknamed', source: 'agentless' },
      { text: "The senator, known as Westmoor's fiercest critic, voted against it.", phrase: 'known as', source: 'agentless' },
    ],
    // A name is no view.
    misses: [
      'This farming method is known as crop rotation.',
      'The bridge, known as the Iron Span, opened in 1902.',
      'The town holds the races known as the Autumn Dash.',
      'The storm, also called Ciaran, brought down trees across the county.',
    ],
  },
  'attribution/agentless-phrase': {
    flags: [
      { text: 'The mayor is widely known to be corrupt.', phrase: 'is widely known to', source: 'agentless' },
      { text: 'The minister is known to have lied.', phrase: 'is known to', source: 'agentless' },
      { text: 'The stew is considered the best in the city.', phrase: 'is considered', source: 'agentless' },
      // A reputation nobody is said to hold still rests on nobody in particular.
      { text: 'The senator is known for his temper.', phrase: 'is known for', source: 'agentless' },
      { text: 'The judge is widely known as a hardliner.', phrase: 'is widely known', source: 'agentless' },
      { text: 'The old law is widely considered unfair.', phrase: 'is widely considered', source: 'agentless' },
      // A capital that owns what follows describes; "widely" counts holders even where a rule is named.
      { text: "The premier is widely known as Europe's most cautious leader.", phrase: 'is widely known', source: 'agentless' },
      { text: 'Under the new rules, the plan is widely regarded as a failure.', phrase: 'is widely regarded as', source: 'agentless' },
    ],
    // A name, or a status a stated rule gives.
    misses: [
      'The town is also known as Little Venice.',
      'Under the old law a thief was considered guilty until the fine was paid.',
      'Under the new rules, electric scooters are treated as motor vehicles.',
      'By law, a ship is deemed British once it is registered in Cardiff.',
    ],
  },
  'attribution/agentless-speech': {
    flags: [{ text: 'The ferry was announced as cancelled at noon.', phrase: 'was announced', source: 'agentless' }],
    misses: ['Lind said she was asked to resign.'],
  },
};
