/**
 * Verdicts in the writer's voice: adjectives that condemn an idea or a person ("dogmatic", "ill-advised",
 * "risible"), praise of pluck and mastery ("plucky", "intrepid", "consummate"), the ironic "much-vaunted", and
 * verbs that turn ordinary work into a tale of hardship ("toiled"). Each one decides for the reader what to
 * think before the facts do. Written by the project in its own words from general knowledge of newsroom and
 * encyclopaedia style guidance (describe; do not judge).
 */
import type { LexiconGroup } from './types.ts';

/** Animals and plants: "a timid deer" or "a tenacious weed" is the creature's nature, no verdict on anyone. */
const WILD =
  'deer|bird|birds|animal|animals|creature|creatures|fox|foxes|cat|cats|dog|dogs|horse|horses|mouse|mice|rabbit|' +
  'rabbits|fish|hare|hares|owl|owls|weed|weeds|plant|plants|vine|vines|roots|moss|ivy|grass|shrub|shrubs|species|' +
  'bacteria|fungus|mould|mold|stain|stains|infection|pest|pests|insect|insects';

/** Condemnation, praise and hardship told in the writer's own voice. */
export const VERDICTS: readonly LexiconGroup[] = [
  {
    id: 'verdict',
    technique: 'loaded-language',
    explanation:
      'A word that hands down a verdict on an idea, a plan or a person ("dogmatic", "ill-advised", "risible", "moribund"). It is the writer\'s opinion dressed as description: a reader who disagrees would pick a different word.',
    question: 'Who judges it so, and what facts would let you judge it yourself?',
    confidence: 0.45,
    examples: {
      flags: ['The council pressed ahead with an [ill-advised] plan to sell the park.', 'Her [dogmatic] approach split the board.'],
      ignores: ['The council pressed ahead with a plan to sell the park.', 'Her approach split the board.'],
    },
    pos: ['ADJ'],
    grow: 'noun-phrase',
    deriveAdverbs: false,
    terms: [
      'dogmatic', 'wrong-headed', 'wrongheaded', 'ill-advised', 'tendentious', 'preachy', 'pretentious', 'risible',
      'lamentable', 'sclerotic', 'moribund', 'uncivilised', 'uncivilized', 'overwrought', 'acerbic', 'scandal-hit', 'timid',
    ],
    // A "moribund" patient or animal is near death: the clinic's word, no verdict. A shy animal is "timid" by nature.
    except: [
      'moribund patient|patients|animal|animals|bird|birds|whale|whales|seal|seals|tree|trees|fish',
      'patient|patients|animal|animals|bird|birds|whale|whales|seal|seals|fish {be} moribund',
      `timid {adj}? ${WILD}`,
    ],
  },
  {
    id: 'pluck-praise',
    technique: 'loaded-language',
    explanation:
      'Praise of someone\'s courage or mastery in the writer\'s voice ("a plucky side", "an intrepid explorer", "a consummate professional"). It cheers for one side; the facts of what they did would let you decide.',
    question: 'What did they do that shows it, and would a rival describe them the same way?',
    confidence: 0.25,
    examples: {
      flags: ['The [plucky] village team reached the final.', 'He was a [consummate politician] to the end.'],
      ignores: ['The village team reached the final.', 'She worked on set for ten years.'],
    },
    pos: ['ADJ'],
    grow: 'noun-phrase',
    deriveAdverbs: false,
    terms: [
      'plucky', 'doughty', 'intrepid', 'redoubtable', 'consummate', 'tenacious', 'indomitable',
      // "Sterling" praises a piece of work; the currency and the silver are plain ("pound sterling").
      'sterling work|effort|efforts|performance|service|job|contribution|record|display',
    ],
    // The currency's own record or performance against the euro is market news; a weed or a stain is stubborn by nature.
    except: [
      'pound|pounds sterling',
      'sterling performance|record against|versus|vs|relative',
      'sterling record|performance low|lows|high|highs',
      'dollar|dollars|euro|euros|yen|currency|currencies|exchange|forex|markets|against sterling',
      `tenacious {adj}? ${WILD}`,
    ],
  },
  {
    id: 'ironic-praise',
    technique: 'loaded-language',
    explanation:
      'Praise said with a raised eyebrow ("the much-vaunted reform") or a tone the writer names for the speaker ("a tongue-in-cheek reply"). The word tells you how to take something before you have seen it.',
    question: 'Praised by whom? What happened, without the writer\'s wink?',
    confidence: 0.3,
    examples: {
      flags: ['The [much-vaunted] reform has not cut waiting lists.', 'He sent a [tongue-in-cheek] reply to the letter.'],
      ignores: ['The reform has not cut waiting lists.', 'He sent a reply to the letter.'],
    },
    grow: 'none',
    terms: ['much-vaunted', 'tongue-in-cheek'],
  },
  {
    id: 'hardship-verb',
    technique: 'loaded-language',
    explanation:
      'A verb that turns ordinary work into a tale of hardship ("toiled for years", "slaved away"). "Worked" says what happened; "toiled" asks you to admire or pity the worker.',
    question: 'What work was done, and for how long, in plain words?',
    confidence: 0.3,
    examples: {
      flags: ['She [toiled] for a decade to restore the mill.', 'Volunteers [slaved away] in the kitchen all night.'],
      ignores: ['She worked for a decade to restore the mill.', 'The plot was worked by hand.'],
    },
    pos: ['VERB'],
    grow: 'none',
    deriveAdverbs: false,
    terms: ['toil', 'toiled', 'toiling', 'toils', 'slave away', 'slaved away', 'slaving away', 'slaves away'],
  },
  {
    id: 'manner-verdict',
    technique: 'loaded-language',
    explanation:
      'An adverb that grades how well or how badly someone acted ("deftly", "expertly", "clumsily", "unwisely"). The act is a fact; the grade is the writer\'s opinion of it.',
    question: 'What did they do, plainly? Would someone on the other side grade it the same way?',
    confidence: 0.3,
    examples: {
      flags: ['The mayor [deftly] avoided the question.', 'The agency [clumsily] handled the recall.'],
      ignores: ['The mayor avoided the question.', 'The agency handled the recall.'],
    },
    pos: ['ADV'],
    grow: 'none',
    terms: [
      'deftly', 'cleverly', 'adroitly', 'skilfully', 'skillfully', 'expertly', 'effortlessly', 'gallantly', 'doggedly',
      'tenaciously', 'aptly', 'fittingly', 'unwisely', 'tactlessly', 'clumsily', 'ham-fistedly', 'gleefully',
      'hopelessly', 'comically',
    ],
    // A body that falls or lands badly, walkers lost in fog and a couple in love are described, not graded.
    except: [
      'fell|fall|falls|falling|landed|land|lands|landing|tripped|stumbled clumsily',
      'clumsily fell|fall|falls|falling|landed|land|lands|landing|tripped|stumbled',
      'hopelessly lost', 'hopelessly in love',
    ],
  },
  {
    id: 'shock-adverb',
    technique: 'loaded-language',
    explanation:
      'An adverb of shock or outrage in front of a description ("shockingly low", "appallingly bad", "an outrageously expensive plan"). "Low" is a fact; "shockingly" tells you how to feel about it.',
    question: 'How low, how bad or how expensive, in numbers? Would everyone be shocked?',
    confidence: 0.4,
    examples: {
      flags: ['Turnout was [shockingly] low.', 'The food at the camp was [appallingly] bad.'],
      ignores: ['Turnout was low.', 'The food at the camp was bad.'],
    },
    pos: ['ADV'],
    grow: 'none',
    terms: ['shockingly', 'appallingly', 'outrageously'],
  },
  {
    id: 'lost-land',
    technique: 'loaded-language',
    explanation:
      'Calling land a country wants "lost territories" to be "regained" takes its side: the words say the land was rightfully its own. "Territory it held until 1920" states the history without the claim.',
    question: 'Whose land was it, when, and who says it was lost rather than ceded or never held?',
    confidence: 0.3,
    examples: {
      flags: ['The party promised to [regain the lost territories] in the east.'],
      ignores: ['The party promised talks about the territories in the east.', 'The team regained the lead.'],
    },
    grow: 'none',
    // Only lands a state lost: "lost territory" regained in an election or a market, or provinces "recovered" from an
    // old map, are a campaign's or a scholar's plain words; "recover" takes the state's own lands ("its", "their").
    terms: [
      'regain|reclaim|retake {det}? lost territories|lands|provinces',
      'recover its|their|our lost territories|lands|provinces',
    ],
    except: [
      'regain|reclaim|retake|recover {det}? lost territories|lands|provinces in|on|among {det}? {adj}? {adj}? market|markets|polls|seats|vote|election|elections',
    ],
  },
  {
    id: 'dismissive-noun',
    technique: 'loaded-language',
    explanation:
      'A noun that dismisses what it names ("a gimmick", "alarmism", "hubris", "red tape", "double standards"). The writer has already decided it is empty, foolish or unfair; a plain noun ("a promotion", "warnings", "rules") would let you judge.',
    question: 'What is the thing, plainly, and who thinks it deserves this name?',
    confidence: 0.35,
    examples: {
      flags: ['The free bus passes were a [gimmick] before the vote.', 'Farmers say [red tape] keeps them indoors.'],
      ignores: ['The free bus passes were announced before the vote.', 'Farmers say the new rules keep them indoors.'],
    },
    // No part-of-speech check: the two-word names start with an adjective that wink does not tag as a noun.
    grow: 'none',
    // A roll of red tape or red tape beside ribbon is the stationery itself.
    // So is tape tied round a parcel and the ribbon a mayor cuts to open a building; an accusation denied is not made.
    except: [
      'roll|rolls|strip|strips|piece|pieces|length|reel of red tape', 'red tape and|or ribbon|ribbons|string|twine',
      'tie|tied|ties|tying|wrap|wrapped|wraps|wrapping|seal|sealed|seals|bind|bundle|bundled {det} {any} with red tape',
      'cut|cuts|cutting the red tape at|during|to {det}? {adj}? {adj}? opening|ceremony|launch|unveiling|open|mark',
      'deny|denied|denies|denying {any}? {any}? double standard|standards',
      'reject|rejected|rejects|rejecting claim|claims|accusation|accusations|charge|charges of double standard|standards',
    ],
    terms: ['gimmick', 'gimmicks', 'alarmism', 'hubris', 'comeuppance', 'red tape', 'double standard', 'double standards'],
  },
  {
    id: 'windfall-praise',
    technique: 'loaded-language',
    explanation:
      'A noun that cheers an outcome ("a masterstroke", "a godsend", "a bonanza for exporters"). It tells you the result was brilliant or lucky before you have weighed who gains and who pays.',
    question: 'Good for whom, by how much, and who pays?',
    confidence: 0.3,
    examples: {
      flags: ['The tax cut was a [masterstroke], his aides said.', 'The new ferry has been a [godsend] for the island.'],
      ignores: ['The tax cut was passed, his aides said.', 'The new ferry runs twice a day to the island.'],
    },
    pos: ['NOUN'],
    grow: 'none',
    terms: ['masterstroke', 'master stroke', 'godsend', 'bonanza'],
  },
];
