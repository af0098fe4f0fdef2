/**
 * Report verbs: the verbs a writer uses to say that information comes from someone or something. Grouped
 * by how strongly they attribute. Matched on wink's lemma, so "said", "says" and "saying" all count.
 * Written for Sourcelight from general English usage.
 */

/**
 * How a verb attributes: `speech` (someone said, wrote or announced it), `evidence` (a document or data
 * shows it), `cognition` (someone believes or expects it: an attribution of a view, weaker than speech).
 */
export type VerbKind = 'speech' | 'evidence' | 'cognition';

const SPEECH = [
  'say', 'tell', 'add', 'state', 'announce', 'declare', 'write', 'explain', 'note', 'comment', 'remark', 'reply',
  'respond', 'answer', 'insist', 'argue', 'claim', 'contend', 'maintain', 'assert', 'allege',
  'admit', 'concede', 'confirm', 'deny', 'reveal', 'disclose', 'warn', 'caution', 'urge', 'recommend', 'propose',
  'predict', 'forecast', 'testify', 'tweet', 'post', 'describe', 'recall', 'complain', 'accuse', 'praise',
  'promise', 'pledge', 'vow', 'threaten', 'demand', 'ask', 'stress', 'emphasise', 'emphasize', 'observe',
  'mention', 'cite', 'quote', 'speculate', 'hint', 'assure', 'dispute', 'counter', 'object',
  'protest', 'lament', 'boast', 'brag', 'joke', 'recount', 'inform', 'advise', 'report', 'estimate', 'criticise',
  'criticize', 'condemn', 'blast', 'slam', 'decry', 'defend', 'endorse', 'tout', 'reiterate', 'repeat', 'suggest',
  'indicate', 'conclude', 'call', 'charge', 'concur', 'retort', 'scoff', 'shout', 'whisper', 'announce', 'vouch',
  'blame', 'credit', 'question', 'challenge', 'rebut', 'refute', 'dismiss', 'reject', 'welcome', 'applaud',
  'acknowledge', 'brief', 'pronounce', 'proclaim', 'affirm', 'attest', 'certify', 'swear', 'mutter', 'exclaim',
  'wonder', 'muse', 'contest', 'plead', 'signal', 'forewarn', 'tease', 'quip', 'rail', 'lash', 'insinuate',
  'imply', 'guarantee', 'clarify', 'elaborate', 'specify', 'summarise', 'summarize', 'characterise',
  'characterize', 'label', 'dub', 'term', 'brand', 'hail', 'cheer', 'thank', 'apologise', 'apologize',
  'interject', 'interrupt', 'chime', 'counsel', 'downplay', 'echo', 'float', 'gripe', 'grumble', 'mock', 'opine',
  'pitch', 'point', 'ridicule', 'scold', 'sneer', 'snap', 'talk', 'discuss', 'speak', 'address', 'debate', 'rule',
  'remind', 'reassure', 'assail', 'attack', 'berate', 'castigate', 'chastise', 'denounce', 'deride', 'disparage',
  'fault', 'lambaste', 'rebuke', 'reprimand', 'trash', 'vilify', 'laud', 'commend', 'congratulate', 'salute',
  'champion', 'advocate', 'press', 'alert', 'notify', 'unveil', 'publish', 'issue', 'retweet',
  'broadcast', 'air', 'preach', 'lecture', 'beg', 'implore', 'instruct', 'order',
  'command', 'direct', 'invite', 'leak', 'divulge', 'confess', 'attribute', 'express', 'portray', 'depict',
  'vent', 'fume', 'rant', 'continue', 'underline', 'underscore', 'ding', 'trumpet', 'bemoan', 'extol', 'gush',
  'blurt',
  // Disowning in words what someone said or stands for: "the senator repudiated the remarks" (a "repudiated theory" is
  // read as an adjective, no verb).
  'repudiate',
  // Drawing attention in words: "the mayor highlighted the cost" (a document that highlights stays evidence-like).
  'highlight',
  // Words repeated from someone else: "the senator parroted the line that", "parroted these views on the radio".
  'parrot',
  // A harsh review: "critics panned the plan", "the plan was panned by critics" ("panned out" is no speech).
  'pan',
  // Only with a document as its object (checked in other-senses.ts): "released its report", not "released the hostages".
  'release',
  // Only with their particle (checked where the speaker is found): "weighed in", "spelled out", "brushed off".
  'weigh', 'spell', 'brush', 'sound',
  // Comparing or framing in words: "the mayor likened the tram to a relic", "she equated the levy with theft".
  // ("Invoke" is left out: a council invokes an emergency clause, a power or a law by acting on it.)
  'liken', 'equate', 'allude',
  // Praise, scorn and rebuke spoken to or of someone: "the coach complimented the keeper", "critics lampooned it".
  'compliment', 'taunt', 'heckle', 'lampoon', 'belittle', 'denigrate', 'excoriate', 'pillory', 'upbraid', 'chide',
  'admonish', 'reproach', 'harangue', 'deplore',
  // ("Rebuff" is left out: a board rebuffs a bid and a keeper a shot by acting, not by speaking.)
  // Questions put to someone: "the senator quizzed the minister about fares".
  'quiz',
  // Taking words back or standing by them: "the senator disavowed the ad", "she reaffirmed her pledge".
  // ("Renounce" is left out: renouncing a citizenship or a title is a legal act.)
  'disavow', 'recant', 'retract', 'reaffirm', 'contradict',
  // Putting forward an idea: "the economist posited that", "investigators theorised that".
  'posit', 'theorise', 'theorize', 'hypothesise', 'hypothesize',
];

/**
 * Verbs for the sound of a voice: '"Not again," sighed the coach.' They report words only beside a quotation or
 * before the speaker they invert with ("Enough, laughed the keeper"); "the crowd laughed" reports nothing.
 */
export const VOICE_VERBS = new Set([
  'sigh', 'laugh', 'chuckle', 'giggle', 'cry', 'sob', 'yell', 'scream', 'shriek', 'holler', 'bellow', 'murmur',
  'groan', 'moan', 'gasp', 'growl', 'snarl', 'stammer', 'stutter',
  // A crowd's or a mutterer's words next to the quotation: 'Some chanted "Out!"' (not "the monks chanted for hours").
  'chant', 'mutter', 'mumble',
]);

const EVIDENCE = [
  'show', 'find', 'document', 'demonstrate', 'highlight', 'detail', 'outline', 'list', 'record', 'project',
  'calculate', 'measure', 'count', 'tally', 'rank', 'identify', 'establish', 'prove', 'confirm', 'reveal',
  'indicate', 'suggest', 'estimate', 'conclude', 'put', 'place',
  // What an inquiry brought to light: "the audit uncovered serious failings" (a find by police with no record behind
  // it, "police uncovered a cache", reports nothing: evidence verbs need a document or a clause).
  'uncover',
];

/**
 * Verbs that only ever report words: whatever noun phrase stands before them is someone speaking, even when
 * the word lists do not know it ("the front-runner said", "environmentalists warn").
 */
export const WORDS_ONLY_VERBS = new Set([
  'say', 'tell', 'add', 'state', 'announce', 'declare', 'write', 'explain', 'reply', 'respond', 'insist', 'argue',
  'claim', 'contend', 'assert', 'allege', 'admit', 'concede', 'deny', 'warn', 'caution', 'urge', 'predict',
  'testify', 'tweet', 'recall', 'complain', 'acknowledge', 'reiterate', 'stress', 'emphasise', 'emphasize',
  'remark', 'comment', 'according',
]);

/** Verbs that report words only with their particle: "pointed out", "pressed for" ("pointing fingers" is not). */
export const NEED_PARTICLE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['point', new Set(['out', 'to', 'up'])],
  ['press', new Set(['for'])],
  // "the ministry weighed in", "she spelled out", "he brushed off": not a weight or a brush. ("Hit back" is left
  // out: as often a counter-attack or a late goal as a retort.)
  ['weigh', new Set(['in'])],
  ['spell', new Set(['out'])],
  ['brush', new Set(['off', 'aside'])],
  ['sound', new Set(['off'])],
]);

/** Adjectives of belief that attribute a view when followed by "that": "critics are convinced that". */
export const THAT_ADJECTIVES: ReadonlySet<string> = new Set([
  'optimistic', 'confident', 'convinced', 'hopeful', 'worried', 'concerned', 'skeptical', 'sceptical', 'certain',
  'sure', 'adamant', 'unsure', 'doubtful', 'pessimistic', 'fearful', 'aware', 'persuaded', 'satisfied', 'insistent',
]);

/**
 * Adjectives of an attitude held towards something, each with the prepositions that name it: "voters are sceptical of
 * the deal", "the union is hostile to the merger", "she is critical of the board" (a view, like "doubt" or
 * "oppose"). Only with these: "critical to the plan" (needed) and "the patient is critical" say nothing of a view.
 * Wary and suspicious hold a view only of a plan or a claim (stance-adjective.ts TRAIT_PRONE): "of strangers" is a temper.
 */
export const ATTITUDE_ADJECTIVES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['skeptical', 'sceptical', 'wary'].map((w) => [w, new Set(['of', 'about'])] as const),
  ...['supportive', 'critical', 'dismissive', 'distrustful', 'mistrustful', 'suspicious'].map((w) => [w, new Set(['of'])] as const),
  ['hostile', new Set(['to', 'towards', 'toward'])],
  // Scorn held for a plan or a claim, and delight in one: "the board is dismissive of", "voters are enamoured of".
  ...['scornful', 'contemptuous', 'disdainful'].map((w) => [w, new Set(['of'])] as const),
  ...['enamored', 'enamoured'].map((w) => [w, new Set(['of', 'with'])] as const),
  // Intent ("determined to", "reluctant to") is left out: "the team was determined to win" describes resolve, and
  // no test of sense tells a politician's stance from an athlete's will.
  // Speaking up is saying: "the senator has been outspoken on rents", "vocal about the cuts" (not "vocal cords").
  // "Vocal in" is singing ("vocal in the chorus"); "outspoken in her criticism" still speaks.
  ['outspoken', new Set(['on', 'about', 'against', 'in'])],
  ['vocal', new Set(['on', 'about', 'against'])],
  // Moods about a coming event are left out: "supporters are optimistic about the weather" holds no view of a claim.
]);

/** Every adjective that reports a view after "be" (so "is convinced", "is wary" are never read as passives). */
export const STANCE_ADJECTIVES: ReadonlySet<string> = new Set([...THAT_ADJECTIVES, ...ATTITUDE_ADJECTIVES.keys()]);

/**
 * Verbs of wanting and taking sides: "Democrats want", "voters back". They report a stance, not information,
 * so they make an attribution only for a named subject, never a vague crowd.
 */
export const STANCE_VERBS = new Set([
  'want', 'like', 'love', 'hate', 'dislike', 'support', 'oppose', 'back', 'embrace', 'seek', 'aim', 'ask',
  'talk', 'decide', 'choose', 'push', 'prefer', 'favour', 'favor', 'plan', 'intend', 'wish', 'resist', 'accept',
  'respect', 'admire', 'appreciate', 'dread', 'reject', 'welcome', 'thank', 'campaign', 'rally', 'lobby',
]);

const COGNITION = [
  'believe', 'think', 'expect', 'fear', 'hope', 'worry', 'doubt', 'feel', 'know', 'suspect', 'assume', 'consider',
  'reckon', 'anticipate', 'see', 'view', 'regard', 'understand', 'realise', 'realize', 'recognise',
  'recognize', 'conclude', 'judge', 'surmise', 'guess', 'imagine', 'presume', 'trust', 'question', 'oppose',
  'support', 'favour', 'favor', 'prefer', 'plan', 'intend', 'seek', 'wish', 'agree', 'disagree', 'want',
  'like', 'love', 'hate', 'dislike', 'dread', 'appreciate', 'admire', 'respect', 'embrace', 'back', 'resist',
  'decide', 'choose', 'aim', 'push', 'accept', 'deem', 'discover', 'learn', 'hear',
  // Worrying aloud or in private: "the mayor fretted that the fares would rise" (a view, like "worry"). wink reads
  // "fretted" as a noun with itself as lemma, so the past form is listed as a word of its own (read by its lower form).
  'fret', 'fretted',
  // Seeing a future in the mind's eye, and looking back with regret: "the minister foresees a deficit", "she
  // regrets her vote", "the board envisages a merger" ("fans will regret it" is a forecast: verb-fit.ts).
  'foresee', 'envision', 'envisage', 'regret',
];

/** Report verbs by lemma; a lemma in several groups keeps the strongest (speech > evidence > cognition). */
export const REPORT_VERBS: ReadonlyMap<string, VerbKind> = new Map<string, VerbKind>([
  ...COGNITION.map((w) => [w, 'cognition'] as const),
  ...EVIDENCE.map((w) => [w, 'evidence'] as const),
  ...SPEECH.map((w) => [w, 'speech'] as const),
  ...[...VOICE_VERBS].map((w) => [w, 'speech'] as const),
]);

/**
 * Verbs that can also be nouns ("a report", "his call", "the claim"): they count as verbs only when wink
 * tags them so, or when their form is clearly verbal.
 */
export const NOUN_LIKE_VERBS = new Set([
  'report', 'claim', 'estimate', 'call', 'charge', 'note', 'post', 'tweet', 'comment', 'answer', 'reply', 'quote',
  'promise', 'pledge', 'vow', 'demand', 'doubt', 'fear', 'hope', 'worry', 'find', 'show', 'record', 'count',
  'list', 'document', 'detail', 'project', 'question', 'challenge', 'support', 'plan', 'view', 'brief', 'label',
  'term', 'brand', 'signal', 'place', 'rank', 'measure', 'tally', 'wish', 'forecast', 'protest', 'object',
  'counter', 'credit', 'blame', 'judge', 'guess', 'trust', 'favour', 'favor', 'lash', 'rail', 'hail', 'cheer',
  'outline', 'welcome', 'dispute', 'contest', 'tease', 'quip', 'joke', 'boast', 'thank', 'defend', 'slam', 'blast',
  'order', 'review', 'put', 'see', 'swear', 'whisper', 'shout', 'lament', 'state', 'campaign', 'rally', 'issue',
  'address', 'debate', 'air', 'direct', 'lecture', 'pitch', 'point', 'press', 'snap', 'float', 'echo', 'leak',
  'back', 'push', 'aim', 'love', 'hate', 'like', 'respect', 'embrace', 'dread', 'talk', 'command', 'rule', 'pan',
]);

/**
 * Nouns for what a source said, proposed or holds: "the experts' call", "her remarks", "the minister's warning that".
 * Owned by someone ("his claim"), they attribute words or a view to that owner.
 */
export const SAYING_NOUNS = new Set([
  'call', 'calls', 'recommendation', 'recommendations', 'warning', 'warnings', 'assessment', 'claim', 'claims',
  'view', 'views', 'advice', 'appeal', 'plea', 'demand', 'demands', 'proposal', 'argument', 'arguments',
  'prediction', 'conclusion', 'estimate', 'account', 'allegation', 'allegations', 'accusation', 'accusations',
  'concern', 'concerns', 'fears', 'criticism', 'criticisms', 'position', 'suggestion', 'verdict', 'analysis',
  'assertion', 'insistence', 'testimony', 'version', 'remark', 'remarks', 'comment', 'comments', 'statement',
  'statements', 'promise', 'promises', 'pledge', 'vow', 'announcement', 'endorsement', 'denial', 'admission',
  'complaint', 'complaints',
  'speech', 'speeches', 'message', 'stance', 'assurance', 'assurances', 'response', 'reply', 'explanation',
  'apology', 'declaration', 'declarations', 'doubts', 'objection', 'objections', 'praise', 'threat', 'threats',
  'attacks', 'insults', 'boast', 'dismissal', 'rebuttal', 'retort', 'rhetoric',
]);

/** Participles that make an agentless attribution after "it is/was" or "is widely": "it is believed that". */
export const AGENTLESS_PARTICIPLES = new Set([
  'believed', 'thought', 'said', 'reported', 'claimed', 'alleged', 'rumoured', 'rumored', 'understood', 'known',
  'expected', 'feared', 'estimated', 'suggested', 'argued', 'assumed', 'accepted', 'considered', 'felt', 'held',
  'hoped', 'noted', 'recognised', 'recognized', 'suspected', 'speculated', 'seen', 'regarded', 'viewed',
  'acknowledged', 'agreed', 'deemed', 'reputed', 'described', 'predicted', 'projected', 'anticipated',
  'credited', 'blamed', 'touted', 'hailed', 'presumed', 'supposed', 'purported', 'whispered', 'assessed',
  'judged', 'calculated', 'indicated', 'documented', 'recorded', 'perceived', 'revealed', 'disclosed', 'announced',
  'confirmed', 'learned', 'learnt', 'shown', 'established', 'found', 'determined', 'charged', 'accused',
]);
