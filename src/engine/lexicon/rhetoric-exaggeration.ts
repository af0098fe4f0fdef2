/**
 * Exaggeration and minimisation: making something bigger or smaller than the facts show. Written by the
 * project; the technique ("Exaggeration, minimisation") follows the propaganda taxonomy of Da San Martino
 * et al. (2019). Superlatives ("the worst ever") are found by a rule (detectors/rhetoric/rule-superlative.ts).
 */
import type { LexiconGroup } from './types.ts';

/** Words that inflate or shrink. */
export const EXAGGERATION: readonly LexiconGroup[] = [
  {
    id: 'magnitude',
    technique: 'exaggeration',
    explanation:
      'A size word that does the work a number should do ("massive", "staggering", "colossal"). It makes something feel huge without telling you how big it is.',
    question: 'How big, exactly? Compared with what?',
    examples: {
      flags: ['The plan will cost a [staggering] amount of money.'],
      ignores: ['The vast majority of voters stayed home.', 'The patient died of a massive heart attack.'],
    },
    confidence: 0.5,
    pos: ['ADJ', 'ADV', 'NOUN'],
    grow: 'noun-phrase',
    terms: [
      'massive', 'massively', 'huge', 'hugely', 'enormous', 'enormously', 'gigantic', 'colossal', 'monumental',
      'tremendous', 'tremendously', 'immense', 'immensely', 'astronomical', 'staggering', 'staggeringly',
      'mind-boggling', 'mind-blowing', 'whopping', 'gargantuan', 'mammoth', 'titanic', 'epic', 'humongous',
      'stupendous', 'vast', 'vastly', 'overwhelming', 'overwhelmingly', 'extraordinary', 'extraordinarily',
      'incredible', 'incredibly', 'unbelievable', 'unbelievably', 'unimaginable', 'unimaginably',
      'inconceivable', 'insanely', 'ridiculously', 'impossibly', 'infinitely', 'exponentially',
    ],
    neutralIn: ['science'],
    // Doctors' and astronomers' own phrases: a massive stroke or heart attack is a medical grade of severity.
    except: ['vast majority', 'massive star', 'massive stars', 'massive heart attack|attacks|stroke|strokes|haemorrhage|hemorrhage|bleed|bleeding'],
  },
  {
    id: 'unprecedented',
    technique: 'exaggeration',
    explanation:
      'A claim that something is without equal in history ("unprecedented", "of all time"). Such claims are rarely checked and almost never true as stated.',
    question: 'Has nothing like this really happened before? What is it being compared with?',
    examples: {
      flags: ['The storm caused [unprecedented] damage.'],
      ignores: ['The damage was not unprecedented, historians noted.'],
    },
    confidence: 0.6,
    terms: [
      'unprecedented', 'unparalleled', 'unmatched', 'unrivaled', 'unrivalled', 'unheard-of', 'unheard of',
      'never-before-seen', 'never before seen', 'once-in-a-generation', 'once-in-a-lifetime', 'once in a lifetime',
      'biblical proportions', 'epic proportions', 'historic proportions', 'of all time', 'in human history',
      'in history', 'in living memory', 'the likes of which', 'like never before', 'than ever before',
    ],
  },
  {
    id: 'totality',
    technique: 'exaggeration',
    explanation:
      'A word that pushes a description to its absolute limit ("utterly", "completely", "all-out"). Real events are rarely total: the word leaves no room for the exceptions the facts may show.',
    question: 'Is it really total, or is this a matter of degree?',
    examples: {
      flags: ['The policy has [utterly] failed.'],
      ignores: ['Wholesale prices rose two percent in March as quarterly sales grew.'],
    },
    confidence: 0.5,
    terms: [
      'utterly', 'totally', 'completely', 'absolutely', 'entirely', 'wholly', 'thoroughly', 'literally',
      'downright', 'positively', 'categorically', 'utter', 'sheer', 'all-out', 'full-blown', 'full-scale',
      'out-and-out', 'unmitigated', 'unadulterated', 'outright', 'wholesale', 'rampant', 'runaway', 'unchecked',
      'unbridled', 'unrestrained', 'relentless', 'endless', 'never-ending', 'unending', 'constant', 'nonstop',
    ],
    except: ['wholesale price', 'wholesale prices', 'wholesale market', 'completely new', 'constant speed', 'constant temperature',
      // How a thing is made, run or paid for, told in full ('taught entirely in Welsh', 'a wholly owned unit').
      'entirely|wholly funded|owned|run|made|built|staffed|taught|written|financed|powered|composed|by|of|in|from|online'],
    neutralIn: ['science', 'economy'],
  },
  {
    id: 'vague-superlative',
    technique: 'exaggeration',
    explanation:
      'A ranking with no measure ("one of the most important", "among the best"). It sounds precise but cannot be checked without knowing the yardstick and who did the ranking.',
    question: 'Ranked by whom, measured how, and compared with what?',
    confidence: 0.4,
    examples: {
      flags: ['It was [one of the most] divisive plays of the decade.', 'It is [among the best] schools in the state.'],
      ignores: ['It is one of the three largest cities in the state.', 'She was among the first to arrive.'],
    },
    grow: 'none',
    terms: [
      'one of the|his|her|its|their|our|my most|best|greatest|finest|worst|biggest|top|leading|foremost',
      'among the|his|her|its|their|our most|best|greatest|finest|worst|biggest|top|leading|foremost',
    ],
  },
  {
    id: 'every-single',
    technique: 'exaggeration',
    explanation:
      'A sweeping "all or nothing" phrase ("every single", "not a single", "each and every"). Sweeping claims are easy to say and hard to prove; one exception breaks them.',
    question: 'Is it really every one, or some? Who counted?',
    examples: {
      flags: [
        '[Every single] promise has been broken.',
        'Tenants have heard [thousands upon thousands] of promises.',
        'The rumour is [100 per cent false], the club said.',
      ],
      ignores: [
        'Every member received a copy of the report.',
        'The trust owns 100% of the shares.',
        'The plant runs on 100 per cent renewable power.',
        'Thousands of fans and hundreds of stewards filled the square.',
      ],
    },
    confidence: 0.65,
    negationProof: true,
    terms: [
      'every single', 'each and every', 'not a single', 'not one single', 'every last', 'without exception',
      'one hundred percent', 'a hundred percent', '100 percent', 'a million times', 'a thousand times',
      'nothing short of', 'beyond belief', 'beyond imagination', 'beyond measure', 'mother of all', 'countless',
      'innumerable', 'untold', 'no end of', 'limitless', 'boundless', 'myriad', 'all the time',
      // A number doubled or made up to sound endless ("thousands upon thousands", "umpteen", "a zillion").
      'thousands upon thousands', 'hundreds upon hundreds', 'millions upon millions', 'billions upon billions',
      'umpteen', 'zillions', 'a zillion', 'gazillions', 'a gazillion', 'squillions',
      // "100 percent" spelt "per cent", only as a verdict on truth or commitment ("100 per cent false"):
      // "100 per cent renewable" is a plain figure.
      '100|110 per cent true|false|right|wrong|sure|certain|correct|committed|confident|behind|guaranteed|convinced|fake',
    ],
  },
  {
    id: 'minimisation',
    technique: 'exaggeration',
    explanation:
      'A word that shrinks something so it seems not to matter ("a mere", "nothing more than", "a slap on the wrist"). Minimising is exaggeration in the other direction.',
    question: 'How big or serious is it in fact? Who benefits from making it sound small?',
    examples: {
      flags: ['The fine was [a slap on the wrist].'],
      ignores: ['They walked along the shore of the Mere at dawn.'],
    },
    confidence: 0.55,
    negationProof: true,
    terms: [
      'mere', 'merely', 'nothing more than', 'little more than', 'nothing but', 'no more than a', 'just another',
      'a tiny minority', 'a handful of', 'only a handful', 'a drop in the bucket', 'a drop in the ocean',
      'slap on the wrist', 'peanuts', 'pittance', 'trivial', 'negligible', 'insignificant', 'paltry', 'measly',
      'piddling', 'token gesture', 'lip service', 'much ado about nothing', 'storm in a teacup', 'tempest in a teapot',
    ],
    neutralIn: ['science'],
  },
  {
    id: 'beyond-compare',
    technique: 'exaggeration',
    explanation:
      'A comparison pushed to the limit ("record-breaking", "more than ever", "could not be happier", "in the strongest terms"). It claims the top of a scale without showing the scale.',
    question: 'Compared with what, exactly? Is there a record or a measure behind it?',
    confidence: 0.45,
    negationProof: true,
    examples: {
      flags: ['Voters turned out in [record-breaking] numbers.', 'The family [could not be happier] with the school.'],
      ignores: ['Voters turned out in large numbers.', 'The family is happy with the school.'],
    },
    grow: 'none',
    terms: [
      'record-breaking', 'record-setting', 'record-shattering', 'more than ever', 'than any other',
      'could not be happier|better|prouder|worse|more', 'could not have been happier|better|prouder|worse|more',
      'in the strongest terms', 'in the strongest possible terms', 'the strongest of terms',
      // Nothing else comes close: the comparison names no rival at all.
      'never before has|have', 'nothing quite like', 'second to none',
      'like no other', 'unlike anything', 'no one is|was more', 'nobody is|was more', 'nothing can|could equal|rival',
      'no {any} can|could equal|rival', 'hold a candle to',
    ],
  },
  {
    id: 'small-figure',
    technique: 'exaggeration',
    explanation:
      'A number introduced with "just" or "only" ("won just 77 votes"). The figure is a fact; the word before it is the writer telling you it is small, and small compared with what is left unsaid.',
    question: 'Small compared with what? What would the figure look like beside a fair comparison?',
    confidence: 0.3,
    examples: {
      flags: ['His rival won [just 77] votes.', 'The school opened with [only 36] pupils.'],
      ignores: ['His rival won 77 votes.', 'Just in time, 36 pupils arrived.', 'Only 8% of voters agreed.', 'It happened in just two weeks.'],
    },
    grow: 'none',
    terms: ['just {num}', 'only {num}', 'barely {num}'],
    // Shares and spans of time are how polls and timelines are reported ("only 8% agree", "in just two weeks").
    except: ['just|only|barely {num} %|percent|per|in|of|out', 'in just|only|barely {num}'],
  },
  {
    id: 'dramatic-movement',
    technique: 'exaggeration',
    explanation:
      'A dramatic verb for a change ("skyrocket", "plummet", "explode"). It makes a change feel sudden and huge; the size of the change is the fact to look for.',
    question: 'From what to what, and over how long?',
    examples: {
      flags: ['Crime has [skyrocketed] since the law passed.', 'The decision set off an [explosion] of anger.'],
      ignores: [
        'Shares skyrocketed after quarterly earnings beat forecasts.',
        'Two people were injured in the explosion at the chemical plant.',
        'An explosion at a gas main shook the street.',
        'The explosion could be linked to a faulty boiler.',
        'Firefighters traced the explosion of a boiler to a blocked valve.',
        'Neighbours heard an explosion of some kind shortly after midnight.',
        'The bridge collapsed under the weight of the floodwater.',
        'The mushrooms are highly toxic to dogs.',
        'The company collapsed into administration with debts of 50 million pounds.',
      ],
    },
    confidence: 0.45,
    pos: ['VERB', 'NOUN', 'ADJ'],
    terms: [
      'skyrocket', 'plummet', 'nosedive', 'freefall', 'free fall', 'crater', 'balloon', 'spiral', 'explode',
      'explosion', 'explosive', 'mushroom', 'snowball', 'implode', 'evaporate', 'vanish', 'collapse',
    ],
    neutralIn: ['economy', 'science', 'military', 'medicine', 'sport'],
    except: [
      'explosive device', 'explosive devices', 'explosive vest', 'explosives',
      // The fungus: only the verb grows ("costs mushroomed").
      'mushrooms', 'a|the|wild|poisonous|toxic|edible|magic|button mushroom',
      // A blast that injures, kills or happens somewhere is the event itself ("injured in an explosion at the
      // plant"); the figure is an explosion "of" or "in" something that grows ("an explosion of violence").
      'in|by|after {det}? {adj}? explosion',
      'explosion at|near|on|inside|outside|killed|injured|destroyed|damaged|shook|rocked|hit|struck|ripped',
      // The blast as the subject of a report ('The explosion could be linked to a leak'), of a thing that blew
      // up ('the explosion of a boiler') or of an unknown kind is the event; the figure is 'an explosion of anger'.
      '{det} explosion could|may|might|was|is|has|had|will|would|did|{verb}', 'explosion of {det}',
      'explosion of some|any|an unknown kind|sort',
      // A rocket, a bomb or a boiler that exploded blew up in fact ('The rocket exploded shortly after launch').
      'rocket|rockets|bomb|bombs|device|shell|shells|grenade|mine|missile|drone|car|van|boiler|tank|tanker|tyre|tire|battery|batteries|phone|firework|fireworks|cylinder|canister|pipe|pipeline|engine|plane|transformer|generator|reactor|furnace|scooter explode',
      // A structure that falls down, and a firm that fails into administration, collapse in fact.
      'building|buildings|bridge|roof|wall|walls|tower|house|houses|mine|tunnel|ceiling|dam|stand|crane|scaffolding collapse',
      'collapse into administration|liquidation|bankruptcy|receivership',
      // Talks, deals, truces, firms and trials that fail "collapse" in the news's plain verb ("the talks collapsed",
      // "the bank collapsed in 2008"), as a person who falls ill does ("she collapsed on stage", read by
      // senses/rhetoric-body.ts); prices and support that "collapse" are still the dramatic picture of a change.
      'talks|negotiations|deal|coalition|government|ceasefire|truce|bank|banks|firm|company|airline|lender|insurer|retailer|trial|case|marriage|bid|merger|takeover collapse',
      'collapse of {det}? {adj}? talks|negotiations|deal|coalition|government|ceasefire|truce|bank|firm|company|airline|lender|trial|merger|takeover',
    ],
  },
  {
    id: 'absolutes',
    technique: 'exaggeration',
    explanation:
      'An absolute word ("nobody", "everything", "never ever", "forever"). Real situations almost always have exceptions; an absolute claim overstates, and one counter-example breaks it.',
    question: 'Really nobody, forever, everything? What are the exceptions?',
    examples: {
      flags: ['[Nobody] trusts the government anymore.'],
      ignores: [
        'No one was injured in the fire, police said.',
        'There is nothing to suggest the two fires are linked.',
        'The organisers gave thanks to everyone who helped.',
      ],
    },
    confidence: 0.35,
    negationProof: true,
    terms: [
      'nobody', 'no one', 'nothing', 'everything', 'everyone', 'everybody', 'forever', 'never ever',
      'always and everywhere',
      'not one', 'not a shred', 'not a penny', 'not an iota', 'not the slightest', 'the entire', 'the whole world',
      'all of them', 'any and all', 'at all costs', 'whatsoever', 'of any kind', 'anywhere in the world',
      'the only one', 'no one else', 'none other than',
    ],
    except: [
      'nothing but', 'nothing more than', 'not one single',
      // Finding no evidence is a careful statement, and thanks to everyone who helped is a courtesy.
      'nothing to suggest|indicate|show', 'thanks to everyone|everybody', 'thank everyone|everybody',
      // An open invitation is a notice's courtesy: 'Everyone is welcome', 'open to all'.
      'everyone|everybody|all {be} welcome', 'open to everyone|everybody|all',
      'no one|nobody {be} injured|hurt|killed|harmed', 'no one|nobody else {be} injured|hurt|killed|harmed',
    ],
  },
  {
    id: 'reception-puffery',
    // Filed as loaded wording, not as a claim-level exaggeration: the highlight is the size word and the notice
    // noun, not the whole clause around them.
    technique: 'loaded-language',
    explanation:
      'A size word put on how much notice something got ("significant attention", "considerable coverage"). It makes the reception sound big without a number of reviews, readers or reports.',
    question: 'How much attention, measured how? Who paid it?',
    examples: {
      flags: ['The mural drew [significant attention] from the local press.', 'The band built a [substantial following] in Spain.'],
      ignores: [
        'The bank holds a significant interest in the mill.',
        'The old bridge needs considerable attention.',
        'The clip got significant attention, with a million views in a day.',
      ],
    },
    confidence: 0.3,
    grow: 'none',
    // Not "interest" (also a share held in a firm) nor "notice" ("significant advance notice"); at most an adjective
    // and a noun between, so "significant gains in face recognition" is no reception. A following is a crowd of
    // fans only right after the size word or an adjective: "significant increases following the merger" is time.
    terms: ['significant|considerable|substantial {adj}? {noun}? attention|coverage|recognition|popularity|buzz|fanfare', 'significant|considerable|substantial {adj}? following'],
    // Attention someone pays, needs or gives is their own care; cover a policy gives ("coverage for dental care") is
    // insurance; "following the vote" after the size word is a time, not fans.
    except: [
      'pay|pays|paid|paying|give|gives|gave|given|giving|need|needs|needed|require|requires|required|deserve|deserves|deserved|demand|demands|demanded {det}? significant|considerable|substantial',
      'significant|considerable|substantial {adj}? coverage for', 'significant|considerable|substantial {adj}? following the|a|an|his|her|their|its|this|that|these|those|{num}',
    ],
  },
];
