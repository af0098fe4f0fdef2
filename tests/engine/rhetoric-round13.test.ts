/**
 * Round 13, loaded wording: "reveal" before a clause of its own (senses/disclosure.ts), words for critics that
 * belittle them, hinted motives, a place sold by its position, "a major" maker or thinker; and the plain
 * senses that must stay quiet (rising water that threatens, an indecisive battle, the hack of a network,
 * nobles as a rank). Sentences are our own; each loaded sense is tested in lower case too, as the words reach
 * the engine from pages and tools that lower-case them.
 */
import { describe, expect, test } from 'vitest';
import { rhetoricOf } from '../../src/engine/detectors/rhetoric.ts';
import { on, type Row } from './rhetoric-rows.ts';

const PRESUPPOSING = 'rhetoric/certainty/presupposing-verbs';

describe('flags', () => {
  test.each<Row>([
    ['An audit revealed the council had overspent by millions.', 'revealed', PRESUPPOSING],
    ['leaked emails revealed he had lied about the meeting .', 'revealed', PRESUPPOSING],
    ['The documents revealed the minister knew about the payments.', 'revealed', PRESUPPOSING],
    ['news reports revealed the company pays almost no tax in europe .', 'revealed', PRESUPPOSING],
    ['The company revealed that it had lost money.', 'revealed that', PRESUPPOSING],
    ['Her detractors say the plan costs too much.', 'detractors', 'rhetoric/loaded-language/belittling-critics'],
    ['the mayor dismissed the naysayers .', 'naysayers', 'rhetoric/loaded-language/belittling-critics'],
    [
      'The board found it convenient to forget the promise.',
      'found it convenient to',
      'rhetoric/loaded-language/convenient-motive',
    ],
    ['the council saw fit to close the library .', 'saw fit to', 'rhetoric/loaded-language/convenient-motive'],
    [
      'The mall is strategically located near three main roads.',
      'strategically located',
      'rhetoric/loaded-language/place-puffery',
    ],
    ['the hotel is ideally situated for the beach .', 'ideally situated', 'rhetoric/loaded-language/place-puffery'],
    ['He was a major Welsh poet and critic.', 'major welsh poet', 'rhetoric/loaded-language/standing'],
    ['she is a major figure in dutch design .', 'major figure', 'rhetoric/loaded-language/standing'],
    ['The speech was devoid of detail.', 'devoid of', 'rhetoric/loaded-language/lacking-judgement'],
    ['the team looked bereft of ideas .', 'bereft of', 'rhetoric/loaded-language/lacking-judgement'],
    ['The inquiry was a whitewash.', 'whitewash', 'rhetoric/loaded-language/whitewash-noun'],
    ['ministers tried to whitewash the scandal .', 'whitewash', 'rhetoric/loaded-language/scheming-verbs'],
    ['She shot to stardom after the film.', 'shot to stardom', 'rhetoric/loaded-language/praise-verb'],
    // The loaded senses next to the plain ones below still flag.
    ["The party's surrender to the unions angered voters.", 'surrender', 'rhetoric/loaded-language/scheme'],
    ['The lying minister should resign, the editorial said.', 'lying', 'rhetoric/loaded-language/dishonesty'],
    ['The minister conceded on Tuesday that the figures were wrong.', 'conceded', PRESUPPOSING],
    ['The inquiry exposed failures to protect children.', 'exposed', PRESUPPOSING],
    ['The mayor called his rivals rats.', 'rats', 'rhetoric/name-calling/insult'],
    ['The board tried to whitewash the failures of the scheme.', 'whitewash', 'rhetoric/loaded-language/scheming-verbs'],
    ['The new law destroyed the free press.', 'destroyed', 'rhetoric/loaded-language/destruction-verbs'],
    ['She is a successful lawyer.', 'successful', 'rhetoric/loaded-language/reputation'],
    ['The host screamed at his guests.', 'screamed', 'rhetoric/loaded-language/fight-verbs'],
    ['He conceded that the plan had failed.', 'conceded', PRESUPPOSING],
    ['The crowd was very angry.', 'very angry', 'rhetoric/loaded-language/intensified'],
    ['Abortion is murder, the leaflet says.', 'murder', 'rhetoric/loaded-language/violence'],
    ['The mayor is a rat.', 'rat', 'rhetoric/name-calling/insult'],
    ['She gave him an icy stare.', 'icy', 'rhetoric/loaded-language/temperament'],
    ['He is a sophisticated thinker.', 'sophisticated', 'rhetoric/loaded-language/quiet-praise'],
    ['Voters will not forget Crooked Hillary.', 'crooked', 'rhetoric/name-calling/epithet'],
    ['The withdrawal was a disaster.', 'disaster', 'rhetoric/loaded-language/blunder'],
    ['It was an incendiary speech.', 'incendiary', 'rhetoric/loaded-language/hostility'],
    ['That is a sick joke.', 'sick', 'rhetoric/loaded-language/evil'],
    ["The report exposed the minister's errors.", 'exposed', PRESUPPOSING],
    ['The celebrated author died on Friday.', 'celebrated', 'rhetoric/loaded-language/puffery'],
    ['It was an offensive remark.', 'offensive', 'rhetoric/loaded-language/judgement'],
    ['The rebels threatened the city with ruin.', 'threatened', 'rhetoric/fear-appeal/danger'],
    ['An indecisive leader dithered for months.', 'indecisive', 'rhetoric/loaded-language/judgement'],
    ['He is a party hack.', 'hack', 'rhetoric/name-calling/insult'],
    ['It was a noble gesture.', 'noble', 'rhetoric/loaded-language/puffery'],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).not.toEqual([]);
  });
});

describe('does not flag with any rule', () => {
  test.each<[text: string, words: string]>([
    // Shown or announced, nothing presupposed.
    ['The carmaker revealed the new model at the show.', 'revealed'],
    ['the survey revealed a drop in sales .', 'revealed'],
    ['The singer revealed her new album on Tuesday.', 'revealed'],
    ['The minister revealed plans to build a new bridge.', 'revealed'],
    ['She revealed the secret to her success in an interview.', 'revealed'],
    // A plan announced is not yet a fact anyone could reveal.
    ['The company revealed it will cut 200 jobs.', 'revealed'],
    ['the minister revealed the budget will rise next year .', 'revealed'],
    // An indirect question, a passive and a participle describing a noun.
    ['He refused to reveal what he knows.', 'reveal'],
    ['The tapes will reveal whether he paid.', 'reveal'],
    ['The plan was revealed and approved on Monday.', 'revealed'],
    ['The newly revealed files included a letter from the mayor.', 'revealed'],
    ['She wore a revealing dress to the gala.', 'revealing'],
    // Near misses of the new groups.
    ['Her critics say the plan costs too much.', 'critics'],
    ['Residents found it easy to reach the new clinic.', 'found it'],
    ['Shoppers said the new opening hours were convenient.', 'convenient'],
    ['The mall is located near three main roads.', 'located'],
    ['The museum is situated on the old quay.', 'situated'],
    ['A major road into the city was closed.', 'major'],
    ['She is a major shareholder in the club.', 'major'],
    // Rising water is the flood itself.
    ['The flood water threatened homes along the river.', 'threatened'],
    ['rising seas threaten the low coast .', 'threaten'],
    ['Lava from the volcano threatened two villages.', 'threatened'],
    // An outcome that settled nothing.
    ['The battle was indecisive.', 'indecisive'],
    ['the election proved indecisive .', 'indecisive'],
    ['It was an indecisive engagement off the cape.', 'indecisive'],
    // The break-in, not a person.
    ['The hack was blamed on a foreign government.', 'hack'],
    ['He denied any part in the hack of the party servers.', 'hack'],
    ['The bank blamed a data hack for the outage.', 'hack'],
    // Land and air that lack something physical; a campaign of an army; a named army.
    ['The moon is devoid of air.', 'devoid'],
    ['The valley was devoid of trees after the fire.', 'devoid'],
    ['The rebel offensive stalled near the city.', 'offensive'],
    ['the army offensive began at dawn .', 'offensive'],
    ['The army of the north crossed the river.', 'army of'],
    // War told plainly: an army gives in to its enemy, forces destroy each other's units.
    ['The army surrendered to the allies in 1943.', 'surrender'],
    // Land that lies low, and lime on walls, from the round's reader's audit.
    ['Low-lying roads near the estuary were closed by the floods.', 'lying'],
    ['homes in low-lying areas were evacuated overnight .', 'lying'],
    ['Volunteers whitewashed the chapel walls before the fete.', 'whitewashed'],
    ['Workers exposed to asbestos fell ill years later.', 'exposed'],
    ['In one study in rats, the drug halved tumour growth.', 'rats'],
    ['The garrison surrendered after a long siege.', 'surrender'],
    ['The judge saw fit to grant bail.', 'saw fit'],
    ['the garrison agreed to surrender its weapons .', 'surrender'],
    ['The squadron destroyed an enemy squadron off the cape.', 'destroyed'],
    ['The drone destroyed two tanks near the river.', 'destroyed'],
    // A run of events, not a crowd pictured as water.
    ['The town has seen a wave of violence since May.', 'wave of'],
    ['A wave of arrests followed the protest.', 'wave of'],
    // A claim or an attempt that succeeds is an outcome, not a reputation.
    ['If the claim is successful, the lawyer takes a share.', 'successful'],
    ['the firm is paid only when an applicant is successful .', 'successful'],
    ['If successful, the bid would create 300 jobs.', 'successful'],
    // A race given up, a risk one is open to, a feast kept.
    ['The mayor has refused to concede.', 'concede'],
    ['nurses were exposed to the virus on the ward .', 'exposed'],
    ['The town celebrated Bastille Day with a parade.', 'celebrated'],
    ['Pilgrims come to the Mass that is celebrated each morning.', 'celebrated'],
    ['Imagine a father with a sick son in hospital.', 'sick'],
    // Order and scope measure a thing; the emphasis grades no one.
    ['It was the very first time the club had won.', 'very first'],
    ['The market for flats is highly competitive.', 'highly competitive'],
    // The law's and the statistics' names for a crime.
    ["The country's murder rate fell last year.", 'murder'],
    ['He faces a rape trial in May.', 'rape'],
    ['Victims in cases of rape may apply for legal aid.', 'rape'],
    // Animals, police terms, emergency agencies and weapons by their plain names.
    ['The disease is carried by infected rats and their fleas.', 'rats'],
    ['The council stepped up rat control in the docks.', 'rat'],
    ['The minister vowed to end gang violence in the city.', 'gang'],
    ['The office for disaster management issued a flood warning.', 'disaster'],
    ['Troops fired incendiary rounds at the depot.', 'incendiary'],
    ['The criminal gang spread across the city.', 'gang'],
    ['Police broke up a drug gang in the port.', 'gang'],
    ['The icy comet passed close to the sun.', 'icy'],
    ['Iran sent sophisticated rockets to the militia.', 'sophisticated'],
    // A cry of pain or for help.
    ['The rider was screaming in agony on the track.', 'screaming'],
    ['neighbours heard her scream for help .', 'scream'],
    // The builder's lime.
    ['The cottage has whitewashed walls.', 'whitewash'],
    ['They live in a whitewashed cottage by the harbour.', 'whitewash'],
    ['They gave the fence a coat of whitewash.', 'whitewash'],
    // Nobility as a rank, and chemistry.
    ['Some nobles fled to the coast.', 'nobles'],
    ['She was born into a noble family.', 'noble'],
    ['Argon is a noble gas.', 'noble'],
  ])('%s', (text, words) => {
    expect(rhetoricOf(text).filter((f) => f.text.toLowerCase().includes(words.toLowerCase()))).toEqual([]);
  });
});
