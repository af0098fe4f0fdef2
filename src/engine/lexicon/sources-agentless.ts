/**
 * Attributions without anyone behind them ("it is believed", "is widely seen as", "reportedly") and vague
 * crowds ("some say", "many believe"). Pattern syntax as in sources-anonymous.ts. Written for Sourcelight.
 */

/** Adverbs that say "someone reported this" without saying who. */
export const AGENTLESS_ADVERBS = new Set([
  'reportedly', 'allegedly', 'purportedly', 'reputedly', 'supposedly', 'rumouredly', 'ostensibly',
]);

const BE = 'is|are|was|were|be|been|being';
const DEGREE = 'widely|generally|commonly|often|broadly|largely|increasingly|universally|popularly|now|still|long|also|sometimes|usually|traditionally|typically|frequently|once|previously';

/** Fixed phrases that attribute to nobody in particular. */
export const AGENTLESS_PHRASES: readonly string[] = [
  'there are|were|have|has been? reports|rumours|rumors|suggestions|claims|allegations|indications that|of',
  'there is|was|has been? speculation|talk|word|suspicion that|about',
  // "There has been much speculation as to whether": the same with its amount, and "as to" for what it is about.
  'there is|was|has been? much|some|widespread|intense|growing|fresh speculation|talk|suspicion that|about|over',
  'there is|was|has been? much|some|widespread|intense|growing|fresh? speculation|talk|suspicion as to',
  'word is|has it',
  'rumour|rumor|legend has it',
  // Folk wisdom with no teller: "as the old saying goes", "as the proverb has it".
  'as the old? saying|adage|proverb|maxim goes',
  'as the old? saying|adage|proverb|maxim has it',
  'it emerged|transpired that',
  // "The plant will close, it emerged on Monday": the same told after the news.
  ', it emerged|transpired',
  'it is|was no secret that',
  'some|many|others would|might argue|say|suggest|claim',
  // A consensus claimed for nobody in particular: "what most would agree was a blunder", "many would agree that".
  'most|many|few would|might agree|dispute|deny',
  // Talk set off with nobody named: "the leaked memo got people talking about a merger", "set tongues wagging".
  // ("got people talking to each other" is a reconciliation: the talk needs its topic.)
  'got|get|gets|getting people talking about|of',
  'set|sets|setting tongues wagging',
  'it could|can|might be argued|said',
  // "It had been theorised that", "it could be inferred that": a finding with the finder left out.
  // (Report verbs in the passive, "it has been reported that", are agentless passives already.)
  'it has|had been observed|conjectured|theorised|theorized|hypothesised|hypothesized|posited that',
  'it may|might|could|can be observed|conjectured|inferred|assumed|supposed|surmised that',
  // "The case could be made that", "the conclusion can be drawn that": an argument with the arguer left out.
  'the|a|an? case|argument|conclusion|inference|point can|could|may|might|must be made|drawn that',
  // "by some accounts", "by many estimates", "by one reckoning": a reckoning whose reckoner is not said. (The old line
  // here ran "by|according" and "to" as two steps and never matched; "according to some accounts" is a cited source.)
  'by many|most|some|several|other|one accounts|account|estimates|estimate|reckonings|reckoning|calculations|calculation',
  'by all accounts',
  // Not "supposed to": in news it mostly means planned or obliged ("the parade was supposed to start at noon").
  `${BE} ${DEGREE}? said|rumoured|rumored|thought|believed|reputed|alleged|understood|known|presumed|feared|estimated|claimed|suspected|considered|deemed|expected|predicted|projected|forecast to`,
  `${BE} ${DEGREE}? reported to have|be`,
  // "The deal, reported to be worth 2 million,", "the striker, understood to have a knee injury,": the same hearsay in
  // a description set off by a comma, with no "is" before it.
  `, ${DEGREE}? reported|understood|said|believed|thought|rumoured|rumored|alleged|reputed to be|have`,
  `${BE} ${DEGREE}? considered|deemed|reckoned|reputed`,
  // A pattern seen by nobody in particular: "contradictions are often observed", "is commonly noted" (a frequency
  // says the observing is general; "cracks were observed in the wall" is one inspection and stays out).
  `${BE} often|commonly|frequently|widely|generally|sometimes|usually|typically|repeatedly observed|noted|remarked`,
  // A judgement with no judge: "the two men were held to be its owners" ("held in custody", "held to account" are
  // no judgement; the detector skips "held to be" before a participle, a purpose: "held to be exchanged").
  `${BE} ${DEGREE}? held to be|have`,
  `${BE} ${DEGREE}? claimed|alleged|rumoured|rumored|speculated|argued|suggested|said|believed|thought|assumed|suspected|feared|reported that`,
  `${BE} ${DEGREE}? criticised|criticized|praised|called|labelled|labeled|dubbed|branded|dismissed|lauded|panned as`,
  'a|the? rumour|rumor|rumours|rumors was|were|has|have been? circulated|spread|swirled|spreading|circulating',
  'rumours|rumors that|of|about|persist|swirled|circulated',
  'by common|general|popular|universal|wide consent|agreement|acclaim',
  `${BE} ${DEGREE}? accused|suspected of`,
  'amid|despite|over allegations|accusations|claims|reports|rumours|rumors|speculation|suspicions that|of',
  'allegations|accusations|claims|reports|rumours|rumors have|has mounted|grown|surfaced|emerged|swirled|circulated',
  'speculation that|about|over',
  'faced|faces|facing|drew|draws|drawn|attracted|attracting|received|sparked|sparking ridicule|backlash|condemnation|outrage|scrutiny|criticism',
  // "The visit brought allegations of pandering", "The merger prompted speculation": talk that arose, nobody named.
  'brings|brought|prompts|prompted|prompting|triggered|triggers speculation|allegations|accusations|ridicule|backlash|condemnation|outrage',
  // A forecast with no forecaster: "Leeds were favoured to win", "she is tipped to succeed him"; a prediction that
  // came true, nobody said whose ("the firm collapsed as predicted"; "as expected" is routine and left out).
  `${BE} ${DEGREE}? favoured|favored|tipped to`,
  'as predicted|feared|forecast|anticipated|foreseen',
  // Credit and likeness given by nobody named: "is credited with inventing", "has been likened to a shoebox".
  `${BE} ${DEGREE}? credited with`,
  `${BE} ${DEGREE}? likened|compared to|with`,
  // A study told of in passing and never named: "made up 91 percent of cases in one study".
  'in one|another study|survey|experiment',
  'there is|was|has been? reason|every reason to believe|think|suspect',
  `${BE} ${DEGREE}? seen|regarded|viewed|perceived|described|recognised|recognized|credited|touted|hailed|billed|characterised|characterized|portrayed|considered|acknowledged|accepted|mentioned|floated|tipped as`,
  `${BE} widely|generally|commonly|broadly|universally considered|believed|thought|regarded|acknowledged|accepted|expected|known|recognised|recognized|assumed|held|reported|agreed|seen|viewed|cited`,
  `${BE} well known|documented|established|recognised|recognized`,
  // A reputation with nobody holding it: "is known for his temper" (the political set counts these as vague).
  `${BE} ${DEGREE}? known|famed|renowned|noted for`,
  // The writer heard it from someone they do not name: "I'm told", "we were told", "I have been informed".
  "i'm|we're|i've|we've been? told|informed|assured",
  'i|we am|are|was|were|have|had been? told|informed|assured',
  // Judged by nobody in particular: "the remark was widely condemned", "she has been criticised".
  `${BE} ${DEGREE}? condemned|criticised|criticized|denounced|ridiculed|mocked|derided|praised|applauded|lauded|blamed|faulted|slammed|blasted|panned`,
  // Esteem with nobody holding it: "she is widely respected", "the chef was much admired", "is highly regarded". A
  // degree of esteem is needed: "their privacy was respected" and "a law generally respected" are rules kept, not
  // views. Scorn needs none ("he was reviled").
  `${BE} widely|much|well|highly|greatly|deeply|universally respected|admired|revered|regarded`,
  `${BE} ${DEGREE}? reviled|vilified|maligned|lionised|lionized`,
  // "the bakery was long celebrated as the finest in town": praise, not a party ("the feast was celebrated on Sunday").
  // "for" only with whose quality or deed follows ("celebrated for her courage"): "celebrated for three days" is a party.
  `${BE} ${DEGREE}|much? celebrated|acclaimed|feted as`,
  `${BE} ${DEGREE}|much? celebrated|acclaimed|feted for his|her|its|their`,
  // "the mill was feted for decades as a model": how long the praise lasted, then what it praised.
  `${BE} ${DEGREE}|much? celebrated|acclaimed|feted for years|decades|generations|centuries as`,
  // Doubts with no owner: "amid concerns that", "there are questions about". ("the auditor raised questions" has one.)
  'amid|despite|over|after growing|mounting|widespread|persistent? concerns|questions|fears|doubts|worries|criticism|complaints that|about|over|of',
  // Hopes nobody is said to hold: "talks stalled amid hopes that a deal was close", "despite expectations of a cut".
  'amid|despite hopes|expectations that|of|for',
  'there are|were|is|was|have|has been? growing|mounting|widespread|persistent? concerns|questions|fears|doubts|worries|complaints that|about|over',
  'widespread|growing|mounting agreement|belief|concern|criticism|speculation|suspicion that|about',
];

/**
 * Impressions with no observer: "appears to", "it seems", "apparently". Something is passed on as how it looks,
 * and the text does not say to whom it looks that way or on what evidence.
 */
export const APPEARANCE_PHRASES: readonly string[] = [
  'appear|appears|appeared|seem|seems|seemed to|that|like',
  'it appears|appeared|seems|seemed',
  'it would|might|could seem|appear',
  'appear|appears|appeared|seem|seems|seemed as if|though',
  // A will read off someone from outside: "the new government seems eager to sign", "appeared reluctant to
  // settle". Only words for a will, which a person or body alone has: "ready", "poised" and "set" are said of storms
  // and prices too, and guess at what comes, as "seems likely" does; "unable" is an outcome, not a will.
  'appear|appears|appeared|seem|seems|seemed determined|eager|keen|willing|reluctant|intent|unwilling',
  'apparently',
  'seemingly',
];

/**
 * Beliefs and reports named as nouns with nobody holding them: "news that", "fears that", "dogged by charges that",
 * "the argument goes", "a common refrain is that", "questions arose about". The detector skips them when an owner
 * stands before the noun ("his claims that", "Okafor's fears that", "he had high hopes that").
 */
export const OWNERLESS_PHRASES: readonly string[] = [
  'news|announcement|revelation|disclosure|fears|hopes|doubts|suspicions|allegations|accusations|charges|claims|concerns|complaints|belief|beliefs|notion|perception|impression|sense|rumours|rumors|assumption|expectation|expectations that',
  // One claim nobody is said to have made: "despite the earlier claim that the bridge was safe". The detector skips
  // an owner ("the mayor's claim that") and a relative "that" ("the claim that he made").
  'claim|assertion|allegation|accusation|contention|rumour|rumor|suspicion that',
  'assertions|contentions that',
  'the argument|thinking|reasoning|story|theory goes',
  'refrain|complaint|criticism|worry|fear|concern|belief|perception|assumption|consensus|argument|idea is|was that',
  'questions|doubts|concerns arose|arise|remain|remained|linger|lingered|persist|persisted about|over|whether',
  'fears|worries|doubts|misgivings|qualms of|about|over',
  'concerns about|over',
  'distrust|mistrust|suspicion|scepticism|skepticism of|about|over|toward|towards',
  'criticism|condemnation|outrage of|over|about|against',
];

/**
 * Verbs whose subject holds or voices the belief named after them: "she had doubts that", "he raised concerns
 * about", "they levelled charges that". After other verbs the belief is someone else's ("sought to quash concerns").
 */
export const HOLDING_VERBS = new Set([
  'have', 'hold', 'express', 'voice', 'raise', 'share', 'harbor', 'harbour', 'air', 'state', 'cite', 'echo',
  'repeat', 'make', 'level', 'bring', 'file', 'ask', 'pose', 'lodge', 'put', 'spread', 'dismiss', 'deny', 'reject',
  'float', 'advance', 'push', 'promote', 'peddle', 'embrace', 'dispute', 'rebut', 'refute', 'counter', 'challenge',
  // "fees create the expectation that", "gave the impression that": the subject brings the view about itself.
  'create', 'give',
  // "her opponents sow doubts over the budget": the doubts are the ones the subject spreads.
  'sow',
]);

/**
 * Labels and views nobody is said to have given: "the so-called fear index", "the storm, also dubbed the Beast",
 * "cheap fuel, seen as good news for hauliers".
 */
export const LABEL_PHRASES: readonly string[] = [
  'so - called',
  'so-called',
  // Not "also called": a name is no view; "dubbed" and "nicknamed" say someone chose it. "Known as" before a name
  // ("known as the Iron Span") is skipped by the detector; "known as a hardliner" stays a view.
  'known as',
  'also dubbed|nicknamed',
  // ", seen as a boon", ", regarded simultaneously as": a view set between commas with nobody holding it.
  `, regarded|seen|viewed|considered|perceived|described|hailed|billed|touted|branded|labelled|labeled ${DEGREE}|simultaneously|variously? as`,
  // ", considered the finest potter of her day": the same without "as" ("thought", "believed" are too often a
  // subject's own verb after an aside to count here).
  `, ${DEGREE}? considered|deemed|reputed the|a|an|one|among|to|by`,
];

/** Quantifiers that turn a group into a vague source: "some experts", "many believe", "critics say". */
export const VAGUE_QUANTIFIERS = new Set([
  'some', 'many', 'most', 'several', 'various', 'numerous', 'few', 'certain', 'countless', 'other', 'others',
  'multiple', 'unnamed', 'anonymous', 'unidentified', 'plenty', 'lots',
]);
