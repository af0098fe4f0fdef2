/**
 * Everyday judgement words: adjectives that grade a person, plan or claim instead of describing it
 * ("baseless", "shortsighted", "slapdash"), and verbs of speech that cast doubt on a speaker ("claimed").
 * Written by the project; research on subjective and epistemological bias (Recasens et al. 2013) is the
 * inspiration, described in our own words.
 */
import type { LexiconGroup } from './types.ts';

/** Judgement adjectives and doubt-casting speech verbs. */
export const JUDGEMENT: readonly LexiconGroup[] = [
  {
    id: 'judgement',
    technique: 'loaded-language',
    explanation:
      'A word that grades instead of describing ("baseless", "shortsighted", "wasteful"). It hands you the writer\'s verdict; the facts behind the verdict are what you need to judge for yourself.',
    question: 'What facts lead to this verdict? Would someone on the other side use the same word?',
    examples: {
      flags: ['The plan is [shortsighted] and costly.', 'She called him a cold and [calculating] operator.', 'The debate was [shallow].'],
      ignores: [
        'Bad weather delayed the flight.',
        'The army launched an offensive to retake the city.',
        'The office used a rough average in calculating the value of the haul.',
        'Engineers are calculating how much water the dam can hold.',
        'The fish feed in shallow waters near the reef.',
        'Police found the body in a shallow grave.',
      ],
    },
    confidence: 0.5,
    pos: ['ADJ', 'VERB'],
    grow: 'noun-phrase',
    terms: [
      'slapdash', 'haphazard', 'shortsighted', 'short-sighted', 'narrow-minded', 'small-minded', 'petty',
      'mean-spirited', 'foolish', 'glaring', 'grave doubts|concerns|concern|danger|mistake|mistakes|error|errors|misgivings|reservations', 'ugly', 'dire', 'bleak', 'grim', 'sad', 'unfair', 'unjust', 'unwarranted',
      'unjustified', 'baseless', 'groundless', 'unfounded', 'flimsy', 'meritless', 'specious', 'spurious', 'dubious',
      'questionable', 'shaky', 'misleading', 'flawed', 'dysfunctional', 'decrepit', 'crumbling', 'dilapidated',
      'ramshackle', 'tacky', 'gaudy', 'garish', 'tawdry', 'vulgar', 'crude', 'crass', 'boorish', 'rude',
      'obnoxious', 'insufferable', 'unbearable', 'intolerable', 'unacceptable', 'irrational', 'illogical',
      'incoherent', 'rambling', 'erratic', 'volatile', 'hyperbolic', 'overblown', 'exaggerated',
      'bloated', 'wasteful', 'lavish', 'extravagant', 'profligate', 'greedy', 'selfish', 'power-hungry', 'venal',
      'mercenary', 'opportunistic', 'calculating', 'manipulative', 'scheming', 'conniving', 'sly', 'cunning',
      'wily', 'crafty', 'secretive', 'shadowy', 'murky', 'clandestine', 'dodgy', 'sketchy', 'seedy', 'unsavory',
      'distasteful', 'offensive', 'insulting', 'demeaning', 'degrading', 'dehumanizing', 'intolerant', 'ignorant',
      'uninformed', 'misinformed', 'gullible', 'naive', 'credulous', 'simple-minded', 'simplistic', 'facile',
      'shallow', 'superficial', 'vapid', 'hollow', 'meaningless', 'pointless', 'futile', 'feeble', 'toothless',
      'impotent', 'senile', 'doddering', 'washed-up', 'mediocre', 'second-rate', 'third-rate', 'lackluster',
      'backward', 'primitive', 'medieval', 'archaic', 'antiquated', 'regressive', 'harmful', 'destructive',
      'corrosive', 'noxious', 'pernicious', 'grotesque', 'freakish', 'outlandish', 'far-fetched', 'careless',
      'lax', 'unprincipled', 'unscrupulous', 'amoral', 'unethical', 'dishonorable', 'disloyal', 'ungrateful',
      'avaricious', 'self-absorbed', 'narcissistic', 'megalomaniac', 'thin-skinned', 'petulant', 'whiny',
      'sniveling', 'snide', 'smarmy', 'oily', 'slick', 'glib', 'pompous', 'grandiose', 'vain', 'boastful',
      'harsh', 'vehement', 'dirty', 'unseemly', 'miserable', 'excessive', 'incongruous', 'short-lived', 'ineffectual', 'indecisive', 'frivolous',
      'titillating', 'hellbent', 'hell-bent', 'wishy-washy', 'milquetoast', 'pusillanimous', 'overzealous', 'imprudent',
      'foolhardy', 'senseless', 'childish', 'befuddled', 'egomaniacal', 'unreliable', 'arbitrary', 'stereotypical',
    ],
    neutralIn: ['science', 'medicine'],
    // "Offensive" the military noun ("a full-scale offensive") is not "offensive" the insult, and "careless driving"
    // is the name of an offence a court convicts of, not the writer's verdict.
    except: [
      'careless driving', 'bad weather', 'bad debt', 'bad debts', 'bad loans', 'offensive line|lineman|coordinator', 'sly smile',
      // A battle or a vote that is indecisive settled nothing: an outcome, not a leader's weakness.
      'indecisive battle|battles|result|results|outcome|engagement|engagements|fighting|war|vote|election|contest|campaign|clash',
      'battle|battles|result|results|outcome|engagement|engagements|fighting|war|vote|election|contest|campaign|clash {any}? indecisive',
      'full-scale offensive', 'all-out offensive', 'military|ground|air|spring|major|counter|new|final|charm offensive',
      // The campaign of an army or of rebels, told by who fights or by what it does ("the rebel offensive stalled").
      'rebel|rebels|army|government|allied|enemy|joint|renewed|planned|summer|winter|autumn|offensive|diplomatic offensive',
      'offensive stall|stalls|stalled|began|begins|failed|faltered|continued|resumed|ended|halted',
      'offensive against|on|into', 'launch|launched|launches|launching|mount|mounted|mounting {det}? {adj}? offensive', 'glaring sun|light|lights|glare',
      // "Calculating" that takes an object or follows a preposition works out a figure ("in calculating the
      // cost", "calculating how much"): the verb of arithmetic, not the adjective for a schemer.
      'calculating {det}|how|what|whether|which|when|where|its|their|his|her', 'in|by|when|for|of|after|before|while calculating',
      // Shallow water, a shallow grave, shallow roots: a depth measured, not a mind judged.
      // "Medieval" before a building, a text or a time names the period ('a rare medieval manuscript'); it judges
      // only a view or a practice ('medieval attitudes').
      'medieval {adj}? manuscript|manuscripts|church|churches|castle|castles|abbey|priory|cathedral|chapel|town|towns|city|village|wall|walls|bridge|building|buildings|house|hall|tower|ruins|site|remains|coin|coins|text|texts|map|art|music|history|historian|period|times|era|festival|fair|market|england|europe|france',
      // Stone and concrete that crumble decay in fact ('The school's roof is crumbling'); 'crumbling public
      // services' stays the verdict.
      'roof|roofs|wall|walls|ceiling|ceilings|concrete|bridge|brickwork|stonework|plaster|masonry|cliff|cliffs|pier|chimney|tower {be} crumbling',
      'crumbling concrete|masonry|plaster|brickwork|stonework|cliff|cliffs|walls|ruins',
      'shallow {adj}? water|waters|end|sea|seas|river|rivers|lake|lakes|pool|pools|pond|grave|graves|dish|trench|well|wells|depth|depths|roots|breathing|breaths|bay|stream|creek|reef|reefs|channel|coast|coastal|soil|lagoon|estuary|wetlands|slope|draft|draught|hull|crater|earthquake|quake|dive',
    ],
  },
  {
    id: 'doubt-speech',
    technique: 'loaded-language',
    explanation:
      'A speech word that casts doubt or scorn on the speaker ("claimed", "touted", "insisted"). Compare "said": the verb quietly tells you not to believe them.',
    question: 'Would "said" be fairer here? Is there evidence the statement is false?',
    examples: {
      flags: [
        'The company [claimed] the product was safe.',
        'Councillors who [claim] to care about cyclists.',
        'It comes with a sleeve that [claims] to block scanners.',
      ],
      ignores: [
        'The group claimed responsibility for the attack.',
        'The claim was rejected.',
        'The hills lie ahead.',
        'The castle lies just north of the river.',
        'The town lies about 30 miles from the border.',
        'Insurance claims rose.',
        'The court threw out that claim in May.',
        "The party's claim to a right to rule rests on the 1990 vote.",
        'The cousins both have a claim to the estate.',
      ],
    },
    confidence: 0.4,
    terms: ['claim', 'tout', 'trumpet', 'insist', 'purport', 'profess', 'proclaim', 'downplay', 'play down', 'lie', 'lied', 'feign'],
    // The nouns ("the claim", "a lie") and the literal senses ("lie down") are not verbs of doubt.
    except: [
      // After "that" the verb of a relative clause goes on to what was claimed ("a sleeve that claims to block
      // scanners"); the demonstrative's noun is followed by its own verb, a preposition or the clause's end.
      'a|an|the|this|these|those|his|her|its|their|our|your|my|some|any|another|every|each|whose {adj}? claim|claims|lie|lies|trumpet',
      'that {adj}? claim|lie {be}', 'that {adj}? claim|lie {verb}', 'that {adj}? claim|lie {adv}', 'that {adj}? claim|lie in|on|of|from|against|by|about|and|or|but|.|,|;', '{adj} claim|claims', 'more claim|claims', 'claim|claims of',
      'claim|claims for', 'claim|claims by|against|about|over|regarding|involving',
      'claim|claims|claimed|claiming {num} lives|victims',
      'insurance|land|injury|damage|damages|benefit|benefits|pension|legal|patent|tax|compensation|asylum claim|claims',
      'claim|claims|claimed responsibility|credit',
      // To insist "on" something is to demand it ("insisted on paying"); senses/rhetoric-insist.ts reads it, as
      // "insisted on Tuesday that" is still speech against doubt.
      // A win claimed with an ordinal or a run in front ("claimed their third straight victory").
      'claim|claims|claimed|claiming {det} {any} {any} victory|win|title|crown|medal|trophy|cup|prize|gold',
      // Claiming a prize is winning it, not speech ("claimed gold", "claimed her third title").
      'claim|claims|claimed|claiming {det}? {adj}? {num}? gold|silver|bronze|medal|medals|title|titles|crown|victory|win|seat|seats|goal|cup|championship|pole|point|points|life|lives|lead|throne',
      'claim|claims|claimed|claiming {propn}? {num}? {adj}? gold|silver|bronze|medal|title|crown|victory|win|seat|cup|championship|point|points|lives',
      // "Rejecting claims": after a verb, "claims" is the noun; "claim an exemption" is a filing, not a doubt.
      '{verb} claims', 'claim|claims|claimed|claiming {det}? {adj}? exemption|refund|deduction|asylum|benefits|compensation|damages|prize|lives|descent',
      // An entitlement claimed is applied for: "claim a personal or religious exemption", "claim bankruptcy
      // protection", "claim subsidies for hedges". Only nouns that are rarely verbs follow a noun of their own.
      'claim|claims|claimed|claiming {det}? {adj}? or|and? {adj}? {noun}? exemption|exemptions|deduction|deductions|allowance|allowances|subsidy|subsidies|rebate|rebates|pension|pensions|expenses|asylum|compensation',
      'claim|claims|claimed|claiming {det}? {adj}? refunds|benefit|grant|grants|payout|payouts|reward|rewards|bounty|jackpot|winnings|expenses|allowance|sanctuary|refuge',
      // Protection and relief are claimed from a court or the taxman under a name ("bankruptcy protection", "tax
      // relief") or a rule ("relief on pension savings"); "claims total protection against hackers" praises a product.
      'claim|claims|claimed|claiming {det}? {noun}? {noun} protection|protections|relief', 'claim|claims|claimed|claiming {det}? protection|relief on|for|under',
      'lie|lies|lying|lay down|ahead|in|low|dormant|still|beneath|behind|between|within', 'lie|lies|lying on {det}',
      // A place "lies" somewhere: at a distance, on a bearing or beside something ("lies just north of the river").
      'lie|lies|lying {adv}? outside|inside|near|beside|below|underneath|along|across|off|beyond|north|south|east|west|{num}',
      'lie|lies|lying about|some|roughly|around {num}',
      'lay', 'laid',
      // Land that lies low ("low-lying roads") is a place, not a liar.
      'low-lying',
      // The passive has no speaker to doubt ("it is claimed that", "is claimed to have"): hearsay with nobody behind
      // it, which is a hedge's business, not a slur on someone's word.
      '{be} {adv}? claimed',
      // A claim "to" a throne, a title or a right is an entitlement, not speech ("the party's claim to power").
      'claim|claims to {det}? {adj}? throne|title|titles|right|rights|land|lands|territory|ownership|sovereignty|power|fame|legitimacy|leadership|crown|estate|inheritance|seat',
    ],
    neutralIn: ['sport'],
  },
  {
    id: 'eponym',
    technique: 'loaded-language',
    explanation:
      'A word built on a name that stands for something sinister ("Orwellian", "Machiavellian", "Stalinist"). It borrows the horror of the name instead of showing what is wrong.',
    question: 'What exactly is being compared, and does the comparison hold?',
    examples: {
      flags: ['The new rules are [Orwellian].'],
      ignores: ['George Orwell wrote the novel in 1948.'],
    },
    confidence: 0.7,
    capitalised: true,
    grow: 'noun-phrase',
    terms: ['orwellian', 'kafkaesque', 'machiavellian', 'stalinist', 'mccarthyism', 'mccarthyite', 'dickensian', 'nazi-like', 'hitlerian', 'maoist', 'gestapo', 'kgb-style', 'soviet-style'],
  },
  {
    id: 'charged-speech',
    technique: 'loaded-language',
    explanation:
      'A speech verb with a mood attached ("complained", "bristled", "pounced", "gushed"). It tells you how to see the speaker; "said" or "wrote" would leave that to you.',
    question: 'What exactly was said? Would a plainer verb change how it sounds?',
    confidence: 0.35,
    examples: {
      flags: ['The governor [complained] that the rules were unfair.', 'Critics [pounced] on the mistake.', 'The coach [groused] that the pitch was too wet.'],
      ignores: ['The governor said the rules were unfair.', 'The cat pounced on the mouse in the laboratory, researchers wrote.'],
    },
    pos: ['VERB'],
    terms: [
      'complain', 'bristle', 'snap', 'plead', 'lament', 'bemoan', 'pounce', 'gush', 'retort', 'fire back',
      'hit back', 'shoot back',
      'take a swipe', 'took a swipe', 'take a shot', 'took a shot', 'take a jab', 'took a jab', 'took a dig',
      'take a dig', 'lash into', 'storm out', 'stormed out', 'storm off', 'stormed off', 'squirm', 'gloat over',
      // Grumbling, blurting and opining: the verb mocks the speaker's manner or standing.
      'grouse', 'blurt', 'opine', 'quip',
    ],
    // Bargains or tickets 'snapped up' are bought quickly; 'snapped at reporters' is the retort.
    except: ['snap election', 'snap elections',
      'snap|snapped|snapping up {det}? {adj}? bargains|tickets|deals|shares|copies|seats|homes|houses|properties|bonds|rights|places', 'plead|pleads|pleaded|pleading guilty|innocent|not|no',
      // A complaint about or of a plain thing is reported ("complained about the noise", "of chest pains"); one that
      // states its grievance ("complained that...") or an hour spent "complaining" (a habit, not an act) keeps the mood.
      'complains|complained about|of {det}? {adj}? {noun}'],
    neutralIn: ['science'],
  },
  {
    id: 'temperament',
    technique: 'loaded-language',
    explanation:
      'A word that paints someone\'s character or mood ("testy", "mercurial", "fawning"). It is the writer\'s impression of a person, offered as if it were a fact about them.',
    question: 'What did the person actually do or say that gives this impression?',
    confidence: 0.45,
    examples: {
      flags: ['The [testy] exchange lasted an hour.', 'His [mercurial] style worries allies.'],
      ignores: ['The exchange lasted an hour.', 'The room was not frosty at all.'],
    },
    pos: ['ADJ'],
    grow: 'noun-phrase',
    terms: [
      'testy', 'frosty', 'prickly', 'touchy', 'aggrieved', 'evasive', 'dismissive', 'disdainful', 'hawkish',
      'dovish', 'mercurial', 'charismatic', 'fiery', 'feisty', 'brash', 'abrasive', 'gruff', 'curt', 'icy',
      'chummy', 'cozy', 'adoring', 'fawning', 'sycophantic', 'obsequious', 'servile', 'exuberant', 'ebullient',
      'flamboyant', 'gory', 'lurid', 'salacious', 'sensational', 'sensationalist', 'complicit', 'culpable',
      'unrepentant', 'defiant', 'stubborn', 'obstinate', 'intransigent', 'recalcitrant', 'cagey', 'aloof',
      'haughty', 'imperious', 'high-handed', 'overbearing', 'domineering', 'combustible', 'hot-headed',
      'ill-prepared', 'unprepared', 'tone deaf', 'unabashed',
      // A manner read from outside ("meekly agreed", "blithely ignored", "grudgingly accepted").
      'meek', 'coy', 'blithe', 'cavalier', 'nonchalant', 'sheepish', 'grudging', 'begrudging',
    ],
    neutralIn: ['science', 'medicine'],
    // Ice on a road or a comet is cold in fact; only a manner or a welcome is "icy" in the loaded sense.
    except: ['icy {adj}? road|roads|conditions|surface|surfaces|water|waters|moon|moons|body|bodies|object|objects|comet|comets|rock|rocks|asteroid|cigar|patches|pavement|pavements|weather|wind|winds|rain|slopes|peaks'],
  },
];

