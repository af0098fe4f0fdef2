/**
 * Name-calling: labels stuck on people or groups in place of a description. Written by the project; the
 * technique ("Name calling or labeling") follows the propaganda taxonomy of Da San Martino et al. (2019),
 * itself after the Institute for Propaganda Analysis (1937).
 */
import type { LexiconGroup } from './types.ts';

/** A label is highlighted with the adjectives in front of it ("corrupt cronies"). */
const LABEL = { pos: ['NOUN', 'PROPN', 'ADJ', 'VERB'], grow: 'noun-phrase' } as const;

/** Labels that insult or brand people. */
export const NAME_CALLING: readonly LexiconGroup[] = [
  {
    id: 'insult',
    technique: 'name-calling',
    explanation:
      'An insult used as a description ("idiot", "thug", "clown"). Name-calling attacks the person so that you stop listening to what they say or do.',
    question: 'What did this person actually say or do? Is the label earned by facts in the text?',
    examples: {
      flags: ['The mayor is a [clown].', 'Only a [nincompoop] would sign that lease.', 'He is a party [hack].'],
      ignores: [
        'A poacher tried to hack the teeth out with an axe.',
        'Criminals hacked into the clinic\'s computers.',
        'Rescuers hack through the ice to reach the boat.',
        'Researchers fed the lab rats a new diet in the laboratory.',
        'The new chair is no simpleton, her colleagues said.',
        'Common loons return to the northern lakes in spring.',
      ],
    },
    confidence: 0.8,
    ...LABEL,
    terms: [
      'idiot', 'moron', 'imbecile', 'fool', 'clown', 'buffoon', 'dunce', 'nitwit', 'halfwit', 'dimwit', 'jerk',
      'loser', 'lunatic', 'maniac', 'madman', 'nutcase', 'nutjob', 'crackpot', 'crank', 'weirdo', 'creep',
      'sleazebag', 'scumbag', 'dirtbag', 'lowlife', 'scum', 'vermin', 'rat', 'rats', 'snake', 'pig', 'swine',
      'parasite', 'leech', 'bloodsucker', 'savages', 'barbarian', 'barbarians', 'monster', 'beast', 'demon',
      'devil', 'ghoul', 'degenerate', 'deviant', 'pervert', 'thug', 'goon', 'crony', 'stooge', 'lackey',
      'puppet', 'minion', 'flunky', 'sycophant', 'toady', 'bootlicker', 'shill', 'troll', 'hack', 'mouthpiece',
      'propagandist', 'apologist', 'quisling', 'traitor', 'turncoat', 'crook', 'charlatan', 'con man', 'huckster',
      'grifter', 'swindler', 'fraudster', 'liar', 'hypocrite', 'coward', 'bully', 'brute', 'snowflake',
      'hothead', 'windbag', 'blowhard', 'gasbag', 'dope', 'sucker', 'useful idiots', 'con artist',
      'con artists', 'sleazeball', 'low-life', 'freak', 'freaks', 'lunatics', 'nut', 'nuts', 'crackpots', 'goons',
      'hooligan', 'hooligans', 'riffraff', 'egomaniac', 'rioters', 'looters', 'layabout', 'layabouts', 'deadbeat', 'deadbeats',
      // Everyday insults for someone's wits, nerve or conduct.
      'scoundrel', 'scoundrels', 'miscreant', 'miscreants', 'cretin', 'cretins',
      'kook', 'kooks', 'nutter', 'nutters', 'numbskull', 'bonehead', 'blockhead', 'knucklehead', 'nincompoop', 'simpleton', 'ignoramus', 'oaf', 'lout',
      'louts', 'yob', 'yobs', 'bozo', 'doofus', 'twit', 'pillock', 'dolt', 'loudmouth', 'crybaby', 'crybabies', 'wimp',
      'wimps', 'weakling', 'weaklings', 'patsy', 'chump', 'yes-man', 'yes-men', 'carpetbagger', 'carpetbaggers',
      'busybody', 'busybodies', 'know-it-all', 'troublemaker', 'troublemakers', 'malcontent', 'malcontents',
      'bloodsuckers',
    ],
    neutralIn: ['science', 'chess'],
    except: ['snaking', 'snaked', 'rating', 'rat poison', 'lab rat', 'lab rats', 'infestation|plague|colony|nest|number of rats', 'rats and mice', 'snake venom', 'pig farm', 'pig farmer', 'puppet show', 'computer hack',
      // To hack is to cut or to break into a computer ("hack through the ice with a pick", "hacked into the accounts").
      'to hack', 'hacked', 'hacking', 'hack|hacks into|at|away|off|out|through|down|it|them|their|the|a', 'hack {adv}',
      // "The hack" of a network is the break-in itself ("the hack was traced to", "a data hack"), not a person.
      'the|this|that|latest|cyber|data|email|phone|security|ransomware hack|hacks', 'hack|hacks of|on|against',
      // Rats as animals: carriers of disease, pests to control, wild or infected ("plague spread by rats").
      'rat control|poison|poisons|bite|bites|population|populations|trap|traps|catcher|catchers|droppings|infestation|infestations',
      'infected|dead|brown|black|wild|sewer|giant rat|rats', 'by rats', 'in|on|with rats|mice', 'rats|mice and|or mice|rats|humans|people', 'rats flee|fleeing|fled|carry|carried|carrying|spread|spreading',
      // To creep is to move slowly ("crept past the defender", "inflation crept up"); only the noun insults.
      'crept', 'creeping', 'creep up|in|into|past|out|along|closer|forward|towards|toward|back|over'],
  },
  {
    id: 'villain',
    technique: 'name-calling',
    explanation:
      'A label that casts someone as a villain or a tyrant ("dictator", "warmonger", "demagogue"). The label does the arguing: the text should show what earns it.',
    question: 'Who calls them this, and what did they do to earn the label?',
    examples: {
      flags: ['The country is run by a [tyrant].', 'The council is run by [criminals].'],
      ignores: [
        'The jury convicted the killer, the prosecutor said after the trial.',
        'The new powers help officers catch criminals who use stolen cars.',
        'The killer whale was spotted off the coast on Sunday.',
      ],
    },
    confidence: 0.65,
    ...LABEL,
    terms: [
      'tyrant', 'despot', 'dictator', 'strongman', 'autocrat', 'warlord', 'warmonger', 'hatemonger', 'fearmonger',
      'demagogue', 'rabble-rouser', 'agitator', 'provocateur', 'zealot', 'fanatic', 'extremist', 'extremists',
      'radicals', 'hardliner', 'ideologue', 'bigot', 'racist', 'xenophobe', 'misogynist', 'homophobe', 'sexist',
      'supremacist', 'supremacists', 'hater', 'haters', 'bigoted', 'xenophobic', 'misogynistic', 'homophobic',
      'transphobic', 'islamophobic', 'anti-semitic', 'antisemitic', 'anti-semite', 'antisemite', 'terrorist sympathizer', 'enemy of the people',
      'enemies of the people', 'enemy within', 'fifth column', 'collaborator', 'oppressor', 'occupier',
      'invader', 'invaders', 'aggressor', 'murderer', 'killer', 'butcher', 'criminal', 'criminals',
    ],
    neutralIn: ['crime'],
    // "Criminal" in the law's own phrases ("a criminal investigation") names a procedure, not a person.
    except: [
      // Animals and plants by their common names ("killer whale", "killer bees").
      'killer whale|whales|bee|bees|shrimp|algae|wasp|wasps',
      // Slang for "excellent" or "decisive" before a thing ("a killer app", "the killer blow"): praise of a thing, no person.
      'killer app|apps|feature|features|heels|instinct|blow|punch|pass|ball|smile|line|lines|look|combo|track|tune|riff|deal|deals',
      // Offenders as the police's and the courts' object ("powers to catch criminals", "jail violent criminals"):
      // a class of people in law, named as the law names them.
      'catch|arrest|prosecute|deter|jail|convict|punish|pursue|extradite|track|identify|sentence|investigate|trace {adj}? criminals|criminal',
      'criminal case|cases|investigation|investigations|referral|offense|offence|offenses|offences|charge|charges|probe|activity|record|records|court|courts|justice|law|laws|trial|conviction|complaint|inquiry|proceedings|code|liability|prosecution|defense|defence|lawyer|attorney|division|matter|contempt|negligence|conspiracy|gang|gangs|network|networks|group|groups|organisation|organisations|organization|organizations|enterprise|enterprises|activities|history|past',
    ],
  },
  {
    id: 'political-label',
    technique: 'name-calling',
    explanation:
      'A political label used as an insult ("leftist", "globalist", "fascist", "RINO"). It sorts people into a hated box, so you judge the box instead of their ideas.',
    question: 'Do the people described call themselves this? What do they actually stand for?',
    examples: {
      flags: ['The [globalists] want to run the world.', 'A crowd of [climate alarmists] blocked the bridge.'],
      ignores: [
        'Turn to the left at the second light.',
        'Mayor Karen Bass said the plan would go ahead.',
        'Thunder woke the campers before dawn.',
        'She woke at six and drove to the coast.',
      ],
    },
    confidence: 0.65,
    ...LABEL,
    capitalised: true,
    terms: [
      'leftist', 'leftists', 'lefty', 'lefties', 'libtard', 'libtards', 'commie', 'commies', 'communists',
      'marxist', 'marxists', 'fascist', 'fascists', 'nazi', 'nazis', 'neo-nazi', 'neo-nazis', 'globalist',
      'globalists', 'elitist', 'elites', 'the elite', 'neocon', 'neocons', 'rino', 'rinos', 'snowflakes',
      'social justice warrior', 'social justice warriors', 'sjw', 'sjws', 'feminazi', 'alt-right',
      'deep state', 'mainstream media', 'lamestream media', 'fake news media', 'corporate media', 'msm', 'the left',
      'the radical left', 'the far left', 'the far right', 'right-wingers', 'left-wingers', 'wingnut', 'wingnuts',
      'moonbat', 'moonbats', 'trumpster', 'trumpsters', 'deplorables', 'jihadi', 'jihadis', 'islamists',
      'islamofascist', 'islamofascists', 'mullahs', 'ayatollahs', 'illegal alien', 'illegal aliens', 'illegals',
      'anchor baby', 'anchor babies', 'welfare queen', 'arch-conservative',
      'ultra-conservative', 'ultra-liberal', 'the establishment', 'bigwigs', 'fat cats', 'fat cat', 'apparatchik',
      'apparatchiks', 'operatives', 'partisan hacks', 'conspiracy theorist', 'conspiracy theorists', 'zealotry',
      'the elites', 'limousine liberal', 'champagne socialist', 'race hustler', 'race hustlers', 'war hawks',
      'chicken hawk', 'chickenhawk', 'open-borders', 'cultural marxism', 'cultural marxists', 'regime media',
      'woke', 'wokeness', 'wokeism', 'cancel culture', 'anti-choice', 'anti-life', 'anti-science', 'anti-gay',
      'anti-family', 'anti-christian', 'anti-white', 'anti-woman', 'anti-women', 'anti-vaxxer', 'anti-vaxxers',
      'anti-vax', 'anti-gun', 'anti-israel', 'anti-police', 'anti-freedom', 'pro-abortion', 'baby killers',
      'abortionist', 'abortionists', 'gun nuts', 'gun grabbers', 'karen', 'karens', 'jihadists', 'sheeple', 'loony left',
      'political machine', 'henchman', 'cut-out',
      // Nicknames one camp gives another, filled from general knowledge of US and British political slang.
      'trumpist', 'trumpists', 'maga cult', 'magats', 'bernie bros',
      'corbynista', 'corbynistas', 'remoaner', 'remoaners', 'brextremist', 'brextremists', 'pinko', 'pinkos',
      'eco-loon', 'eco-loons', 'eco-fascist', 'eco-fascists', 'eco-nazi', 'eco-nazis', 'climate alarmist',
      'climate alarmists', 'warmist', 'warmists', 'tree hugger', 'tree huggers', 'bible thumper', 'bible thumpers',
      'rent-a-mob', 'rent-a-crowd', 'paid protesters', 'crisis actors', 'presstitute', 'presstitutes',
      'fifth columnist', 'fifth columnists', 'appeaser', 'appeasers', 'kleptocrat', 'kleptocrats', 'freeloader',
      'freeloaders', 'moocher', 'moochers', 'scroungers', 'benefit scroungers', 'welfare cheats',
      // A sneer at a view as mere etiquette ("political correctness gone mad") rather than an argument against it.
      'political correctness',
    ],
    // The historical state and its institutions carry the name as a fact ("Nazi Germany", "the Nazi party").
    // Karen followed by a surname is a person's name ("Mayor Karen Bass"), not the insult.
    except: [
      'karen {propn}',
      // The words naming a topic of study or debate ("a course on political correctness") sneer at nothing.
      'political correctness {be} the|a {adj}? theme|topic|subject|focus',
      'debate|debates|course|courses|lecture|lectures|book|books|essay|essays|seminar|seminars on|about|over political correctness',
      'cover|covers|covered|covering|discuss|discusses|discussed|explore|explores|explored|teach|teaches|taught {any}? {any}? and|or political correctness',
      // After its subject "woke" is the verb to wake ('The storm woke residents', 'She woke at dawn'); after a
      // possessive ('their woke bosses') or in a headline's capitals it is still the label.
      '{noun} woke', 'i|he|she|we|they|you|who woke',
      'woke up', 'woke to', 'woke early', 'to the left', 'on the left', 'from the left', 'the left side', 'the left hand', 'the left of',
      'nazi germany|party|regime|era|occupation|officer|officers|soldiers|concentration|rule|invasion|propaganda',
      // The doctrine's own name and a school of thought named as such ("a Marxist-Leninist state", "a Marxist
      // historian"): a state's declared creed and an academic school are facts; "the Marxists in charge" is the label.
      'marxist-leninist', 'marxist-leninism', 'marxist {adj}? theory|theories|theorist|theorists|historian|historians|philosopher|philosophers|philosophy|economics|economist|economists|thought|analysis|critique|critiques|scholar|scholars|scholarship|tradition|ideology|doctrine|doctrines|state|states|party|parties|literary',
    ],
  },
  {
    id: 'wing-label',
    technique: 'name-calling',
    explanation:
      'A person introduced by a side of politics instead of by what they do ("a right-wing pundit", "a left-wing celebrity"). The label tells you which camp to file them in before you hear them.',
    question: 'What is this person\'s job or role? Does the political side matter to the story?',
    examples: {
      flags: ['The [right-wing pundit] Joe Farrow mocked the plan.', 'A [left-wing celebrity] led the march.'],
      ignores: ['The right wing of the hospital was closed.', 'The left-wing party won four seats.', 'He played on the left wing.'],
    },
    confidence: 0.45,
    grow: 'none',
    // Only people known for opinion or fame: a party, a government or a vote described by its side is a fact of
    // politics, and a wing of a building or a team is no side at all.
    terms: [
      'right-wing celebrity|celebrities|pundit|pundits|commentator|commentators|firebrand|firebrands|provocateur|provocateurs|ideologue|ideologues|blogger|bloggers|agitator|agitators|personality|personalities|mouthpiece|mouthpieces|influencer|influencers',
      'left-wing celebrity|celebrities|pundit|pundits|commentator|commentators|firebrand|firebrands|provocateur|provocateurs|ideologue|ideologues|blogger|bloggers|agitator|agitators|personality|personalities|mouthpiece|mouthpieces|influencer|influencers',
      'rightwing|leftwing celebrity|celebrities|pundit|pundits|commentator|commentators|firebrand|firebrands|provocateur|provocateurs|ideologue|ideologues|blogger|bloggers|agitator|agitators|personality|personalities|mouthpiece|mouthpieces|influencer|influencers',
    ],
  },
  {
    id: 'outfit-label',
    technique: 'name-calling',
    explanation:
      'An organisation called an "outfit" ("a little-known outfit", "a lobbying outfit"). The slang word shrinks the group and hints that it is not quite serious or above board.',
    question: 'What is the organisation\'s name and what does it do? Would the writer call a group they liked an outfit?',
    examples: {
      flags: ['A [little-known outfit] paid for the adverts.', 'Two [rights outfits] asked for an inquiry.'],
      ignores: [
        'She wore a red outfit to the gala.',
        'The team unveiled its new outfits for the season.',
        'He wore a political outfit covered in badges.',
      ],
    },
    confidence: 0.35,
    grow: 'none',
    // Only after a word that makes the outfit a body of people: the plain noun is mostly clothing.
    terms: [
      'little-known outfit|outfits',
      'obscure|shadowy|rights|activist|campaigning|lobbying|lobby|advocacy|polling|research|consulting|consultancy|political outfit|outfits',
    ],
    // An outfit someone wears, dons or is dressed in, or a matching one, is clothing whatever its slogans.
    except: [
      'wear|wears|wore|worn|wearing|don|dons|donned|donning|dressed|matching {any}',
      'wear|wears|wore|worn|wearing|don|dons|donned|donning|dressed|matching {any} {any}',
      'wear|wears|wore|worn|wearing|don|dons|donned|donning|dressed|matching {any} {any} {any}',
    ],
  },
];
