/**
 * Loaded adjectives: descriptions that carry the writer's verdict. Written by the project; "loaded
 * language" as a technique follows the propaganda technique taxonomy of Da San Martino et al. (2019), and
 * the split into contempt, mockery, cruelty and so on follows how media-literacy lessons explain it.
 */
import type { LexiconGroup } from './types.ts';

/** Shared by every group here: an adjective is highlighted with the noun it judges. */
const ADJECTIVE = { pos: ['ADJ', 'VERB', 'NOUN'], grow: 'noun-phrase' } as const;

/** Adjectives that judge instead of describing. */
export const LOADED_ADJECTIVES: readonly LexiconGroup[] = [
  {
    id: 'contempt',
    technique: 'loaded-language',
    explanation:
      'A word of disgust or contempt ("disgraceful", "despicable"). It tells you how to feel about someone instead of showing what they did, so you can no longer judge it for yourself.',
    question: 'What did they actually do? Would you reach the same verdict from the facts alone?',
    examples: {
      flags: ['It was a [disgraceful] decision.', 'Cutting the pensions was [indefensible].'],
      ignores: ['The decision was not disgraceful, the judge said.', 'The fort was militarily indefensible.'],
    },
    confidence: 0.8,
    ...ADJECTIVE,
    terms: [
      'disgraceful', 'disgusting', 'despicable', 'deplorable', 'contemptible', 'shameful', 'shameless',
      'abhorrent', 'abominable', 'atrocious', 'egregious', 'heinous', 'monstrous', 'vile', 'odious', 'repugnant',
      'repulsive', 'revolting', 'sickening', 'nauseating', 'loathsome', 'detestable', 'sleazy', 'sordid', 'slimy',
      'scummy', 'squalid', 'obscene', 'scandalous', 'outrageous', 'unconscionable', 'inexcusable', 'unforgivable',
      'reprehensible', 'disreputable', 'ignominious', 'pathetic', 'pitiful', 'nasty', 'nastiness', 'filthy', 'rotten',
      // Moral verdicts: the act is judged beyond defence or decency, not described.
      'indefensible', 'unpardonable', 'ignoble', 'dastardly', 'iniquitous', 'iniquity', 'execrable',
      'debauched', 'debauchery', 'beyond the pale', 'morally bankrupt',
      'moral bankruptcy', 'moral decay',
    ],
    // A position that cannot be held in battle is described, not condemned.
    except: ['filthy rich', 'militarily|strategically|tactically indefensible'],
  },
  {
    id: 'mockery',
    technique: 'loaded-language',
    explanation:
      'A word that mocks an idea or a person as foolish or mad ("ridiculous", "unhinged"). Mockery replaces an argument: it asks you to laugh instead of checking whether the idea is right.',
    question: 'What is the actual idea, and what is wrong with it in facts?',
    examples: {
      flags: ['The proposal is [ridiculous].'],
      ignores: ['The patient was delusional, so doctors changed the medication and the dose.'],
    },
    confidence: 0.75,
    ...ADJECTIVE,
    terms: [
      'ridiculous', 'absurd', 'ludicrous', 'preposterous', 'laughable', 'idiotic', 'stupid', 'moronic', 'asinine',
      'brainless', 'mindless', 'insane', 'crazy', 'deranged', 'unhinged', 'loony', 'nutty', 'batty',
      'demented', 'delusional', 'bizarre', 'nonsensical', 'farcical', 'clownish', 'hare-brained', 'half-baked',
      'harebrained', 'dimwitted', 'dim-witted', 'dumb', 'silly', 'goofy', 'wacky', 'kooky', 'cockamamie',
    ],
    neutralIn: ['medicine'],
  },
  {
    id: 'evil',
    technique: 'loaded-language',
    explanation:
      'A word that calls someone or something evil or sinister. It turns a dispute into a battle of good against bad, which leaves no room for checking the facts.',
    question: 'What specific act is being judged, and what evidence is there for the motive?',
    examples: {
      flags: ['It is a [sinister] plan against voters.'],
      ignores: [
        'Workers cleaned up the toxic waste near the river.',
        'Police said the pills contained a highly toxic industrial chemical.',
        'The berries are toxic to dogs.',
        'Farmers say many of their cattle are sick.',
        'Two pupils fell sick after the school trip.',
        'Volunteers cared for sick and injured birds.',
      ],
    },
    confidence: 0.8,
    ...ADJECTIVE,
    terms: [
      'evil', 'wicked', 'sinister', 'nefarious', 'diabolical', 'demonic', 'satanic', 'malevolent', 'malicious',
      'malign', 'villainous', 'devilish', 'fiendish', 'insidious', 'treacherous', 'traitorous', 'treasonous',
      'seditious', 'perfidious', 'hateful', 'spiteful', 'vindictive', 'venomous', 'poisonous', 'toxic', 'sick',
      'twisted', 'depraved', 'perverted', 'corrupt', 'godless', 'ungodly', 'immoral',
    ],
    neutralIn: ['science', 'medicine'],
    except: [
      'toxic waste', 'toxic chemicals', 'toxic chemical', 'toxic substance', 'toxic gas', 'toxic fumes', 'sick leave', 'sick pay',
      // A poison's toxicity is measured, not a moral verdict: a toxic dose, metal or algae, toxic "to" a species.
      'toxic {adj}? waste|chemical|chemicals|substance|substances|gas|gases|fumes|smoke|metal|metals|algae|dose|doses|levels|compound|compounds|material|materials|mushroom|mushrooms|plant|plants|pollutant|pollutants|spill|leak|cloud|dust|sludge|mould|mold|shock|effects',
      'toxic to',
      // "Sick" about the body is ill: people and animals that are, fall or call in sick, the sick and injured.
      '{be} sick', 'fall|fell|falls|falling|feel|felt|feels|get|got|gets|become|became|call|called|calls in? sick',
      'sick and|or injured|wounded|elderly|dying|disabled|hungry', 'sick {adj}? child|children|patient|patients|people|person|animal|animals|cattle|bird|birds|baby|babies|relative|relatives|workers|passengers|pupils|residents|soldiers|prisoners|whale|whales|dog|dogs|note|bay|ward|son|sons|daughter|daughters|man|men|woman|women|mother|father|wife|husband|boy|girl|brother|sister|friend|horse|cow|cows|calf|calves|plants|days|list',
    ],
  },
  {
    id: 'cruelty',
    technique: 'loaded-language',
    explanation:
      'A word that paints cruelty ("brutal", "ruthless", "barbaric"). Even when something terrible happened, these words push feeling over facts: the facts themselves would show how bad it was.',
    question: 'What happened, described in neutral words? Does it still look the same?',
    examples: {
      flags: ['The regime carried out a [brutal crackdown].'],
      ignores: ['The striker made a brutal tackle in the second half of the match.'],
    },
    confidence: 0.7,
    ...ADJECTIVE,
    terms: [
      'brutal', 'vicious', 'savage', 'barbaric', 'barbarous', 'bloodthirsty', 'ruthless', 'merciless', 'pitiless',
      'callous', 'heartless', 'cold-blooded', 'cruel', 'sadistic', 'inhuman', 'inhumane', 'murderous', 'thuggish',
      'bloody', 'ferocious', 'feral', 'rabid', 'bestial',
    ],
    neutralIn: ['sport'],
  },
  {
    id: 'dishonesty',
    technique: 'loaded-language',
    explanation:
      'A word that accuses of lying or fraud ("dishonest", "bogus", "rigged"). An accusation stated as a description slips past you: you should get the evidence of the lie, not just the label.',
    question: 'What exactly was false, and who showed that it was?',
    examples: {
      flags: ['It was a [dishonest] campaign.'],
      ignores: ['The campaign was not dishonest.'],
    },
    confidence: 0.75,
    ...ADJECTIVE,
    terms: [
      'dishonest', 'deceitful', 'deceptive', 'disingenuous', 'duplicitous', 'devious', 'hypocritical', 'two-faced',
      'fraudulent', 'bogus', 'phony', 'phoney', 'fake', 'rigged', 'lying', 'mendacious', 'sneaky',
      'underhanded', 'shady', 'fishy', 'slippery', 'sham', 'crooked', 'trumped-up', 'made-up', 'cooked-up',
      'sanctimonious', 'self-righteous', 'self-serving', 'holier-than-thou', 'smug', 'arrogant', 'condescending',
      'patronizing', 'out-of-touch', 'tone-deaf', 'brazen', 'blatant', 'flagrant', 'cynical',
    ],
    // A fraud's tools are fake in fact ('fake text messages', 'fake banknotes'); the charge is 'fake news'.
    // Land that lies low ("low-lying roads") tells no lie.
    except: [
      'low-lying',
      'fake {adj}? text|texts|email|emails|message|messages|website|websites|account|accounts|profile|profiles|call|calls|invoice|invoices|banknote|banknotes|notes|coins|id|passport|passports|tickets|goods|handbags|watches|cigarettes|designer|listings',
    ],
  },
  {
    id: 'extremity',
    technique: 'loaded-language',
    explanation:
      'A word that places someone at the dangerous edge of politics ("radical", "extreme", "far-left"). It labels people as beyond reason instead of describing what they propose.',
    question: 'What do they actually propose or do, and who calls it extreme?',
    examples: {
      flags: ['The party has been taken over by [radical activists].'],
      ignores: ['Free radicals damage cells, researchers in the laboratory found.'],
    },
    confidence: 0.6,
    ...ADJECTIVE,
    terms: [
      'radical', 'extreme', 'fringe', 'fanatical', 'zealous', 'hardline', 'hard-line',
      'far-left', 'far-right', 'hard-left', 'hard-right', 'ultra-left', 'ultra-right', 'alt-left',
      'ultraconservative', 'ultraliberal', 'rightist', 'reactionary', 'subversive', 'revolutionary',
      'anarchist', 'jihadist', 'islamist',
    ],
    except: [
      'free radical', 'free radicals', 'extreme poverty', 'extreme sports', 'revolutionary war',
      'extreme weather|heat|cold|temperatures|rainfall|rainstorms|storms|drought|droughts|flooding|events|conditions|winds',
    ],
    neutralIn: ['science', 'medicine', 'sport'],
  },
  {
    id: 'tyranny',
    technique: 'loaded-language',
    explanation:
      'A word that paints a rule or a leader as tyranny ("draconian", "totalitarian"). It tells you to see oppression before you know what the rule does.',
    question: 'What does the rule or decision actually require, and of whom?',
    examples: {
      flags: ['The [draconian law] bans protests.'],
      ignores: ['The law is not draconian, its authors say.'],
    },
    confidence: 0.6,
    ...ADJECTIVE,
    terms: [
      'draconian', 'tyrannical', 'totalitarian', 'authoritarian', 'dictatorial', 'despotic', 'oppressive',
      'repressive', 'fascistic', 'heavy-handed', 'iron-fisted', 'jackbooted',
      'lawless', 'illegitimate', 'unconstitutional', 'un-american', 'anti-american', 'unpatriotic',
    ],
  },
  {
    id: 'hostility',
    technique: 'loaded-language',
    explanation:
      'A word that casts a country, group or person as an enemy ("hostile", "aggressive", "rogue"). It decides who the bad side is before showing what they did.',
    question: 'Who says they are hostile, and what did they do?',
    examples: {
      flags: ['The region is exploited by [hostile state actors].'],
      ignores: ['The company fought off a hostile takeover.'],
    },
    confidence: 0.6,
    ...ADJECTIVE,
    terms: [
      'hostile', 'aggressive', 'belligerent', 'bellicose', 'warmongering', 'rogue', 'predatory',       'expansionist', 'imperialist', 'adversarial', 'antagonistic', 'combative', 'confrontational', 'provocative',
      'inflammatory', 'incendiary', 'divisive', 'vitriolic', 'virulent', 'shrill', 'strident',
      'hysterical', 'paranoid', 'bombastic', 'hate-filled',
    ],
    // An incendiary round or device sets fire in fact.
    except: ['hostile takeover', 'hostile environment', 'incendiary ammunition|round|rounds|bullet|bullets|device|devices|bomb|bombs|weapon|weapons|munitions|shell|shells|balloon|balloons'],
    neutralIn: ['medicine', 'sport', 'science'],
  },
  {
    id: 'failure',
    technique: 'loaded-language',
    explanation:
      'A word that brands a person or decision as a failure or incompetent ("inept", "disastrous", "reckless"). It gives a verdict instead of the results that would let you judge.',
    question: 'What were the actual results, measured how?',
    examples: {
      flags: ['The [inept] government failed again.'],
      ignores: ["The team's inept defence cost them the match against the league leaders."],
    },
    confidence: 0.7,
    ...ADJECTIVE,
    terms: [
      'incompetent', 'inept', 'clueless', 'feckless', 'spineless', 'gutless', 'cowardly', 'craven', 'weak-kneed',
      'reckless', 'irresponsible', 'disastrous', 'botched', 'bungled', 'hapless', 'bumbling',
      'woeful', 'abysmal', 'dismal', 'lousy', 'shoddy', 'sloppy', 'lazy', 'negligent', 'useless', 'worthless',
      'hopeless', 'lame', 'lame-duck', 'embattled', 'beleaguered', 'scandal-plagued', 'scandal-ridden',
    ],
    neutralIn: ['sport', 'medicine'],
  },
  {
    id: 'shock',
    technique: 'loaded-language',
    explanation:
      'A word that tells you to be shocked ("shocking", "appalling", "horrific"). The writer is handing you an emotion; the facts should be enough to let you feel it or not.',
    question: 'Set the adjective aside: what are the facts, and are they as shocking as the word says?',
    examples: {
      flags: ['The findings are [shocking].'],
      ignores: ['The findings are not shocking.'],
    },
    confidence: 0.7,
    ...ADJECTIVE,
    terms: [
      'shocking', 'appalling', 'horrific', 'horrifying', 'horrendous', 'horrible', 'terrible', 'awful', 'dreadful',
      'ghastly', 'gruesome', 'grisly', 'harrowing', 'hideous', 'unspeakable', 'unthinkable',
      'jaw-dropping', 'damning', 'scathing', 'blistering', 'withering', 'stinging',
      'humiliating', 'embarrassing', 'tragic', 'heartbreaking', 'heart-wrenching', 'gut-wrenching',
      'disturbing', 'troubling', 'astonishing', 'surreal',
      'disconcerting', 'unsettling', 'gross injustice', 'travesty of justice',
    ],
  },
  {
    id: 'notoriety',
    technique: 'loaded-language',
    explanation:
      'A word that sums up someone\'s reputation for you ("notorious", "disgraced", "controversial"). It brings in a verdict from elsewhere without saying who reached it or why.',
    question: 'What is this reputation based on, and who holds it?',
    examples: {
      flags: ['The [notorious] lobbyist returned to Washington.'],
      ignores: ['He is not a controversial figure.'],
    },
    confidence: 0.5,
    ...ADJECTIVE,
    terms: [
      'notorious', 'infamous', 'disgraced', 'discredited', 'debunked', 'controversial', 'polarizing',
      'much-maligned', 'ill-fated', 'ill-conceived', 'misguided',
    ],
  },
  {
    id: 'so-called',
    technique: 'loaded-language',
    explanation:
      '"So-called" in the writer\'s own voice sneers at a name instead of arguing against it: "so-called experts" tells you not to trust them without saying why.',
    question: 'What is wrong with the name, in facts? Why not say it directly?',
    examples: {
      flags: ['The [so-called experts] got it wrong.', 'The panel was packed with [armchair generals].'],
      ignores: ['They would be happy to help.', 'The shop sells faux fur coats.', 'He dozed in an armchair by the fire.'],
    },
    confidence: 0.6,
    grow: 'noun-phrase',
    terms: [
      'so-called', 'so called', 'self-styled', 'self-proclaimed', 'self-described', 'self-avowed', 'self-declared',
      'self-professed', 'would-be', 'wannabe',
      // Labels that call someone's standing or feeling fake: a "self-appointed" guardian, "faux outrage",
      // "armchair experts" who judge from a distance.
      'self-appointed', 'faux', 'armchair critic|critics|general|generals|expert|experts|warrior|warriors|pundit|pundits|strategist|strategists|quarterback|quarterbacks',
    ],
    // "Faux" is the trade's plain word for imitation materials, and "faux pas" a borrowed phrase.
    except: ['faux pas|fur|leather|marble|wood|suede|finish|stone|flowers|plants'],
  },
];
