/**
 * Appeals to fear: wording that makes the reader afraid so that a conclusion feels urgent. Written by the
 * project; the technique ("Appeal to fear/prejudice") follows the propaganda taxonomy of Da San Martino et
 * al. (2019). Threats aimed at the reader's own group and "could become a catastrophe" predictions are found
 * by rules (detectors/rhetoric/rule-fear-*.ts).
 */
import { HAZARDS } from './rhetoric-hazards.ts';
import type { LexiconGroup } from './types.ts';

/** Words that raise alarm. */
export const FEAR: readonly LexiconGroup[] = [
  {
    id: 'danger',
    technique: 'fear-appeal',
    explanation:
      'A danger word ("dangerous", "threat", "menace") used to describe a situation rather than a measured risk. Fear makes people accept conclusions faster; a real risk can be described with facts.',
    question: 'Dangerous to whom, how likely, and who says so?',
    examples: {
      flags: ['This is a [dangerous escalation].'],
      ignores: [
        "The patient's pressure fell to a dangerous level after surgery.",
        'The referee showed a red card to the defender for a dangerous tackle in the 80th minute.',
        'He was banned for two years for dangerous driving.',
        'The flood threatened hundreds of homes along the river.',
        'The disease is a major threat to honeybees.',
      ],
    },
    confidence: 0.5,
    grow: 'noun-phrase',
    terms: [
      'dangerous', 'danger', 'dangers', 'menace', 'peril', 'perilous', 'imperil', 'endanger', 'jeopardize',
      'existential threat', 'grave danger', 'mortal danger', 'clear and present danger', 'grave threat',
      'serious threat', 'growing threat', 'direct threat', 'threat to', 'threaten', 'threatening', 'threaten {det}? {adj}? very? existence|survival|future|safety|security|way',
    ],
    neutralIn: ['medicine', 'science'],
    // A threat someone made ("threatened to impose tariffs") is an event being reported, not an appeal to the
    // reader's fear; species lists, fire warnings and the criminal charge use the words as plain terms.
    except: [
      'threaten|threatens|threatened|threatening to', 'endangered species',
      // A threat made with a weapon or a legal step is the event reported ("threatened his neighbour with a knife",
      // "threatened them with eviction"); "threatened the city with ruin" still paints the danger.
      'threaten {any}? {any}? with {det}? {adj}? knife|knives|gun|guns|pistol|rifle|shotgun|machete|axe|hammer|bat|bottle|weapon|weapons|blade|syringe|arrest|prosecution|eviction|dismissal|deportation|expulsion|sanctions|jail|prison|legal|court', 'fire danger', 'reckless endangerment|endangering',
      // So is a sanction threatened as its object ("continues to threaten higher tariffs", "threatened a strike").
      'threaten {det}? {adj}? tariffs|tariff|sanctions|walkout|boycott|boycotts|veto|vetoes|retaliation|reprisals|lawsuit|lawsuits|resignation',
      // A strike is a sanction only as workers' ("threatened a strike", "a national strike"); "a nuclear strike",
      // "missile strikes" are attacks, and threatening one still paints the danger.
      'threaten {det}? strike|strikes', 'threaten {det}? general|national|nationwide|indefinite|rolling|hunger|further|fresh|new|more strike|strikes',
      // Offences by their names: the law's "dangerous driving", the referee's "dangerous play" or tackle.
      'dangerous driving|cycling|play|tackle|tackles|challenge|challenges|foul|fouls', 'causing death by dangerous',
      // A flood that threatens homes, a disease that is a threat to a crop: the hazard is the news.
      `${HAZARDS} threaten`, `${HAZARDS} {be} {det}? {adj}? threat`,
    ],
  },
  {
    id: 'alarm',
    technique: 'fear-appeal',
    explanation:
      'An alarm word ("terrifying", "chilling", "nightmare"). It hands you fear instead of facts, and frightened readers check less.',
    question: 'What exactly is the risk, and how do we know it is real?',
    examples: {
      flags: ['The report paints a [terrifying] picture.'],
      ignores: [
        'The report does not paint a terrifying picture.',
        'The terror suspect was charged with preparing acts of terrorism.',
      ],
    },
    confidence: 0.7,
    grow: 'noun-phrase',
    terms: [
      'terrifying', 'frightening', 'scary', 'chilling', 'spine-chilling', 'bone-chilling', 'hair-raising',
      'ominous', 'alarming', 'alarmingly', 'menacing', 'nightmare', 'nightmarish', 'horror', 'horrors', 'terror',
      'dread', 'panic', 'creepy',
    ],
    // The law's and the police's names for an offence and its suspects ("terror charges", "a terror suspect").
    except: [
      'terror-related', 'terror suspect|suspects|charge|charges|offence|offences|offense|offenses|cell|cells|plot|plots|raid|raids|arrest|arrests|trial|law|laws|legislation|watchlist|investigation|investigations',
      // The news's own name for an attack and the groups behind it ("the terror attack left 22 dead").
      'terror attack|attacks|group|groups|network|networks|organisation|organisations|organization|organizations|financing|funding|alert|alerts',
    ],
  },
  {
    id: 'catastrophe',
    technique: 'fear-appeal',
    explanation:
      'A word of doom ("catastrophic", "apocalypse", "collapse of civilisation"). Painting the worst outcome as likely is a way to rush you to a conclusion.',
    question: 'How likely is this outcome really, and what evidence points to it?',
    examples: {
      flags: ['The policy would be [catastrophic] for farmers.'],
      ignores: ['Researchers in the laboratory modelled a catastrophic collapse of the protein.'],
    },
    confidence: 0.65,
    grow: 'noun-phrase',
    terms: [
      'catastrophic', 'cataclysm', 'cataclysmic', 'apocalypse', 'apocalyptic', 'armageddon', 'doomsday', 'doom',
      'doomed', 'annihilation', 'calamity', 'calamitous', 'ruinous', 'hellscape', 'hellhole', 'living hell',
      'end of civilization', 'end of the world', 'wipe out', 'wiped off the map', 'total collapse',
      'complete collapse', 'devastating', 'devastation',
    ],
    neutralIn: ['science'],
  },
  {
    id: 'brink',
    technique: 'fear-appeal',
    explanation:
      'A picture of things about to go over the edge ("on the brink", "spiralling out of control", "a ticking time bomb"). It creates urgency, and urgency pushes out careful thought.',
    question: 'What is actually happening now, and how fast? Who says it is out of control?',
    examples: {
      flags: ['The country is [on the brink] of collapse.'],
      ignores: [
        'The meeting was not out of control, organisers said.',
        'The keeper woke up early to feed the seals.',
        'She woke up in hospital two days later.',
      ],
    },
    confidence: 0.55,
    negationProof: false,
    terms: [
      'on the brink', 'brink of', 'teetering', 'out of control', 'spiral out of control', 'spiraling out of control',
      'point of no return', 'ticking time bomb', 'time bomb', 'powder keg', 'tinderbox', 'under siege', 'under attack',
      'under threat', 'no one is safe', 'nobody is safe', 'no one will be safe', 'before it is too late',
      "before it's too late", 'too late to', 'wake up', 'brace for', 'brace yourself', 'beware', 'lurking',
      'looming', 'creeping', 'the next target', 'it could happen to you', 'sleepwalking into',
    ],
    // The call is "wake up"; someone who woke up early, at dawn or in hospital only got out of bed ("waking up
    // to the truth" stays the call).
    except: ['woke|wakes|woken up early|late|at|before|after|in|on'],
  },
  {
    id: 'mayhem',
    technique: 'fear-appeal',
    explanation:
      'A word of bloodshed and disorder ("carnage", "bloodbath", "anarchy"). It shocks you into feeling a threat; the plain facts (how many, where, when) let you measure it.',
    question: 'What happened, in numbers, and who reports it?',
    examples: {
      flags: ['The city descended into [chaos].'],
      ignores: ['The city did not descend into chaos.'],
    },
    confidence: 0.6,
    terms: [
      'carnage', 'bloodbath', 'bloodshed', 'blood-soaked', 'mayhem', 'havoc', 'chaos', 'chaotic', 'anarchy',
      'lawlessness', 'reign of terror', 'rampage', 'killing spree', 'killing field', 'killing fields', 'massacre',
      'slaughter', 'butchery', 'onslaught', 'pandemonium', 'turmoil',
    ],
    // Livestock taken to slaughter at an abattoir are farming's plain fact ('a slaughter of civilians' stays).
    except: ['take|send|go|bound|ready|breed|rear|raise|fatten|destined to|for slaughter', 'slaughter {det}? {adj}? sheep|cattle|pigs|lambs|animals|livestock|chickens|poultry|cows'],
  },
  {
    id: 'invasion',
    technique: 'fear-appeal',
    explanation:
      'A picture of outsiders pouring in ("invasion", "flood of migrants", "overrun"). It turns people into a threatening wave and plays on prejudice instead of numbers.',
    question: 'How many people, exactly, and what is the evidence of harm?',
    examples: {
      flags: ['A [flood of migrants] is crossing the border.'],
      ignores: ['A flood of water crossed the border road.'],
    },
    confidence: 0.7,
    terms: [
      'flood|wave|tide|influx|surge|stream|horde|swarm|hordes|army|invasion of {adj}? migrants|immigrants|refugees|illegals|foreigners|aliens|outsiders',
      'flood|wave|tide|influx|surge|stream|horde|swarm|hordes|army|invasion of asylum-seekers',
      'overrun by', 'overrun with', 'flooded with', 'flooding into', 'pouring into', 'pouring across', 'swarming',
      'infested', 'infest', 'replace us', 'great replacement',
      'open borders', 'porous border', 'porous borders',
    ],
  },
];
