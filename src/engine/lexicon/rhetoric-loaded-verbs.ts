/**
 * Loaded verbs: actions described with words that carry a verdict. Written by the project; the idea of
 * "loaded language" as a technique follows the propaganda technique taxonomy of Da San Martino et al.
 * (2019), and the headline "fight verbs" are a staple of media-literacy teaching.
 */
import { HAZARDS } from './rhetoric-hazards.ts';
import type { LexiconGroup } from './types.ts';

// Things that howl, wail or whine in fact (weather, machines, alarms, animals), as one exception slot.
const SOUND_MAKERS =
  'wind|winds|gale|gales|storm|siren|sirens|alarm|alarms|engine|engines|motor|motors|brakes|tyres|tires|jet|' +
  'jets|machine|machines|machinery|dog|dogs|wolf|wolves|fox|foxes|cat|cats|cattle|sheep|lamb|lambs|pig|pigs|' +
  'bird|birds|gull|gulls|cockerel|rooster|baby|babies|animal|animals|brook|stream|violin|violins|guitar|guitars|' +
  // A cry, a call or a whistle is itself a sound: "the gulls' cries screeching over the harbour".
  'cry|cries|call|calls|whistle|whistles|horn|horns|train|trains|wheel|wheels|kettle|kettles';

/** Verbs of loaded action. */
export const LOADED_VERBS: readonly LexiconGroup[] = [
  {
    id: 'fight-verbs',
    technique: 'loaded-language',
    explanation:
      'A fight word used for words: people "slam", "blast" or "rip into" each other instead of criticising. It makes a disagreement sound like a brawl, so you feel the drama before you know what was said.',
    question: 'What exactly did they say, in their own words?',
    examples: {
      flags: ['The senator [slammed] the proposal.'],
      ignores: [
        'She hit a grand slam in the ninth inning.',
        'A lorry slammed into a bus shelter on the high street.',
        'The tornado ripped the roof off a school.',
        'Storms lashed the coast overnight.',
        'Heavy rain lashed the town on Sunday.',
        'About 300 crane and lashing staff stopped work at dawn.',
      ],
    },
    confidence: 0.65,
    pos: ['VERB'],
    terms: [
      'slam', 'blast', 'lambaste', 'excoriate', 'eviscerate', 'skewer', 'berate', 'bash', 'trash',
      'lash out', 'lash', 'rip into', 'tear into', 'lay into', 'hit out', 'rail against', 'unload on', 'pummel',
      'rip', 'scold', 'chide', 'upbraid', 'castigate', 'pillory', 'vilify', 'demonize', 'denigrate', 'disparage',
      'belittle', 'deride', 'mock', 'ridicule', 'scoff', 'jeer', 'taunt', 'slander', 'defame',
      'browbeat', 'badger', 'harangue', 'hector', 'assail', 'chastise', 'yell', 'scream', 'shout down', 'shred', 'whack',
      'hound', 'harass', 'heckle', 'ambush',
    ],
    // A vehicle that slams into a wall, and wind that rips off a roof, strike in fact.
    except: [
      'grand slam', 'slam dunk', 'blast furnace', 'rip current', 'rip tide', 'slam into', `${HAZARDS} rip|blast`,
      // Someone who screams in pain or for help cries out; nobody is shouted down.
      'scream|yell in {adj}? agony|pain|terror|fear|panic', 'scream|yell for help',
      // Weather lashes in fact: "storms lashed the coast", "heavy rain lashed the town", "the wind was lashing".
      `${HAZARDS}|rain|rains|downpour|downpours|waves|seas|sleet|snow {be}? lash`,
      // Lashing is also a trade: dockers lash containers and cargo down ("lashing crews", "lashing rods").
      'lashing staff|crew|crews|gang|gangs|workers|team|teams|rods|rod|bars|straps|strap|gear|equipment',
      // Quarries, tunnels and loudspeakers blast in fact.
      'blast {det}? {adj}? rock|rocks|tunnel|tunnels|quarry|hole|holes|music|horn|horns|sand|water|air|off',
    ],
    neutralIn: ['sport'],
  },
  {
    id: 'angry-speech',
    technique: 'loaded-language',
    explanation:
      'A verb that paints how someone spoke: they "ranted", "whined" or "gloated" instead of "said". The writer is telling you what to think of the speaker before you hear the words.',
    question: 'Would "said" be fairer here? What did the person actually say?',
    examples: {
      flags: [
        'The mayor [ranted] about the budget.',
        'Council members [carped about] the cost of the parade.',
        'The mayor [boasted] the plan would save millions.',
      ],
      ignores: [
        'The play received rave reviews.',
        'Anglers caught a carp at the reservoir.',
        'The harbour town boasts a lifeboat station and two piers.',
        'The hotel boasts rooms overlooking the sea.',
        'The new stadium boasts nearly 60,000 seats.',
        'Sirens wailed as the ambulances arrived.',
        'Seals lay on the sand, their cries screeching over the bay.',
        'Two firefighters were treated after breathing toxic fumes.',
        'The professor gave a lecture on Roman coins.',
        'The volcano spewed ash over three villages.',
        'The bishop preached at the cathedral on Sunday.',
      ],
    },
    confidence: 0.6,
    // Verbs only: as nouns most of these are a sound, a bird or a lesson ("toxic fumes", "a crow", "a parrot",
    // "a public lecture", "a snarl of traffic", "an illegal rave"); the scornful nouns are the next group.
    pos: ['VERB'],
    terms: [
      'rant', 'rave about|that|against', 'whine', 'gloat', 'fume', 'seethe', 'bluster', 'spew', 'spout', 'blather', 'babble',
      'parrot', 'regurgitate', 'shriek', 'screech', 'bellow', 'snarl', 'sneer', 'brag', 'boast', 'crow about|that|over', 'gripe', 'griped', 'griping',
      'grumble', 'bleat', 'squeal', 'howl', 'moan', 'wail', 'whimper', 'pontificate', 'preach', 'lecture',
      'go ballistic', 'throw a tantrum', 'melt down',
      // More ways of saying "said" that sneer at the speaker or their manner.
      'carped|carping about|at|that', 'whinge', 'bellyache', 'kvetch', 'bloviate', 'fulminate',
      'harrumph', 'prattle', 'yammer', 'smirk', 'sulk', 'snipe at|about', 'mouth off',
    ],
    except: [
      // Sounds made by weather, machines and animals: "the wind howled", "sirens wailed", "the dog snarled".
      `${SOUND_MAKERS} howl|wail|moan|shriek|screech|bellow|squeal|whine|snarl|bleat|whimper|babble|crow|spew`,
      // What a volcano, a chimney or a broken pipe spews is matter, not words.
      'spew {det}? ash|lava|smoke|steam|water|sewage|oil|gas|debris|flames|fire|fumes|mud|rock|rocks|dust|sparks|waste',
      // Clergy preach and lecturers lecture as their work: "the bishop preached", "lectured in physics".
      'bishop|priest|pastor|vicar|imam|rabbi|pope|cardinal|monk|nun|preacher|chaplain|reverend preach',
      'preach {det}? gospel|sermon|word|mass', 'lecture in|at', 'lectured|lectures in|at',
      // A reactor or a market melts down in fact, also after a modal ("the reactor could melt down").
      'reactor|reactors|core|cores|market|markets|ice could|would|may|might|will|can? melt down',
    ],
  },
  {
    id: 'scornful-speech-noun',
    technique: 'loaded-language',
    explanation:
      'A noun that mocks what someone said: a "rant", a "gripe", "howls of protest". The writer files the words under a tantrum before you hear them.',
    question: 'What did the person actually say, and would "statement" or "complaint" be fairer?',
    examples: {
      flags: ['His [rant] about the budget went on for an hour.', 'The letter was one long [gripe].'],
      ignores: ['The professor gave a lecture on Roman coins.', 'Two firefighters were treated after breathing toxic fumes.'],
    },
    confidence: 0.6,
    pos: ['NOUN'],
    terms: [
      'rant', 'gripe', 'whinge', 'harangue', 'bluster', 'blather', 'prattle', 'sneer', 'smirk', 'bellyaching', 'moaning', 'gloating',
      'howl|howls of protest|outrage|anger|derision|indignation|rage', 'spewing',
    ],
  },
  {
    id: 'scheming-verbs',
    technique: 'loaded-language',
    explanation:
      'A verb that accuses someone of trickery or bad faith ("peddle", "manipulate", "rig"). It states a hidden motive as if it were a fact.',
    question: 'What evidence shows that this was deliberate, and who says so?',
    examples: {
      flags: [
        'The company [manipulated] the regulators.',
        'The union accused its leaders of [selling out] the workers.',
        'They [stole] the election in broad daylight.',
        'The government [scrapped] protections for renters.',
      ],
      ignores: [
        'Researchers manipulated the protein in the laboratory.',
        'Tickets for the concert sold out in minutes.',
        'Prosecutors said the woman had stolen 40,000 pounds from her employer over three years.',
        'The bookkeeper admitted she stole more than 90,000 dollars from the charity.',
        'The gang stole nearly 2 million euros in cash and jewels.',
        'Two men robbed a petrol station on Friday night.',
        'Investors dumped shares in technology companies on Tuesday.',
        'The council scrapped plans for a new car park.',
      ],
    },
    confidence: 0.55,
    pos: ['VERB'],
    terms: [
      'manipulate', 'brainwash', 'indoctrinate', 'peddle', 'hoodwink', 'dupe', 'con', 'swindle', 'bamboozle',
      'rig', 'hijack', 'sabotage', 'subvert', 'undermine', 'betray', 'sell out', 'backstab',
      'connive', 'collude', 'conspire', 'cover up', 'whitewash', 'stonewall', 'weaponize', 'exploit',
      'loot', 'plunder', 'pillage', 'fleece', 'gouge', 'extort', 'meddle', 'infiltrate',       'ram through', 'railroad', 'bulldoze', 'steamroll', 'strong-arm', 'muzzle', 'gag', 'silence', 'stifle',
      'suffocate', 'hamstring', 'shackle', 'incite', 'inflame', 'foment', 'usurp', 'hoard', 'squander', 'bankrupt',
      'slash', 'axe', 'ax', 'scrap', 'ditch', 'dump', 'snatch', 'grab', 'rob', 'steal', 'persecute', 'demonise',
      'orchestrate', 'coerce', 'squeeze out', 'airbrush',
    ],
    // Tickets or stock that "sold out in hours" or "sold out of bread" ran out; nobody was betrayed.
    except: [
      'manipulate the data', 'exploit the resource', 'exploit the resources', 'sell out in|within|of',
      // Lime on walls is the builder's whitewash ("whitewashed cottages"); only a scandal or record is covered up.
      'whitewash|whitewashed|whitewashing {det}? {any}? wall|walls|house|houses|cottage|cottages|building|buildings|church|churches|village|villages|room|rooms|fence|fences|facade|stone|stones',
      // Traders "dump" shares and bonds: the market's own verb for selling fast.
      'dump {det}? {adj}? shares|stock|stocks|bonds|holdings',
      // A body that "scraps" its own plans or target drops them: British news's plain verb for cancelling.
      'scrap {det}? {adj}? plan|plans|proposal|proposals|target|targets|scheme|project|fee|fees|charge|charges',
      // A road or an offer that slashes times, fares or prices cuts them for the reader; no trick is charged.
      'slash {det}? {adj}? journey|travel|waiting|times|time|fares|fare|prices|price|bills|emissions',
      // A firm or a bank that slashes its own dividend, forecast or rates cuts them: the business page's verb.
      'slash {det}? {adj}? dividend|dividends|rate|rates',
      // A forecast, whatever of ("its profit forecast", "the 2025 growth outlook"), is a projection; cutting it harms nobody.
      'slash {det}? {any}? {any}? {any}? forecast|forecasts|outlook|guidance|estimate|estimates|projection|projections',
      // Theft of a sum or of goods, and a robbed shop or bank, are the crime report's plain words; an election,
      // a future or a people "stolen" or "robbed" is the writer's charge.
      // The crime report names the doers as thieves, and the verb is theirs ("Thieves stole copper cable").
      'thief|thieves|burglar|burglars|robber|robbers|raiders|looters|pickpockets|shoplifters steal|rob|loot',
      'steal|rob|loot {det}? {num}', 'steal|rob|loot more|less than {num}', 'steal|rob|loot about|around|nearly|almost|over|roughly|some|an|up estimated|to? {num}', 'steal|stolen {det}? {adj}? car|cars|vehicle|van|money|cash|jewellery|jewelry|goods|phone|phones|bike|bicycle|wallet|purse|handbag|laptop|equipment|tools|truck|trucks|lorry|weapon|weapons|gun|guns|pistol|rifle|firearm|firearms|hat|painting|paintings|artwork|artworks',
      'car|cars|vehicle|vehicles|van|vans|bike|bikes|bicycle|phone|phones|laptop|wallet|purse|handbag|jewellery|jewelry|cash|tools|items|goods|property|equipment|parcel|parcels|tractor|truck|trucks|lorry|weapon|weapons|gun|guns|pistol|rifle|firearm|firearms|hat|painting|paintings|artwork|artworks had|have|has? {be} being? stolen',
      // The participle after the thing taken reports the theft as well ("a rifle, stolen from a gun shop").
      'car|cars|vehicle|vehicles|van|vans|phone|phones|laptop|cash|goods|equipment|truck|trucks|lorry|weapon|weapons|gun|guns|pistol|rifle|firearm|firearms|hat|painting|paintings|artwork|artworks|data|emails|files|documents ,? stolen from|by|in|during|at',
      // Data taken in a breach ("customer data had been stolen", "passwords were stolen").
      'data|details|information|passwords|credentials|records|files|emails|identities|numbers had|have|has? {be} stolen',
      'steal|stole|stolen {det}? {adj}? {adj}? data|details|information|passwords|credentials|identities|files|records|emails',
      'rob {det}? {adj}? bank|shop|store|post|jeweller|jeweler|petrol|gas|pharmacy|van|train',
    ],
    neutralIn: ['science', 'sport'],
  },
  {
    id: 'weakness-verbs',
    technique: 'loaded-language',
    explanation:
      'A verb that mocks a decision as weakness ("caved", "kowtowed", "grovelled"). It tells you the choice was shameful instead of showing what was decided and why.',
    question: 'What was decided, and what reasons did the people involved give?',
    examples: {
      flags: ['The prime minister [caved] to the unions.'],
      ignores: ['The prime minister did not cave to the unions.'],
    },
    confidence: 0.6,
    pos: ['VERB'],
    terms: [
      'cave', 'cave in', 'capitulate', 'kowtow', 'grovel', 'pander', 'cozy up', 'fawn', 'flip-flop', 'backpedal',
      'cower', 'bow down', 'roll over', 'wimp out', 'chicken out', 'beg', 'scramble', 'flounder',
    ],
    neutralIn: ['sport', 'science'],
  },
  {
    id: 'predator-verbs',
    technique: 'loaded-language',
    explanation:
      'A verb that casts one side as a predator that feeds on others ("emboldened", "bleed a neighbour", "prey on"). It makes that side the villain without showing what it did.',
    question: 'What did they actually do, and how do we know?',
    examples: {
      flags: [
        'The ruling [emboldened] the gangs.',
        'The aim is to [bleed a neighbour].',
        'The council [rode roughshod] over the residents.',
      ],
      ignores: ["The wound continued to bleed after surgery, the patient's nurse said."],
    },
    confidence: 0.65,
    terms: [
      'embolden', 'unleash', 'wreak havoc', 'run roughshod', 'ride roughshod', 'trample on', 'terrorize', 'prey on', 'feed on',
      'bleed {det}? {adj}? {noun}', 'bleed {pron}', 'bleed dry', 'bleed white', 'enslave', 'hypnotize',
      'subjugate', 'strangle', 'choke off', 'stamp out',
    ],
    except: ['bleed {det}? nose', 'bleed {det}? wound'],
    neutralIn: ['medicine'],
  },
  {
    id: 'destruction-verbs',
    technique: 'loaded-language',
    explanation:
      'A verb of total destruction used for something that is not a war ("obliterated", "gutted", "decimated" a law or a rival). It turns a defeat or a cut into a massacre.',
    question: 'What happened in plain numbers, without the destruction words?',
    examples: {
      flags: [
        'The new rules [gutted] the agency.',
        'The amendment [emasculated] the watchdog.',
        "The new law [destroyed] the country's free press.",
        // A tally after a bill is a vote, not a match result: the verb is the writer's.
        'Senators [crushed] the amendment 80-20.',
      ],
      ignores: [
        'Their team crushed the league leaders in the final match of the season.',
        'Crabs scuttled across the sand as the tide came in.',
        'The frost killed off most of the tomatoes.',
        'The fire destroyed the roof of the church but the tower survived.',
        'Dozens of homes were destroyed by the floods.',
        'Northvale thrashed Eastport 6-0 to climb to second in the table.',
      ],
    },
    confidence: 0.6,
    pos: ['VERB'],
    terms: [
      'ravage', 'decimate', 'gut', 'obliterate', 'annihilate', 'demolish', 'torch', 'nuke', 'destroy', 'devastate',
      'cripple', 'maim', 'crush', 'trounce', 'thrash', 'hammer', 'maul', 'ruin', 'wreck', 'hamstrung', 'torpedo',
      // More wrecking said of laws, deals and institutions ("scuttle", "kill off", "mangle", "defang" and "took an
      // axe to" are left out: crabs scuttle, frost kills off tomatoes, printers mangle pages, keepers defang snakes,
      // firefighters use axes).
      'kneecap', 'emasculate',
    ],
    neutralIn: ['sport', 'medicine', 'science', 'military', 'chess', 'crime'],
    except: [
      // Negotiators "hammer out" a deal: they work its terms out, nothing is struck ("hammering out a ceasefire").
      'hammer|hammers|hammered|hammering out',
      // A vessel that torpedoes a ship fires a real torpedo ("a U-boat torpedoed the liner").
      'boat|boats|submarine|submarines|warship|warships|navy|destroyer|frigate torpedo', 'u-boat torpedo',
      // Fire, weather and quakes destroy buildings and crops in fact: the verb reports the damage; so do forces
      // that destroy each other's ships, tanks and units in a battle ("destroyed an enemy squadron").
      'destroy {det}? {any}? {any}? squadron|squadrons|fleet|fleets|warship|warships|tank|tanks|aircraft|battalion|battalions|regiment|regiments|convoy|convoys|bunker|bunkers|airfield|runway',
      `${HAZARDS} destroy|devastate|wreck|ravage|gut`,
      `destroy|devastate|wreck|ravage|gut by|in {det}? {adj}? ${HAZARDS}`,
      // Arsonists and farmers set real fire to things: "torched two cars", "torch the stubble".
      'torch {det}? {num}? {adj}? car|cars|vehicle|vehicles|van|vans|bus|buses|building|buildings|house|houses|home|homes|shop|shops|stubble|field|fields|crops',
      // Grief is felt, not wreaked ('The family said they were devastated': strong-emotion reads it), not 'a law
      // that devastated towns'.
      'he|she|they|we|i|you {be} devastated', 'family|families|parents|friends|relatives|fans|community {be} devastated',
      // A building that is demolished comes down in fact ('The old cinema will be demolished to make way for flats').
      'demolish {det}? {adj}? building|buildings|house|houses|home|homes|cinema|tower|block|blocks|bridge|wall|factory|school|church|pub|hotel|stand|chimney|flats|garage|shed',
      'building|buildings|house|houses|home|homes|cinema|tower|block|blocks|bridge|wall|factory|school|church|pub|hotel|stand|chimney|flats|garage|shed {any}? {any}? demolished',
      // Cooks, anglers and butchers gut fish and game; builders gut a house to rebuild it.
      'gut {det}? {adj}? fish|catch|trout|salmon|chicken|chickens|rabbit|deer|carcass|carcasses|animal|animals|house|building|interior',
    ],
  },
];
