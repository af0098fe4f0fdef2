/**
 * Dramatic metaphors: pictures that replace a description ("the chessboard has shifted", "a powder keg").
 * Written by the project. Research on perceived bias finds that figurative language raises it (e.g. the
 * framing-bias work around the Wiki Neutrality Corpus, Pryzant et al. 2020, described in our own words).
 */
import type { LexiconGroup } from './types.ts';

const METAPHOR = { technique: 'figurative', confidence: 0.7 } as const;

/** Metaphors that dramatise. */
export const FIGURATIVE: readonly LexiconGroup[] = [
  {
    ...METAPHOR,
    id: 'game',
    explanation:
      'A game metaphor ("the chessboard has shifted", "made their move", "playbook"). It turns people and events into pieces in a game, which sounds insightful but skips what actually happened.',
    question: 'Without the game picture, what exactly changed, and who says so?',
    examples: {
      flags: ['The [chessboard] has shifted.'],
      ignores: ['The grandmaster stared at the chessboard before the checkmate.'],
    },
    terms: [
      'chessboard', 'chess game', 'chess match', 'game of chess', 'checkmate', 'endgame', 'made {det} move',
      'make {det} move', 'playbook', 'zero-sum game', 'great game', 'move the goalposts', 'moving the goalposts',
      'play the {any}? card', 'trump card', 'ace in the hole', 'stacked deck', 'the deck is stacked', 'pawns',
      'pawn in', 'house of cards', 'game changer', 'game-changer', 'level playing field',
    ],
    neutralIn: ['chess', 'sport'],
  },
  {
    ...METAPHOR,
    id: 'fire-and-storm',
    confidence: 0.6,
    explanation:
      'A picture of fire, storms or explosions for a political event ("firestorm", "bombshell", "tsunami of"). It makes the event feel violent and unstoppable; the facts may be much smaller.',
    question: 'What happened, in plain words and numbers?',
    examples: {
      flags: ['The decision set off a [firestorm] of criticism.', 'The vote was a [political earthquake] for the party.'],
      ignores: [
        'Seismic activity was recorded near the volcano.',
        'The earthquake measured 6.2 on the Richter scale.',
        'Hundreds of buildings collapsed in the earthquake.',
      ],
    },
    terms: [
      'firestorm', 'perfect storm', 'storm clouds', 'gathering storm', 'eye of the storm', 'fan the flames',
      'fanning the flames', 'fuel to the fire', 'fuel on the fire', 'add fuel', 'stoke', 'flashpoint',
      'boiling point', 'tsunami of', 'tidal wave of', 'avalanche of', 'deluge of', 'torrent of', 'barrage of',
      'earthquake', 'seismic', 'shockwave', 'shockwaves', 'shock waves', 'bombshell', 'spread like wildfire',
      'lightning rod', 'hornet\'s nest',
    ],
    neutralIn: ['science'],
    // "Under fire" is left out: it has worn down to the plain news word for "criticised". Literal barrages
    // and seismic events are measured, not dramatised.
    except: [
      'seismic activity|data|waves|events|event', 'earthquake struck', 'magnitude earthquake', 'earthquake hit',
      // A quake that is measured, kills or damages is the event itself.
      'earthquake measured|measuring|of|killed|shook|damaged|destroyed|toppled|triggered|caused|injured|left|devastated|flattened|levelled|leveled|razed|struck|hit|jolted|displaced|buried|cut|collapsed',
      'in|by|after|since {det}? {adj}? earthquake',
      'barrage of {adj}? air|artillery|rocket|rockets|missile|missiles|mortar|shells|strikes|fire',
    ],
  },
  {
    ...METAPHOR,
    id: 'war',
    explanation:
      'A war metaphor for something that is not a war ("war on", "battleground", "crusade", "nuclear option"). It turns opponents into enemies and makes compromise sound like surrender.',
    question: 'Who is actually fighting whom, and with what, in real terms?',
    examples: {
      flags: ['The governor has declared a [war on] teachers.'],
      ignores: ['Troops and artillery moved east as the war on the border went on.'],
    },
    confidence: 0.6,
    terms: [
      'war on', 'war against', 'crusade', 'culture war', 'culture wars', 'war of words', 'battleground',
      'battle lines', 'scorched earth', 'scorched-earth', 'nuclear option', 'declared war', 'declare war',
      'in the crosshairs', 'firing line', 'blitz', 'broadside', 'opening salvo', 'salvo', 'volley of',
      'trench warfare', 'jihad against', 'all-out war', 'civil war within',
    ],
    neutralIn: ['military', 'sport'],
  },
  {
    ...METAPHOR,
    id: 'body-and-disease',
    explanation:
      'A picture of disease, wounds or death for a social or political matter ("a cancer on society", "death knell", "stab in the back"). It makes a disagreement feel like a mortal threat.',
    question: 'What is the actual problem, and how serious is it in facts?',
    examples: {
      flags: ['Corruption is a [cancer on] our democracy.'],
      ignores: ["Doctors found the patient's cancer on a routine scan.", 'Police said the scar on his left cheek helped identify him.'],
    },
    terms: [
      'cancer on', 'cancer of', 'cancer in our', 'plague on', 'poison the well', 'poisoned the well',
      'festering', 'rotten to the core', 'hemorrhage', 'hemorrhaging', 'lifeblood', 'stab in the back',
      'knife in the back', 'slap in the face', 'kick in the teeth', 'punch in the gut', 'gut punch', 'body blow',
      'death knell', 'death blow', 'nail in the coffin', 'final nail', 'dead on arrival', 'on life support',
      'bleeding jobs', 'bleeding money', 'bleeding cash', 'body politic', 'open wound', 'scar on',
    ],
    // A scar on a body is a mark a witness or the police describe ("a scar on his left cheek").
    except: ['scar on {pron}? {any}? face|cheek|cheeks|chin|forehead|neck|arm|arms|hand|hands|leg|legs|knee|back|chest|head|lip'],
    neutralIn: ['medicine'],
  },
  {
    ...METAPHOR,
    id: 'trap-and-shadow',
    explanation:
      'A dramatic image ("quagmire", "Pandora\'s box", "slippery slope", "the elephant in the room"). A picture persuades by feeling; it may hide that the argument behind it is missing.',
    question: 'What is the claim behind the picture, and is there evidence for it?',
    examples: {
      flags: ["The reform has opened [Pandora's box]."],
      ignores: ["The researchers' laboratory sample was a hotbed of bacteria."],
    },
    confidence: 0.6,
    capitalised: true,
    terms: [
      'minefield', 'quagmire', 'morass', 'quicksand', 'drain the swamp', 'rabbit hole', 'slippery slope',
      'pandora\'s box', 'can of worms', 'snake pit', 'vipers\' nest', 'echo chamber', 'smoke and mirrors',
      'sleight of hand', 'trojan horse', 'iron fist', 'iron curtain', 'velvet glove', 'puppet master',
      'pull the strings', 'pulling the strings', 'dark cloud', 'cast a shadow', 'casts a shadow', 'shadow over',
      'elephant in the room', 'wolf in sheep\'s clothing', 'red line', 'cross the rubicon', 'crossed the rubicon',
      'wake-up call', 'watershed', 'sea change', 'tip of the iceberg', 'opened the floodgates', 'open the floodgates',
      'double-edged sword', 'pyrrhic victory', 'uphill battle', 'david and goliath', 'sword of damocles',
      'writing on the wall', 'genie is out of the bottle', 'the die is cast', 'come home to roost', 'ground zero',
      'staging ground', 'breeding ground', 'hotbed', 'witches\' brew', 'line in the sand',
      'tightrope',
    ],
    neutralIn: ['science'],
  },
];
