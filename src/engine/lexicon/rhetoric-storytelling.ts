/**
 * Storytelling and deference: wording that turns a plain record into a tale of triumph, conquest or
 * reverence. "Christened" for named, "raked in" for earned, "His Holiness" in the writer's own voice, "a
 * prominent lawyer" for a lawyer. Each word is small; together they tell the reader how to feel about
 * someone before the facts do. Written by the project in its own words.
 */
import type { LexiconGroup } from './types.ts';

/** Verbs that dramatise, and titles and ranks that defer. */
export const STORYTELLING: readonly LexiconGroup[] = [
  {
    id: 'dramatised-verb',
    technique: 'loaded-language',
    explanation:
      'A colourful verb for an ordinary event ("christened" for named, "raked in" for earned, "poached" for hired). It makes the record read like a story with heroes or villains.',
    question: 'What happened, in the plainest verb, and does the story still hold?',
    confidence: 0.3,
    examples: {
      flags: [
        'The explorer [christened] the bay after his ship.',
        'The film [raked in] millions in its first week.',
        'Rivals [poached] two of its engineers.',
        'The strict rules were [meted out] by the board.',
        'Fishing villages [flourished] along the bay.',
      ],
      ignores: [
        'She ordered poached eggs.',
        'The film earned millions in its first week.',
        'The baby was christened in the village church.',
        'He signed the letter with a flourish.',
        'The explorer named the bay after his ship.',
      ],
    },
    pos: ['VERB', 'ADJ'],
    grow: 'none',
    deriveAdverbs: false,
    terms: [
      'christen', 'christened', 'spawn', 'spawned', 'rake in', 'raked in', 'rakes in', 'raking in', 'poach',
      'poached', 'mete out', 'meted out', 'metes out', 'ransack', 'ransacked', 'usher in', 'ushered in',
      'flourish', 'flourished', 'blossom', 'blossomed', 'catapult', 'catapulted', 'demote', 'demoted', 'sacked',
    ],
    except: [
      'poached egg|eggs|salmon|fish|chicken|pear|pears',
      'poached {det}? elephant|elephants|rhino|rhinos|ivory|deer|animals|wildlife',
      'christened in|at {det}? {any}? church|chapel|cathedral|parish',
      'christened {det}? baby|child|infant|son|daughter|ship|vessel', 'with a flourish',
    ],
  },
  {
    id: 'dramatic-noun',
    technique: 'loaded-language',
    explanation:
      'A noun that turns an event into drama ("a tragedy occurred", "the ordeal", "the saga"). It tells you how to feel about what happened before telling you what happened.',
    question: 'What happened, plainly, and who calls it a tragedy or an ordeal?',
    confidence: 0.3,
    examples: {
      flags: ['On that night [a tragedy] occurred on the ice.', 'He described [the ordeal] in a book.'],
      ignores: ['He described the process in a book.', 'The Greek play is a tragedy in five acts.'],
    },
    pos: ['NOUN'],
    terms: ['tragedy', 'tragedies', 'ordeal', 'ordeals', 'saga', 'infamy', 'heartbreak'],
    // A tragedy on the stage is a kind of play.
    except: ['{det}? tragedy in|by', 'greek|classical|shakespearean|revenge tragedy', 'saga of {det}? {noun}? family'],
  },
  {
    id: 'dramatised-dispute',
    technique: 'loaded-language',
    explanation:
      'A word that turns a disagreement into a brawl or a scene ("a slanging match", "an uproar", "a showdown"). Like the fight verbs, it sells the drama before you know what was said.',
    question: 'Who disagreed about what, and what did each side actually say?',
    confidence: 0.4,
    examples: {
      flags: ['The [slanging match] between the two ministers went on all week.', 'The fee caused an [uproar] in the town.'],
      ignores: [
        'The two ministers disagreed about the fee.',
        // Words cut after they misfired on these: "spat" (to spit), "free-for-all", "punch-up", "squabble".
        'The llama spat at a visitor at the petting zoo.',
        'The ski resort hosts a free-for-all race for children each January.',
        'Police broke up a punch-up outside the pub on Saturday.',
        'Children squabble over toys in the nursery.',
        'The orchestra played to an uproar of applause.',
        'Rovers suffered a 5-0 drubbing in their last away game.',
        'The coach gave his players a dressing-down at half-time.',
      ],
    },
    terms: [
      'uproar', 'furore', 'furor', 'kerfuffle', 'slanging match', 'shouting match', 'showdown', 'smackdown',
      'catfight', 'bunfight', 'slugfest',
      'storm of protest|criticism|outrage',
    ],
    // A showdown on the pitch is the match itself; an uproar of applause is only loud. A "drubbing" or a
    // "dressing-down" is how sport and everyday reports name a heavy defeat or a telling-off: left out.
    neutralIn: ['sport'],
    except: ['uproar of applause|laughter|cheers|cheering'],
  },
  {
    id: 'grand-generic',
    technique: 'loaded-language',
    explanation:
      'A grand old word for all people ("mankind"). It raises the stakes to the whole species and, by its form, leaves women out; "people" or "humanity" says the same plainly.',
    question: 'Who exactly is affected, and would a plainer word change how big this sounds?',
    confidence: 0.2,
    examples: {
      flags: ['Machines may pose a threat to [mankind].'],
      ignores: ['Machines may pose a threat to people.', 'Humanity has faced plagues before.'],
    },
    grow: 'none',
    terms: ['mankind'],
  },
  {
    id: 'deference',
    technique: 'loaded-language',
    explanation:
      'A title of reverence in the writer\'s own voice ("His Holiness", "Her Majesty", "the Dear Leader"). It is how followers address someone; a neutral report gives their name and office.',
    question: 'Who uses this title, and would a reporter outside that circle use it?',
    confidence: 0.3,
    capitalised: true,
    examples: {
      flags: ['Pilgrims waited hours to see [His Holiness] the Dalai Lama.', 'The temple was opened by [his holiness] the swami.'],
      ignores: ['He met the Dalai Lama in 1996.', "Her Majesty's Revenue and Customs sent a letter."],
    },
    grow: 'none',
    terms: [
      'his holiness', 'her holiness', 'his eminence', 'his excellency', 'her excellency', 'his majesty',
      'her majesty', 'his royal highness', 'her royal highness', 'his beatitude', 'dear leader', 'great leader',
      'beloved leader',
    ],
    except: ["his|her majesty 's", "his|her majesty's"],
  },
  {
    id: 'standing',
    technique: 'loaded-language',
    explanation:
      'A word that ranks someone as important ("a prominent lawyer", "a powerful family", "a leading scholar"). The ranking is the writer\'s: the facts behind it are what a reader can weigh.',
    question: 'Important or prominent by what measure, and who says so?',
    confidence: 0.2,
    examples: {
      flags: [
        'She hired [a prominent law firm].',
        'She is [a notable architect] from Hull.',
        'He joined [the prominent Leeds law firm] in 1990.',
        'The series is [an early and important] work on sport.',
        'He was [an important explorer] of the coast.',
        'The yard builds [luxury] yachts.',
        'She runs an [up and coming] bakery.',
        'He was [a major Welsh poet] and critic.',
        'He was a senator and [a statesman].',
        '"River Lights" was a [hit song] for the Harbour Band.',
      ],
      ignores: [
        'She hired a law firm.',
        'It is important to register before May.',
        'He played a leading role in the talks.',
        'A powerful earthquake struck the coast.',
        'Powerful men were accused.',
        'The storm hit the show grounds.',
        'The road leading to the village was closed.',
        'A major road into the city was closed.',
        'She is a major shareholder in the club.',
        'The state paid to trademark the slogan in 2019.',
        'The brewery trademarked its name last year.',
        'At 35 the keeper is the elder statesman of the side.',
      ],
    },
    grow: 'noun-phrase',
    deriveAdverbs: false,
    // Only after "a" or "an" (and "the" for "prominent" and "notable"): introducing one person or thing by rank
    // is the encyclopedia's and the profile's puff ("a leading scholar", "the prominent law firm"), while a
    // group described so ("powerful men", "the leading cause") is often the news itself.
    terms: [
      'a|an {adj}? and? important|prominent|powerful|leading|notable', 'the prominent|notable', 'luxury', 'upscale', 'all-star', 'trademark',
      'trade-mark', 'high quality', 'up and coming', 'hit song|single|record|show|series|film|album|musical',
      'smash hit', 'box-office smash',
      // "Statesman" is the honour a politician is given for wisdom in office; the plain words are politician
      // and the office held.
      'statesman', 'statesmen', 'stateswoman',
      // "Major" ranks a person only before a maker or a thinker ("a major poet"); "a major road" is only big.
      'a|an major {any}? poet|poets|novelist|writer|author|artist|painter|composer|playwright|thinker|philosopher|figure|scholar|sculptor|filmmaker|theologian|intellectual',
    ],
    // A role, a part or a cause ranks a thing's weight in an event, not a person's standing.
    except: [
      'a|an {adj}? and? important|prominent|powerful|leading|notable role|roles|part|cause|factor|step|point|question',
      'a|an|the prominent|notable place|position|positions|feature|features',
      'the prominent|notable role|roles|part|cause|factor',
      // What stands out to the eye: "the prominent scar on his face", "a prominent ridge above the town".
      'a|an|the prominent scar|scars|nose|chin|cheekbones|forehead|mark|marks|bump|lump|bulge|ridge|peak|hill|tower|spire|display|sign|signs|vein|veins|bone|bones',
      // "Notable" ranks a person or a work; beside a change or an exception it only marks its size or its place.
      'a|an|the notable exception|exceptions|increase|rise|fall|decline|drop|decrease|change|difference|absence|improvement|shift|gap|trend|effect|impact|amount|number|example|feature',
      // To trademark a name is to register it: the verb of the law, not a signature style ("his trademark grin").
      'to trademark', 'trademarked', 'trademarking', 'trademark|trademarks {det}|it|them',
      'a|an powerful earthquake|quake|storm|hurricane|typhoon|cyclone|explosion|blast|engine|magnet|laser|telescope|computer',
      // "The elder statesman" is the oldest hand in a team or a party, a fact of age, not an honour.
      'elder statesman|statesmen|stateswoman',
    ],
    neutralIn: ['science'],
  },
];
