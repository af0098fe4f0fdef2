/**
 * Political idioms: stock images that judge while they describe ("doubled down", "political theater",
 * "thrown under the bus"). Written by the project from general knowledge of English political writing.
 */
import type { LexiconGroup } from './types.ts';

/** Stock images of political writing. */
export const IDIOMS: readonly LexiconGroup[] = [
  {
    id: 'political-idiom',
    technique: 'figurative',
    explanation:
      'A stock image that carries a verdict ("doubled down", "political theater", "under the bus"). It sounds like description, but it tells you how to judge what happened.',
    question: 'What happened, in plain words? Does the image fit the facts?',
    examples: {
      flags: ['The senator [doubled down] on his claims.', 'He [could not have cared less] about the rankings.'],
      ignores: ['The acrobats performed in the circus tent.'],
    },
    confidence: 0.6,
    terms: [
      'double down', 'rallying cry', 'doubled down', 'doubling down', 'in lockstep', 'political theater', 'political theatre',
      'show trial', 'kangaroo court', 'whip up', 'whipped up', 'whipping up', 'stir up', 'stirred up',
      'under the bus', 'circle the wagons', 'dog whistle', 'dog-whistle', 'red meat', 'kick the can',
      'cherry-pick', 'cherry-picked', 'cherry-picking', 'muddy the waters', 'rubber stamp', 'rubber-stamp',
      'sacred cow', 'scapegoat', 'paper tiger', 'banana republic', 'gravy train', 'nanny state', 'snake oil',
      'blood on {det}? hands', 'skeletons in', 'feeding frenzy', 'marching orders', 'knee-jerk', 'hand in glove',
      'dog and pony show', 'circus', 'charm offensive', 'jump the shark', 'moral high ground', 'high horse',
      'ivory tower', 'bully pulpit', 'pound of flesh', 'bite the hand', 'crocodile', 'tail wagging the dog',
      'lipstick on a pig', 'drink the kool-aid', 'drank the kool-aid', 'kool-aid', 'useful idiot',
      'could not have cared less', "couldn't have cared less", 'could not care less', "couldn't care less",
      'could care less', 'pulling out all the stops', 'pull out all the stops', 'on full display', 'pour cold water', 'poured cold water',
      'take a page from', 'playing with fire', 'play with fire', 'open season', 'sold down the river', 'sell down the river',
      'stabbed in the back', 'throw the book', 'low-hanging fruit', 'the emperor has no clothes', 'emperor\'s new clothes',
      'behind closed doors', 'smoke-filled room', 'back room', 'backroom deal', 'sweetheart deal', 'hatchet man',
      'eleventh hour', 'eleventh-hour', 'bait and switch', 'bait-and-switch', 'pie in the sky',
      'pie-in-the-sky', 'blank check', 'blank cheque', 'for the birds', 'the last straw', 'the final straw',
      'gloves are off', 'gloves came off', 'no holds barred', 'all bets are off', 'tip of the spear', 'in bed with',
      'lap dog', 'lapdog', 'attack dog', 'rabid dog', 'mouthpiece for', '800-pound gorilla', 'heavy lifting',
      'far cry', 'cross hairs', 'tug of war', 'tug-of-war', 'in name only', 'light of day', 'on a tear',
      'went to war', 'go to war with', 'shatter {det}? hopes|dreams', 'shattered {det}? hopes|dreams',
      'shattering {det}? hopes|dreams', 'war of attrition', 'make|made|making a mockery of', 'knives out', 'sharpen {det} knives', 'turf war',
    ],
    neutralIn: ['sport'],
    except: ['circus performer', 'circus act', 'circus tent', 'behind closed doors meeting'],
  },
  {
    id: 'colloquial-idiom',
    technique: 'figurative',
    explanation:
      'An everyday idiom that passes a verdict in passing ("turned a blind eye", "dragged its feet", "sour grapes"). The picture does the judging, so the plain fact behind it is easy to miss.',
    question: 'What exactly happened, in plain words? Would the plain words support the same verdict?',
    examples: {
      flags: ['The board [turned a blind eye] to the losses.', 'The agency [dragged its feet] on the permits.'],
      ignores: ['The surgeon operated on the patient\'s blind eye.', 'He dragged the sled across the ice.'],
    },
    confidence: 0.5,
    terms: [
      'turn a blind eye', 'turned a blind eye', 'turning a blind eye',
      // Feet dragged "on" or "over" a task; a patient who drags the feet when walking is a symptom.
      'drag {any} feet on|over', 'swept under the rug|carpet',
      'sweep|swept|sweeping {any} {any}? under the rug|carpet', 'head in the sand', 'pass the buck', 'passing the buck',
      'bite the bullet', 'drop in the bucket', 'asleep at the switch', 'cry|cried|crying wolf',
      'shoot|shot|shooting itself|themselves|himself|herself|ourselves|yourself in the foot', 'left in the lurch',
      'beat|beating|flog|flogging a dead horse', 'up in arms', "at each other's throats", 'jump on the bandwagon',
      'jumped on the bandwagon', 'fly|flew off the handle', 'sour grapes',
      'move|moved|moving the goalposts', 'rearranging the deckchairs|deck chairs', 'fox guarding the henhouse',
      'wag the dog', 'a bridge too far',
    ],
    neutralIn: ['sport', 'crime', 'medicine'],
  },
];
