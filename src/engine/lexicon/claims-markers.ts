/**
 * Words that tell what kind of assertion a sentence makes: a cause, a prediction, a prescription, an opinion,
 * a number, or one of the contestable facts a careful reader wants sourced (deaths, accusations, motives).
 * Multi-word markers use the pattern syntax of detectors/attribution/patterns.ts. Written for Sourcelight.
 */

/** Markers of cause and effect: "because", "led to", "as a result of". */
export const CAUSAL_PHRASES: readonly string[] = [
  // "results in" only after a subject that cannot be its noun's modifier: "exam results in the school's history" is a tally.
  'because', 'due to', 'owing to', 'thanks to', 'as a result|consequence', 'resulted|resulting in',
  'which|that|this|it|often|usually|also results in',
  'led|leads|leading to', 'lead to', 'caused|causes|causing', 'cause', 'triggered|triggers|triggering',
  'fuelled|fueled|fuels|fuelling|fueling', 'driven|drove|drives by?', 'contributed|contributes|contributing to',
  'responsible for', 'stems|stemmed|stemming from', 'therefore', 'hence', 'consequently', 'so that',
  'the result is|was', 'blamed|blames on|for', 'because of', 'in response to', 'prompted|prompting|prompts',
  'strained|weakened|undermined|boosted|hurt|harmed|damaged by', 'helped|helps|helping to?', 'spurred|spurring',
];

/** Markers of a statement about the future: "will", "is expected to", "next year". */
export const PREDICTION_PHRASES: readonly string[] = [
  'will', "'ll", 'shall', 'is|are|was|were|am going to', 'is|are likely|unlikely|set|poised|bound|due|expected to',
  // wink splits "it's" but keeps "I'm" whole: both spellings of the contracted future.
  "'s|'re|'m|’s|’re|’m going to", "i'm|we're|you're|they're|i’m|we’re|you’re|they’re going to", 'gonna',
  'risks|risk becoming|turning|sliding', 'may|might|could soon', 'next year|week|month|decade|time',
  'in the coming days|weeks|months|years', 'by the end of', 'is|are on track to', 'will likely|probably',
  'may|might not be', 'in the future',
];

/** Markers of a prescription: what someone must or should do. */
export const PRESCRIPTION_PHRASES: readonly string[] = [
  'must', 'should', 'ought to', 'needs|need to', 'has|have got to', 'got to', 'gotta', "it is|'s now? time to|for",
  'it is now|up to|for',
  "let's", 'let us', 'we need', 'is essential|necessary|vital|imperative|crucial to|that', 'it is incumbent',
  'calls|called|calling for', 'urge|urges|urged',
];

/** First-person stance: the speaker presents a view, not a checkable fact ("I think", "in my view"). */
export const OPINION_PHRASES: readonly string[] = [
  'i|we think|believe|feel|hope|guess|suppose|suspect|reckon', 'i|we am|are convinced|confident|sure|proud',
  // A view denied is still a view: "I don't think the plan works" ("do" and "n't" are two tokens to wink). Not
  // "I didn't believe it", a past belief the speaker reports.
  "i|we do not|n't|n’t think|believe|feel|suppose",
  // wink keeps "I'm" and "we're" whole, so the contracted forms are listed apart.
  "i'm|we're|i’m|we’re convinced|confident|sure|proud",
  'in my|our view|opinion|judgment|judgement', 'i|we would|will argue|say', 'my|our view is', 'it seems to me',
  'i|we want|wanted|like|love|hate', 'i|we have always|never? believed|thought', "i am|'m not sure", "i'm not sure",
  'i|we thought', "i|we am|'m|are|'re|was|were disappointed|glad|happy|sorry|pleased|delighted|honored|honoured",
  "i would|'d like|love", "i|we would|could|might|'d",
];

/**
 * Verbs that report someone's words (lemmas): "Mr. Lee says it's a bad deal", "the senator urged that we act".
 * A view or a call reported in another's name is a claim about their position, which one can check.
 */
export const STANCE_REPORT_VERBS = new Set([
  'say', 'tell', 'suggest', 'argue', 'indicate', 'advocate', 'urge', 'propose', 'claim', 'insist', 'recommend', 'warn',
]);

/**
 * Words of ceremony: thanks, welcome, congratulation, honour. A sentence built on one marks an occasion ("I'm
 * delighted to welcome tonight ..."), which a fact-checker has no reason to check, however many names it holds.
 */
export const CEREMONY_PHRASES: readonly string[] = [
  // Not "thanks to", which gives a cause ("thanks to the new bill, farms survived"; "thanks, in part, to").
  // Not a country that will "welcome 10,000 refugees", nor "welcome news": only the greeting.
  'thank|thanking', 'thanks for|you|all|again|everyone|everybody|so|very|.|!', 'thanks , everyone|everybody|all|folks', 'many thanks', 'so|very|deeply|truly grateful',
  'our|my gratitude', 'congratulate|congratulations', 'honored|honoured|privileged to',
  'please welcome', 'welcome to|back', 'we|i welcome', 'join|joined me in', 'god bless', 'a pleasure|privilege to',
];

/**
 * Talk about the conversation itself: turns, time, questions ("you have two minutes", "let me ask you", "the next
 * question"). In a debate or an interview these run the exchange; they assert nothing about the world.
 */
export const CONVERSATION_PHRASES: readonly string[] = [
  // Only the turn-giving senses: "Israel vowed to respond" and "did not respond to a request" report events.
  'your|my time is|has', 'your turn', 'your rebuttal', 'you may|can respond', 'like to respond',
  "let me|let's ask|answer", 'ask you|both', 'asked you', 'the next|this|that|my|your question', 'answer the question',
  'follow up|-', 'follow-up', 'move on',
  // The speaker taking the floor: "let me talk about the budget", "let me take a minute to comment on…".
  "let me|let's talk|comment about|on", 'let me|us take just? a minute|moment|second',
];

/** Nouns for quantities that are measured and reported: "wages have gone down" is a statistical claim. */
export const MEASURED_NOUNS = new Set([
  'jobs', 'unemployment', 'employment', 'wages', 'wage', 'income', 'incomes', 'taxes', 'tax', 'deficit', 'debt',
  'spending', 'budget', 'inflation', 'prices', 'costs', 'cost', 'crime', 'murders', 'homicides', 'poverty',
  'growth', 'economy', 'gdp', 'exports', 'imports', 'emissions', 'premiums', 'rates', 'rate', 'revenue', 'profits',
  'population', 'enrollment', 'turnout', 'deaths', 'cases', 'arrests', 'sales', 'production', 'investment',
  'level', 'levels', 'funding', 'pollution', 'salaries', 'salary', 'pay', 'earnings', 'savings', 'output',
  'productivity', 'crimes', 'violence', 'overdoses', 'layoffs', 'foreclosures', 'bankruptcies', 'rents', 'tuition',
  'deportations', 'borrowing', 'payrolls', 'wealth',
]);

/** Words of change or comparison that turn a measured noun into a statistic: "went up", "fell", "higher". */
export const CHANGE_WORDS = new Set([
  'up', 'down', 'rose', 'risen', 'rise', 'rising', 'fell', 'fallen', 'falling', 'increased', 'decreased',
  'increase', 'decrease', 'doubled', 'tripled', 'halved', 'dropped', 'declined', 'grew', 'grown', 'shrank',
  'higher', 'lower', 'highest', 'lowest', 'more', 'less', 'fewer', 'record', 'soared', 'plunged', 'cut', 'raised',
  'increasing', 'decreasing', 'increases', 'decreases', 'rises', 'falls', 'grows', 'growing', 'dropping', 'declining',
  'climbing', 'climbed', 'surged', 'jumped', 'skyrocketed', 'shrinking', 'slashed', 'quadrupled',
]);

/**
 * Public matters: taxes, wars, borders, courts, schools. A statement about one of them is about public policy
 * and its effects, which fact-checkers look into far more often than a private matter ("my family", "the
 * weather"). Plural and singular forms are listed where both are common.
 */
export const PUBLIC_MATTER_NOUNS = new Set([
  // money and work
  'tax', 'taxes', 'taxpayers', 'tariff', 'tariffs', 'budget', 'deficit', 'debt', 'spending', 'subsidies', 'wages',
  'jobs', 'workers', 'unemployment', 'economy', 'inflation', 'pensions', 'pension', 'welfare', 'poverty', 'housing',
  'income', 'incomes', 'salaries', 'benefits', 'loans', 'mortgages', 'investment',
  // security and the world
  'war', 'wars', 'troops', 'military', 'army', 'navy', 'weapons', 'nuclear', 'missiles', 'terrorism', 'terrorists',
  'sanctions', 'treaty', 'ceasefire', 'alliance',
  // trade and industry
  'trade', 'exports', 'imports', 'manufacturing', 'industry', 'banks',
  // borders
  'immigration', 'immigrants', 'border', 'borders', 'refugees', 'asylum', 'visas', 'deportations', 'citizenship',
  // law and order
  'crime', 'crimes', 'murders', 'police', 'prison', 'prisons', 'guns', 'gun', 'drugs',
  'law', 'laws', 'bill', 'legislation', 'regulations', 'court', 'courts', 'judges',
  // public services
  'healthcare', 'insurance', 'hospitals', 'medicare', 'medicaid', 'premiums', 'schools', 'education', 'tuition',
  'teachers', 'students', 'medicine', 'medicines', 'prescription',
  // energy and environment
  'energy', 'oil', 'coal', 'climate', 'emissions', 'pollution',
  // elections
  'election', 'elections', 'voters', 'votes', 'ballots',
]);

/** Evaluative words: a sentence built around one judges rather than reports. */
export const EVALUATIVE_WORDS = new Set([
  'blunder', 'mistake', 'failure', 'disaster', 'disgrace', 'outrage', 'shame', 'scandal', 'triumph', 'fiasco',
  'wrong', 'right', 'good', 'bad', 'terrible', 'great', 'wonderful', 'awful', 'best', 'worst', 'excellent', 'poor',
  'wise', 'foolish', 'reckless', 'irresponsible', 'admirable', 'shameful', 'disgraceful', 'ridiculous', 'absurd',
  'unacceptable', 'appalling', 'brilliant', 'stupid', 'naive', 'classic', 'coincidence', 'clear', 'obvious',
  'admission', 'tacit', 'fair', 'unfair', 'important', 'dangerous', 'proud', 'sad', 'tragic', 'incredible',
  'amazing', 'fantastic', 'horrible', 'beautiful', 'nice', 'tremendous', 'huge', 'strong', 'weak', 'smart',
]);

/**
 * Words that give an amount's precision ("nearly 40 percent", "at least 200 people", "some $3 billion"): whoever
 * says how close a figure is presents it as measured, and a measured figure is what a fact-checker looks up.
 * Read only right before an amount; phrases as space-joined words.
 */
export const APPROXIMATORS = new Set([
  'almost', 'nearly', 'roughly', 'approximately', 'about', 'around', 'some', 'virtually', 'practically', 'at least',
  'at most', 'close to', 'upwards of', 'well over', 'just over', 'just under', 'as many as', 'as much as', 'as few as',
  'as little as', 'an estimated',
]);

/** "About", "around" and "some" are also plain words ("talk about two things", "some one"): they approximate only a figure. */
export const LOOSE_APPROXIMATORS = new Set(['about', 'around', 'some']);

/**
 * Initialisms of everyday things, jobs and devices ("the CEO", "an SUV", "DNA"): written in capitals like an
 * agency's initials, but they name no particular organisation, agreement or programme.
 */
export const COMMON_INITIALISMS = new Set([
  // Three letters or more: shorter capitals are never read as initials.
  'ceo', 'ceos', 'cfo', 'coo', 'cto', 'mvp', 'dna', 'rna', 'atm', 'atms', 'gps', 'usb', 'dvd', 'dvds', 'cds',
  'faq', 'asap', 'suv', 'suvs', 'vip', 'vips', 'aka', 'rsvp', 'lol', 'omg', 'diy', 'tba', 'eta', 'pdf', 'ufo',
  'ufos', 'led', 'leds', 'lcd', 'mri', 'icu', 'adhd', 'hiv', 'phd', 'mba', 'llc', 'inc', 'ltd',
]);

/** Magnitudes and quantity words: "thousands of", "a dozen", "doubled", "7 percent". */
export const QUANTITY_WORDS = new Set([
  'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions',
  'trillion', 'trillions', 'percent', 'percentage', 'twice', 'doubled', 'tripled', 'quadrupled', 'halved', 'tens',
]);

/**
 * Units a number word measures: "five cents", "three miles", "ten seats". With one, a count written in words is a
 * figure. Spans of time are left out: "two years ago" dates something, it does not measure it.
 */
export const UNIT_WORDS = new Set([
  'cents', 'dollars', 'dollar', 'pounds', 'euros', 'miles', 'acres', 'tons', 'points', 'percent', 'jobs', 'votes',
  'seats', 'troops', 'soldiers',
]);

/** Words that make a count a rate: "three police officers for every crime", "five cents a day", "per person". */
export const RATE_WORDS = new Set(['per', 'every', 'each', 'apiece']);

/** Deaths and injuries: the figure a conflict report is most often wrong or disputed about. */
export const CASUALTY_WORDS = new Set([
  'dead', 'killed', 'killing', 'killings', 'deaths', 'death', 'died', 'die', 'wounded', 'injured', 'injuries',
  'casualties', 'fatalities', 'toll', 'massacre', 'massacred', 'bodies', 'slain', 'murdered', 'executed',
]);

/** Accusations: saying someone did wrong, which needs the strongest sourcing. */
export const ACCUSATION_PHRASES: readonly string[] = [
  'accuse|accused|accuses|accusing', 'harbouring|harboring|harboured|harbored',
  // "Harbour" the noun is a port ("Whangarei Harbour", "the harbour wall"): only the verb shelters wrongdoers.
  'to|of|for harbour|harbor', 'harbour|harbor|harbours|harbors terrorists|militants|fighters|criminals|fugitives|suspects|extremists|rebels',
  'sponsor|sponsors|sponsoring|sponsored terrorism|terrorists|militants', 'cover|covered|covering up',
  'lied|lies|lying', 'fraud', 'corrupt|corruption', 'complicit', 'guilty', 'bribe|bribes|bribed|bribery',
  'rigged|rigging', 'stole|stolen|stealing', 'illegal|illegally', 'smuggled|smuggling', 'war crimes|crime',
  'abuse|abused|abuses', 'exploited|exploiting|exploit', 'proxy|proxies', 'jammed|hacked|sabotaged|attacked',
];

/** Intent and motive: claiming to know what someone wants or plans. */
export const INTENT_PHRASES: readonly string[] = [
  'seek|seeks|seeking|sought to', 'aim|aims|aiming|aimed to', 'intend|intends|intended|intending to',
  'want|wants|wanted to', 'in order to', 'designed|meant|calculated to', 'in a bid to', 'so as to',
  'trying|tried|tries to', 'plans|planned|planning to', 'deliberately', 'motive|motives', 'intent on', 'bent on',
  'their|his|her|its goal|aim|intention|strategy is|was',
];

/** Actions that leave a public record (lemmas): "voted against", "vetoed", "cut taxes" can be looked up. */
export const RECORD_VERBS = new Set([
  'vote', 'veto', 'sign', 'pass', 'cut', 'raise', 'increase', 'reduce', 'create', 'lose', 'spend', 'borrow',
  'approve', 'sponsor', 'introduce', 'double', 'triple', 'fall', 'rise', 'drop', 'grow', 'kill', 'invade', 'ban',
  'fund', 'repeal', 'enact', 'lower', 'slash', 'fire', 'appoint', 'nominate', 'elect', 'win', 'defeat', 'arrest',
  'convict', 'sentence', 'sue', 'indict', 'launch', 'deploy', 'withdraw', 'close', 'open', 'build', 'sell', 'buy',
  // Positions taken on the record: a vote, a bill or a speech shows whether someone opposed or backed something.
  'oppose', 'support', 'propose', 'endorse', 'block', 'filibuster', 'cosponsor', 'ratify', 'negotiate',
  // Acts of office: an order given, a ruling or policy reversed, a measure adopted are dated and published.
  'order', 'reverse', 'adopt',
]);

/** Words for unspecified things: a sentence about "something" or "a lot of things" gives nothing to check. */
export const VAGUE_CONTENT_WORDS = new Set([
  'something', 'things', 'thing', 'everything', 'everybody', 'everyone', 'stuff', 'somebody', 'anything',
  'somehow', 'whatever', 'kind', 'sort',
]);

/** Modal verbs of possibility: "we could", "it might" imagine rather than report. */
export const POSSIBILITY_MODALS = new Set(['can', 'could', 'would', 'might', 'may', "can't", 'cannot', "couldn't", "wouldn't"]);

/** Routine observable facts: markets, prices and schedules weigh little in the score. */
export const ROUTINE_WORDS = new Set([
  'shares', 'stocks', 'stock', 'index', 'prices', 'price', 'closed', 'opened', 'traded', 'trading', 'scheduled',
  'schedule', 'kicks', 'begins', 'starts', 'tickets', 'weather', 'forecast', 'temperatures', 'agenda', 'venue',
]);

/**
 * The field a ranking is measured over: "the worst harvest in recorded history", "the first time in the
 * nation's life", "more than any president". With a ranking word in the sentence, this is a record someone can
 * look up, however strongly it is worded.
 */
export const RANKING_SCOPES: readonly string[] = [
  // Not "in the city" or "in the state": police and courts are "in the city" without ranking anything.
  'in history', 'in american|recorded|modern|our|its|their|his|her|the history', 'in the nation|nation’s|country|world',
  // "the wettest spring in the whole country": a qualifier between "the" and the field.
  'in the entire|whole history|world|country',
  "in the nation's|country's|world's history", 'on record', 'of all time', 'than any|anyone|anybody', 'for the first time',
  'since the great depression|war|recession', 'in america|europe|africa|asia', 'in our|this|their|its country|nation',
  // "the best ever", "than ever before", "the most we have ever had": not "ever since", which only dates.
  // Not "ever been" or "ever had", mostly asked ("Have you ever been to Paris?").
  'than ever', 'ever before|recorded|.|!', 'ever seen|made|built|sold|paid',
];

/** Ranking words beyond the comparatives: "the best", "the worst", "the last". */
export const RANKING_WORDS = new Set(['best', 'worst', 'last', 'first', 'only', 'most', 'least', 'more', 'less', 'fewer', 'never', 'ever']);

/**
 * Animals and plants by their common names: their deaths ("dead whales", "the cattle died", "fish deaths") are
 * news, but not the count of people killed or hurt that a casualty claim stands for.
 */
export const ANIMAL_WORDS = new Set([
  'animal', 'animals', 'wildlife', 'livestock', 'cattle', 'cow', 'cows', 'sheep', 'lamb', 'lambs', 'pig', 'pigs',
  'horse', 'horses', 'dog', 'dogs', 'cat', 'cats', 'deer', 'fox', 'foxes', 'badger', 'badgers', 'rabbit', 'rabbits',
  'bird', 'birds', 'chicken', 'chickens', 'poultry', 'hen', 'hens', 'duck', 'ducks', 'geese', 'swan', 'swans',
  'fish', 'salmon', 'trout', 'whale', 'whales', 'dolphin', 'dolphins', 'porpoise', 'porpoises', 'shark', 'sharks',
  'turtle', 'turtles', 'coral', 'corals', 'bee', 'bees', 'insect', 'insects', 'frog', 'frogs', 'tree', 'trees',
  'crop', 'crops', 'elephant', 'elephants',
  // Left out on purpose: "plant" (a factory), "seal" (Navy SEALs), "bat" and "lion" (a team, a cricket bat).
]);

/**
 * Family members and partners: after "his", "her" or a possessive ("her husband died in 2016", "Okafor's
 * mother, who died last year"), a death word tells one person's life, not a toll.
 */
export const KIN_WORDS = new Set([
  'husband', 'wife', 'spouse', 'partner', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'boyfriend', 'girlfriend',
  'father', 'mother', 'dad', 'mum', 'mom', 'parents', 'son', 'daughter', 'brother', 'sister', 'twin',
  'grandfather', 'grandmother', 'grandparents', 'grandson', 'granddaughter', 'uncle', 'aunt', 'nephew', 'niece',
  'cousin', 'stepfather', 'stepmother', 'stepson', 'stepdaughter', 'father-in-law', 'mother-in-law', 'widow',
  'widower',
]);

/**
 * People in one's private life beyond the family: after an owner ("her neighbour", "my friends") they are no
 * public actor, and their everyday acts are nobody's record.
 */
export const PRIVATE_PEOPLE = new Set([
  'neighbour', 'neighbours', 'neighbor', 'neighbors', 'friend', 'friends', 'flatmate', 'roommate', 'housemate',
  'classmate', 'kids', 'children', 'child', 'family', 'landlord', 'landlady', 'baby', 'sons', 'daughters',
  'brothers', 'sisters', 'cousins', 'dog', 'cat',
]);
