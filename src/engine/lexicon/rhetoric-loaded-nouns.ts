/**
 * Loaded nouns: things named with words that already contain a verdict ("scheme" for plan, "tirade" for
 * speech). Written by the project; the technique follows the propaganda taxonomy of Da San Martino et al. (2019).
 */
import type { LexiconGroup } from './types.ts';

/** A loaded noun is highlighted with the adjectives in front of it ("strategic blunder"). */
const NOUN = { pos: ['NOUN', 'PROPN', 'ADJ', 'VERB'], grow: 'noun-phrase' } as const;

/** Nouns that judge what they name. */
export const LOADED_NOUNS: readonly LexiconGroup[] = [
  {
    id: 'scheme',
    technique: 'loaded-language',
    explanation:
      'A word that turns a plan or an action into a trick ("scheme", "ploy", "stunt", "power grab"). It claims to know a hidden motive without showing how.',
    question: 'How does the writer know the motive? What does the plan actually do?',
    examples: {
      flags: ['The bill is a [scheme] to enrich donors.'],
      ignores: [
        'Workers joined the company pension scheme.',
        'Critics of the scheme say it costs too much.',
        'The cost of the parking scheme rose to 2 million pounds.',
        'The council\'s recycling scheme collects glass every fortnight.',
        'A loan scheme for small farms opens in March.',
      ],
    },
    confidence: 0.65,
    ...NOUN,
    terms: [
      'scheme', 'ploy', 'stunt', 'charade', 'farce', 'hoax', 'scam', 'racket', 'con job',
      'hit job', 'hatchet job', 'hit piece', 'character assassination', 'cover-up', 'power grab', 'land grab', 'cash grab',
      'boondoggle', 'slush fund', 'cronyism', 'nepotism', 'machination',
      'propaganda', 'hidden agenda', 'smear campaign', 'smear', 'witch hunt', 'witch-hunt', 'giveaway', 'handout',
      'shakedown', 'ruse', 'subterfuge', 'skulduggery', 'chicanery', 'trickery', 'deceit', 'betrayal',
      'treachery', 'treason', 'sellout', 'sell-out', 'capitulation', 'appeasement', 'surrender', 'indoctrination',
      'brainwashing', 'censorship', 'tyranny', 'oppression', 'purge', 'pogrom',
      // A measure said to hide its real purpose or to serve only its author.
      'fig leaf for|of', 'cop-out', 'stitch-up', 'vanity project', 'pork-barrel',
      'pork barrel spending|politics|project|projects',
    ],
    // Crimes with a legal name (a bribe, collusion, a 'bribery scheme', a 'phishing scam') are facts; the words above read a motive; so is an army's surrender to its enemy or of its arms.
    except: ['bribery|fraud|fraudulent|phishing|online|phone|telephone|email|text|romance|lottery|investment|insurance|ticket|crypto|cryptocurrency|embezzlement|laundering|kickback|extortion|smuggling|counterfeiting|forgery|impersonation|protection scheme|schemes|scam|scams|racket|rackets', 'avoidance|ponzi|pyramid|loyalty|benefit|bonus|compensation|pilot|licensing scheme|schemes', 'pension scheme', 'pension schemes', 'insurance scheme', 'color scheme', 'naming scheme', 'rhyme scheme', 'surrender to {det}? {adj}? allies|allied|troops|forces|police|army|armies|authorities|enemy|rebels|soldiers|officers|marines', 'surrender {det}? {adj}? weapons|arms|garrison|fort|fortress|city|town|sword|guns|passport|passports', 'surrender of {det}? {adj}? garrison|fort|fortress|city|town|army|troops|forces|weapons|arms', 'unconditional surrender', 'garrison|army|armies|troops|forces|soldiers|rebels|fighters|defenders|regiment|battalion|division|fort|fortress surrender',
      // In British news a "scheme" is also any public programme: its cost, critics or members are reported.
      'cost|costs|critics|supporters|members|details|part|launch|funding|terms|rules|end|start|operators of {det}? {any}? scheme', 'the|this {adj}? scheme opens|opened|closes|closed|ends|ended|runs|ran|launched|began|started', 'the|this {adj}? scheme will|would open|close|end|run|start|launch', 'the|this {adj}? scheme has|had been {adv}? plagued|delayed|extended|expanded|paused|suspended|scrapped|closed|oversubscribed',
      // A programme named by its service ('a recycling scheme', not 'a retribution scheme') or delayed by a council.
      'recycling|parking|lending|housing|training|funding|planning|ticketing|loan|grant|voucher|bursary|subsidy|rebate|apprenticeship|allotment|bike|deposit|furlough|reading|phonics|tutoring|mentoring|vaccination|screening|insulation|regeneration scheme|schemes', 'a|the new scheme|schemes', 'two|three|four|both scheme|schemes', 'approve|approved|delay|delayed|reject|rejected|refuse|refused|defer|deferred|pause|paused|extend|extended {det} {adj}? scheme', '{det} scheme offers|provides|pays|covers|funds|opens|closes|helps|allows|lets', 'scheme has|have|had helped|paid|funded|created|supported {num}', 'scheme has|have|had helped|paid|funded|supported more|over|about|around|thousands|hundreds|families|households|businesses|farmers|pupils|students',
      // "A sold-out stadium" is full, not betrayed ("sold" reads as "sell").
      'sold-out {noun}', '{be} sold-out', 'sell-out crowd|crowds|show|shows|run|tour|concert|gig|audience|season|at'],
    neutralIn: ['military'],
  },
  {
    id: 'blunder',
    technique: 'loaded-language',
    explanation:
      'A word that sums up a decision as a humiliating failure ("blunder", "fiasco", "debacle"). It gives you the verdict before the facts that would let you decide.',
    question: 'What went wrong, by how much, and according to whom?',
    examples: {
      flags: ['The withdrawal was a [strategic blunder].'],
      ignores: [
        'The region received disaster relief after the floods.',
        'The archbishop led a service to mark the anniversary of the disaster.',
      ],
    },
    confidence: 0.55,
    ...NOUN,
    terms: [
      'blunder', 'fiasco', 'debacle', 'shambles', 'train wreck', 'trainwreck', 'folly', 'misadventure', 'bungle',
      'gaffe', 'screw-up', 'snafu', 'clusterfuck', 'dumpster fire', 'mess', 'catastrophe',
      'disaster', 'humiliation', 'embarrassment', 'disgrace', 'travesty', 'abomination', 'outrage',
      'insult',
    ],
    neutralIn: ['sport', 'chess'],
    // A disaster that has an anniversary, victims or survivors is a real catastrophe, named as the event.
    except: ['natural disaster', 'natural disasters', 'disaster relief', 'disaster area', 'disaster management|response|recovery|preparedness|zone|zones|fund|funds|agency|agencies|team|teams|risk|areas|plan|plans|planning',
      'anniversary|victims|survivors|scene|site|cause|aftermath|families of {det}? disaster', 'heart failure', 'kidney failure', 'organ failure', 'liver failure', 'power failure', 'mechanical failure', 'engine failure'],
  },
  {
    id: 'outburst',
    technique: 'loaded-language',
    explanation:
      'A word that makes speech sound unhinged ("tirade", "rant", "meltdown", "hysteria"). It tells you to dismiss what was said because of how it was said.',
    question: 'What was actually said, and is any of it true?',
    examples: {
      flags: ['The senator launched into a [tirade] against the press.'],
      ignores: ['Engineers feared a nuclear meltdown at the plant.'],
    },
    confidence: 0.75,
    ...NOUN,
    terms: [
      'tirade', 'diatribe', 'screed', 'outburst', 'tantrum', 'hissy fit', 'meltdown',
      'hysteria', 'frenzy', 'mania', 'paranoia', 'fearmongering', 'fear-mongering', 'scaremongering',
      'hate speech', 'vitriol', 'venom', 'bile', 'invective', 'bombast', 'grandstanding',
      'virtue signaling', 'virtue-signaling', 'pearl-clutching', 'hand-wringing', 'whining', 'crocodile tears',
    ],
    except: ['nuclear meltdown', 'reactor meltdown'],
  },
  {
    id: 'nonsense',
    technique: 'loaded-language',
    explanation:
      'A word that throws out a claim without answering it ("nonsense", "garbage", "lies"). Dismissing is not disproving: the claim may be wrong, but the word alone does not show it.',
    question: 'What exactly is wrong with the claim, and where is the evidence?',
    examples: {
      flags: ['The claim is [nonsense].', 'It is a campaign which [lies] about the figures.'],
      ignores: [
        'The garbage truck arrives on Mondays.',
        'The village lies outside the national park.',
        'The island lies 40 kilometres off the coast.',
        'The stadium, which lies in the north of the city, holds 30,000 fans.',
        'The farm lies about 12 miles from the coast.',
      ],
    },
    confidence: 0.75,
    ...NOUN,
    terms: [
      'nonsense', 'rubbish', 'garbage', 'drivel', 'hogwash', 'baloney', 'claptrap', 'gibberish', 'poppycock',
      'balderdash', 'bunk', 'junk science', 'pseudoscience', 'lies', 'falsehoods', 'fairy tale', 'fairy tales',
      'fake news', 'conspiracy theory', 'conspiracy theories',
      'bs', 'bullshit', 'crap', 'doublespeak', 'newspeak', 'gaslighting', 'lunacy', 'madness', 'insanity',
      'idiocy', 'stupidity', 'absurdity',
      // More of the same from everyday and old-fashioned English: each word can only mean "worthless talk".
      'twaddle', 'bunkum', 'codswallop', 'piffle', 'horseshit', 'malarkey', 'hooey', 'hokum', 'mumbo-jumbo',
      'mumbo jumbo', 'gobbledygook', 'gobbledegook', 'flapdoodle', 'eyewash', 'tommyrot', 'bollocks',
    ],
    except: [
      'garbage collection|truck|trucks|can|cans|bag|bags|dump|burning|disposal|pickup',
      // A place that "lies outside the park" or "lies 40 km north" is located there: wink tags that verb as the
      // plural noun. Lies told are not followed by a distance or a bearing, and not by a place after "which".
      'lies|lie {adv}? outside|inside|near|beside|beneath|below|underneath|along|across|off|beyond|north|south|east|west',
      'lies|lie {adv}? {num}',
      'which|where lies|lie {adv}? in|on|at|between|behind|among|amid|within|just', 'lies|lie about|some|roughly|around {num}',
    ],
  },
  {
    id: 'dismissal',
    technique: 'loaded-language',
    explanation:
      'A word that files a belief under "false" before weighing it ("a myth", "an urban legend", "quackery", "a common misconception"). Some beliefs are false, but the label replaces the evidence that would show it.',
    question: 'Who shows it is false, and how? What does the evidence say?',
    examples: {
      flags: ['The story is an [urban legend].', 'That vaccines cause it is a [myth].', 'The clinic sold [quackery].'],
      ignores: ['The Greek myth of Icarus is about pride.', 'Camus wrote The Myth of Sisyphus.', 'The theory was tested in 1990.'],
    },
    confidence: 0.4,
    ...NOUN,
    terms: [
      'myth', 'myths', 'urban legend', 'urban legends', 'urban myth', 'urban myths', 'misconception',
      'misconceptions', 'misperception', 'misperceptions', 'quackery', 'quack', 'quacks', "old wives' tale",
      "old wives' tales", 'canard', 'superstition', 'superstitions', 'pseudo-science', 'pseudoscientific',
      'pseudo-scientific', 'unscientific',
    ],
    // Stories of gods and heroes are myths in the scholar's sense ("the myth of Sisyphus"); "myths and
    // legends" is a genre. "The myth of voter fraud" is the dismissal.
    except: [
      'greek|norse|roman|ancient|celtic|egyptian|hindu|creation|origin|founding|classical|biblical|foundation myth|myths',
      'myth|myths and legend|legends|folklore', 'myth|myths of {propn}',
    ],
  },
  {
    id: 'vice',
    technique: 'loaded-language',
    explanation:
      'A word that names a vice ("greed", "arrogance", "carelessness"). It passes a verdict on someone\'s character; the facts of what they did are what would let you reach it yourself.',
    question: 'What did they do that shows this, and would they describe it the same way?',
    examples: {
      flags: ['The fire was started by [carelessness] at the range.', 'It was an act of pure [greed].'],
      ignores: ['The fire was started by a spark at the range.', 'The deal was not driven by greed.'],
    },
    confidence: 0.5,
    ...NOUN,
    terms: [
      'hypocrisy', 'greed', 'arrogance', 'cowardice', 'incompetence', 'carelessness', 'sycophancy', 'recklessness',
      'negligence', 'laziness', 'ignorance', 'malice', 'vanity', 'callousness', 'ineptitude', 'ineptness',
      'complacency', 'pettiness', 'spinelessness', 'venality', 'duplicity', 'dishonesty', 'haughtiness',
    ],
    neutralIn: ['crime'], // a regulator's or a court's ground ('struck off for dishonesty') is its finding:
    except: ['struck|strike off|out for dishonesty', 'dismiss|sack|suspend|ban|jail|convict for dishonesty', 'guilty of dishonesty'],
  },
  {
    id: 'oppression',
    technique: 'loaded-language',
    explanation:
      'A word that names a government or a hold on power as oppression ("dictatorship", "police state", "stranglehold"). It decides that the rule is illegitimate before you know what it does.',
    question: 'Who calls it this, and what do the people living under it say?',
    examples: {
      flags: ['The [dictatorship] jailed its critics.', 'The firm has a [stranglehold on] the market.'],
      ignores: ['The dictator Franco died in 1975.', 'The firm has a large share of the market.'],
    },
    confidence: 0.45,
    pos: ['NOUN', 'PROPN'],
    grow: 'noun-phrase',
    // "Regime" is left out: in foreign news it is the ordinary word for some governments, and a word that is
    // everywhere tells a reader nothing.
    terms: [
      'dictatorship', 'dictatorships', 'police state', 'puppet government', 'stranglehold on', 'stranglehold over',
      'iron grip', 'yoke',
    ],
  },
  {
    id: 'mob',
    technique: 'loaded-language',
    explanation:
      'A word that turns people into a faceless, dangerous crowd ("mob", "horde", "swarm", "cabal"). It hides who the people are and what they want.',
    question: 'Who exactly are these people, how many, and what do they want?',
    examples: {
      flags: ['An [angry mob] gathered outside the hall.'],
      ignores: ['Police said the suspect led a gang, a detective told the court.'],
    },
    confidence: 0.7,
    ...NOUN,
    terms: [
      'mob', 'horde', 'hordes', 'swarm', 'rabble', 'cabal', 'clique', 'cult', 'gang', 'posse', 'pack of',
      'herd of', 'army of', 'flood of', 'wave of', 'stream of', 'infestation', 'lynch mob', 'mob rule',
      'junta', 'cronies', 'minions', 'lackeys', 'henchmen', 'stooges',
    ],
    neutralIn: ['science', 'medicine', 'crime'],
    except: ['flood|floods of {num}', 'wave of {adj}? heat', 'heat wave', 'swarm of bees', 'swarm of locusts', 'herd|pack|swarm|infestation of {adj}? cows|cattle|deer|goats|sheep|horses|ponies|elephants|buffalo|wolves|hounds|dogs|bees|wasps|ants|rats|mice|beetles|moths|aphids|slugs|fleas|lice|termites|cockroaches|pigeons|gulls|starlings', // a dated year's floods; animals; events in a wave; a cult film:
      'wave|flood|stream of {adj}? cancellations|delays|strikes|closures|redundancies|layoffs|bankruptcies|orders|bookings|complaints|applications|calls|tributes|donations', 'wave of {adj}? {any}? strikes|walkouts|layoffs|redundancies|closures|cancellations|attacks|bombings|killings|shootings|arrests|protests|demonstrations|robberies|burglaries|infections|cases|resignations|departures', 'wave of {adj}? violence|unrest|crime', 'wave of {adj}? gang|knife|gun|drug|car|street|property violence|crime|crimes', 'cult classic|classics|following|film|films|hit|favourite|favorite|status|series|show', 'the army of the', 'gang violence|crime|crimes|member|members|leader|leaders|war|wars|shooting|shootings|killing|killings|activity|unit|injunction|injunctions|rivalry|rivalries|affiliation|territory|turf', 'criminal|drug|street|armed|rival|organised|organized gang|gangs'], // events in a wave take any modifier, but a group named before crime, violence or unrest ('migrant crime') is the frame, where the police's kind of crime ('gang violence', 'knife crime') is not; gang crime is the police's term; "the army of the north": a named force in fact, not a crowd pictured as one
  },
  {
    id: 'violence',
    technique: 'loaded-language',
    explanation:
      'A word of extreme violence or abuse ("murder", "torture", "predator"). When the facts support it, it is plain reporting; used loosely, it is the strongest emotional pull a writer has.',
    question: 'Does the evidence in the text support this exact word, or would a plainer one be accurate?',
    examples: {
      flags: ['Abortion is [murder], the pamphlet says.'],
      ignores: ['Police charged the suspect with murder after his arrest.'],
    },
    confidence: 0.45,
    ...NOUN,
    terms: [
      'murder', 'mass murder', 'murderers', 'rape', 'torture', 'lynching', 'lynch', 'beheading', 'behead',
      'mutilation', 'mutilate', 'sex slave', 'sex slaves', 'predator', 'predators', 'predation', 'bloodlust',
      'atrocity', 'atrocities', 'war crime', 'war crimes', 'crimes against humanity', 'genocide', 'holocaust',
      'ethnic cleansing', 'terrorism', 'terrorists', 'jihad', 'barbarism', 'savagery', 'brutality',
      'gun down', 'gunning down', 'gunned down', 'beaten to death', 'beat to death',
      'dismember', 'exterminate', 'extermination', 'death camp', 'death-camp', 'molester', 'pedophile', 'paedophile',
    ],
    // "Abuse" is left out: it is the ordinary legal and medical word ("sexual abuse", "drug abuse"); so are the law's and statistics' names for a crime ("murder rate", "rape trial", "torture case").
    except: ['police brutality', 'murder|rape|torture|mutilation|terrorism rate|rates|statistics|figures|trial|trials|expert|experts|analyst|analysts|researcher|researchers|studies|scholar|scholars|case|cases|charge|charges|conviction|convictions|investigation|inquiry|suspect|suspects|count|counts|victim|victims|kit|kits|law|laws|offence|offences|offense|offenses', 'cases|charges|counts|victims|survivors|allegations|accusations|reports|convicted|accused|acquitted of {det}? {adj}? murder|rape|torture|mutilation|terrorism', 'found|find|finds|plead|pleads|pleaded|pled|declared|adjudged {pron}? not? guilty of|to {det}? {adj}? murder|rape|torture|mutilation|terrorism', 'charged|arrested|jailed|sentenced|tried|questioned|suspicion with|for|over|on|of {det}? {adj}? murder|rape|torture|terrorism'],
    neutralIn: ['crime'],
  },
  {
    id: 'sin-and-sanctity',
    technique: 'loaded-language',
    explanation:
      'A word of sin, damnation or holiness used to judge ("immorality", "heresy", "sacred"). It turns a question of facts or policy into one of good and evil.',
    question: 'What is the actual disagreement, apart from the moral verdict?',
    examples: {
      flags: ['The bill is an act of [blasphemy] against the nation.'],
      ignores: [
        'The new bill does not sin against anyone.',
        'The tribe uses the bones for sacred carvings.',
        'Pilgrims climb the sacred mountain every spring.',
      ],
    },
    confidence: 0.5,
    ...NOUN,
    terms: [
      'sin', 'sins', 'sinful', 'sinner', 'sinners', 'immorality', 'perversion', 'perverse', 'wickedness',
      'blasphemy', 'blasphemous', 'heresy', 'heretic', 'heretics', 'heretical', 'infidel', 'infidels', 'apostate',
      'apostasy', 'damnation', 'damned', 'hell', 'unholy', 'holy war', 'sacrilege', 'sacrilegious', 'idolatry',
      'righteous', 'righteousness', 'sanctity', 'sacred', 'martyr', 'martyrs', 'martyrdom', 'evildoers',
      'evil-doers', 'the devil', 'satan', 'antichrist', 'demons', 'forces of darkness',
    ],
    // A faith's own holy things and places are "sacred" in plain description ("a sacred site", "sacred texts").
    except: [
      'sacred {adj}? site|sites|place|places|ground|grounds|land|lands|text|texts|scripture|scriptures|object|objects|carving|carvings|relic|relics|mountain|mountains|river|rivers|grove|groves|music|song|songs|ritual|rituals|rite|rites|ceremony|ceremonies|animal|animals|tree|trees|spring|springs|well|wells|shrine|shrines|temple|temples|burial|art|dance|dances|lake|island|cave|caves|stone|stones|book|books|image|images|pipe',
    ],
  },
  {
    id: 'moral-decay',
    technique: 'loaded-language',
    explanation:
      'A word of moral panic: rot, filth and depravity said of a place, a culture or a group ("a cesspool", "moral rot", "degeneracy"). It asks for disgust instead of describing what is wrong.',
    question: 'What exactly is happening, and how widespread is it by any measure?',
    examples: {
      flags: ['The capital has become a [cesspool] of favours.', 'Critics see [moral rot] in the schools.'],
      ignores: [
        'Engineers found rot in the timber of the old pier.',
        'The septic tank drains into a cesspool.',
        'Plumbers cleared filth from the drains after the flood.',
        'The trial heard the defendant kept smut on his laptop.',
      ],
    },
    confidence: 0.55,
    ...NOUN,
    terms: [
      'degeneracy', 'depravity', 'sleaze', 'moral rot', 'moral decline', 'moral collapse',
      'moral vacuum', 'moral abyss', 'cesspool of', 'cesspit of', 'den of iniquity',
      'sodom and gomorrah', 'gutter politics', 'gutter press', 'licentiousness', 'godlessness',
      'laughing stock', 'laughingstock',
    ],
    // A sewer engineer or a doctor uses "cesspool" for what it is.
    neutralIn: ['medicine', 'science'],
  },
];
