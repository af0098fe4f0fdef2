/**
 * Praise words (puffery): loaded language pointing the other way. "Legendary", "renowned" and
 * "award-winning" tell the reader what to admire instead of showing what someone did. Written by the
 * project; the neutrality edits of the Wiki Neutrality Corpus (Pryzant et al. 2020) show how often editors
 * remove exactly this kind of word, an observation described here in our own words.
 */
import type { LexiconGroup } from './types.ts';

/** Words that praise instead of describing. */
export const PRAISE: readonly LexiconGroup[] = [
  {
    id: 'puffery',
    technique: 'loaded-language',
    explanation:
      'A praise word that tells you what to admire ("legendary", "visionary", "world-class"). Praise is loaded language too: the facts about what someone did should earn it.',
    question: 'What did they actually achieve, and who judges it this way?',
    examples: {
      flags: [
        'The [legendary] singer retired.',
        'The ruling was an [outstanding victory] for common sense.',
        'He is the [greatest mayor] this city has had.',
      ],
      ignores: [
        'They celebrated her birthday at home.',
        'The school was rated outstanding by inspectors.',
        'The company has outstanding debts of 4 million pounds.',
        'The coach said losing the final was the greatest regret of his career.',
      ],
    },
    confidence: 0.45,
    pos: ['ADJ', 'NOUN', 'VERB'],
    grow: 'noun-phrase',
    terms: [
      'legendary', 'iconic', 'renowned', 'world-renowned', 'world-famous', 'world-class', 'acclaimed',
      'critically acclaimed', 'celebrated', 'famed', 'illustrious', 'esteemed', 'eminent', 'distinguished',
      'prestigious', 'visionary', 'brilliant', 'genius', 'masterful', 'masterpiece', 'stellar',
      'superb', 'outstanding', 'exceptional', 'phenomenal', 'spectacular', 'magnificent', 'breathtaking',
      'groundbreaking', 'ground-breaking', 'pioneering', 'trailblazing', 'cutting-edge',
      'state-of-the-art', 'state of the art', 'best-selling', 'best selling', 'world class', 'ground breaking', 'beloved', 'cherished', 'heroic', 'noble', 'courageous', 'valiant',
      'selfless', 'inspiring', 'inspirational', 'tireless', 'unwavering', 'indefatigable', 'peerless',
      'unsurpassed', 'impeccable', 'flawless', 'glorious', 'triumphant', 'dazzling', 'wonderful', 'amazing',
      'fantastic', 'terrific', 'awesome', 'stunning', 'remarkable', 'impressive', 'towering', 'greatest',
    ],
    // A selling point is a feature, not a sales record.
    except: [
      // "Nobles" and a "noble family" are the aristocracy, and "noble gases" chemistry: a rank, not a virtue.
      'nobles', 'noble family|families|house|houses|title|titles|rank|birth|lineage|class|classes|dynasty|estate|estates|gas|gases|metal|metals|blood|descent',
      'celebrated {det}? birthday',
      // People who celebrate a feast or a national day keep it; the day is not praised ("celebrated Bastille Day").
      'celebrate|celebrated|celebrates|celebrating {any}? {any}? day|holiday|holidays|christmas|easter|eid|diwali|hanukkah|passover|thanksgiving|mass|festival|carnival',
      'mass|masses|liturgy|eucharist|feast|feasts|festival|festivals|holiday|holidays|wedding|weddings {any}? {any}? celebrated', 'celebrated {det}? anniversary', 'celebrated {det}? victory', 'best selling point|points',
      // A body that celebrated its centenary held an event; only "the celebrated author" is praise.
      'celebrate|celebrated|celebrates|celebrating {det}? {any}? centenary|centennial|bicentenary|jubilee|anniversary|birthday|opening|reopening',
      // An inspector's grade is reported, not awarded by the writer; an "outstanding" bill is unpaid.
      'rate|rated|grade|graded|judge|judged outstanding|exceptional', 'outstanding debt|debts|balance|balances|loan|loans|warrant|warrants|issue|issues|question|questions|payment|payments|amount|amounts|bill|bills|claim|claims|case|cases|shares|fees|fines',
      // "Greatest" before a regret or a setback ranks a misfortune, most often the speaker's own; it praises nothing.
      'greatest regret|regrets|frustration|frustrations|disappointment|disappointments|sorrow|failure|failures|mistake|mistakes|weakness|weaknesses|worry|worries|fear|fears|loss|losses|setback|setbacks'],
    neutralIn: ['science'],
  },
  {
    id: 'everyday-praise',
    technique: 'loaded-language',
    explanation:
      'An everyday word of praise ("talented", "prolific", "a living legend"). Mild, but still the writer\'s verdict: it tells you what to think of someone before showing what they did.',
    question: 'Talented or memorable by what measure, and according to whom?',
    confidence: 0.25,
    examples: {
      flags: ['She is a [talented] singer.', 'He was a [prolific] author.', 'The vicar gave a [heartfelt] sermon.'],
      ignores: ['She is a singer.', 'The film was not memorable.', 'The vicar gave a sermon.'],
    },
    pos: ['ADJ', 'VERB'],
    grow: 'noun-phrase',
    terms: [
      'prolific', 'beautiful', 'lovely', 'well-respected', 'talented', 'gifted', 'memorable',
      'nice', 'delicious', 'elegant', 'charming', 'overrated', 'underrated', 'up-and-coming', 'much-loved',
      'much-admired', 'well-loved', 'revered', 'storied', 'heartfelt', 'stirring {noun}', 'impassioned',
    ],
    // Only the adjective before its noun ("a stirring speech") praises; the verb stirs ("was stirring the sauce").
    except: ['{be} stirring', 'stirring up'],
    neutralIn: ['science'],
  },
  {
    id: 'reputation',
    technique: 'loaded-language',
    explanation:
      'A word that vouches for someone\'s standing ("popular", "influential", "a leading expert", "best known for"). It may be true, but it is the writer\'s ranking: the evidence (sales, prizes, who follows them) is what would show it.',
    question: 'Popular or influential by what measure, and compared with whom?',
    confidence: 0.3,
    examples: {
      flags: ['It is a [popular comedy podcast].', 'She was an [influential painter].', 'He is [best known] for his novels.'],
      ignores: ['The popular vote went to the challenger.', 'The road leading to the village was closed.', 'It was not popular.'],
    },
    pos: ['ADJ', 'ADV'],
    grow: 'noun-phrase',
    deriveAdverbs: false,
    terms: [
      'popular', 'famous', 'famously', 'well-known', 'best-known', 'best known', 'influential', 'noted',
      'successful', 'respected', 'highly respected', 'highly regarded', 'well-regarded', 'highly acclaimed',
      'highly anticipated', 'much-anticipated', 'well known',
      'chart-topping', 'top-selling', 'multi-platinum', 'top-rated', 'seminal', 'definitive', 'classic', 'foremost', 'premier',
      'top-notch', 'first-rate', 'world-leading', 'great', 'finest', 'fabled', 'vaunted', 'formidable',
    ],
    except: [
      // "Popular with" a group says whom a thing appeals to, which polls and sales measure ("popular with young voters").
      'popular with|among',
      'popular vote|votes|uprising|front|sovereignty|mandate', 'leading to|up|into|from|by', 'great britain|lakes|depression|recession|war|wall|plains|deal|many|power|powers|barrier',
      'great-grandfather', 'great-grandmother', 'great-grandson', 'great-granddaughter', 'great-grandchildren', 'great-uncle', 'great-aunt',
      'the great', 'classic car|cars', 'greater', 'greatest',
      // An attempt that succeeded is an outcome, not a reputation.
      'successful bid|bids|attempt|attempts|launch|launches|test|tests|operation|operations|vote|motion|appeal|appeals|prosecution|challenge|completion|transplant|surgery|landing|rescue',
      'claim|claims|claimant|claimants|applicant|applicants|application|applications|bid|bids|bidder|bidders|appeal|appeals|attempt|attempts|operation|surgery|transplant|launch|test|tests|trial|trials|mission|experiment|treatment|challenge|prosecution|landing|rescue {be} {adv}? successful',
      'if|when|once|unless successful',
    ],
    neutralIn: ['science'],
  },
  {
    id: 'mild-evaluation',
    technique: 'loaded-language',
    explanation:
      'A mild word of taste or character ("picturesque", "shrewd", "lucrative", "quirky"). Often harmless, but it is the writer\'s impression, not a fact, and it quietly tells you how to see the thing described.',
    question: 'Would everyone describe it this way? What are the plain facts behind the impression?',
    confidence: 0.2,
    examples: {
      flags: ['The town is a [picturesque] fishing port.', 'She was a [shrewd negotiator].'],
      ignores: ['The town is a fishing port.', 'The painting was not exotic.'],
    },
    pos: ['ADJ'],
    grow: 'noun-phrase',
    deriveAdverbs: false,
    terms: [
      'gorgeous', 'splendid', 'opulent', 'sumptuous', 'posh', 'glamorous', 'pristine', 'compelling', 'riveting',
      'gripping', 'captivating', 'hilarious', 'witty', 'savvy', 'shrewd', 'astute', 'insightful', 'eloquent',
      'brave', 'daring', 'audacious', 'fearless', 'gutsy', 'resilient', 'steadfast', 'ardent',
      'fervent', 'diehard', 'die-hard', 'vibrant', 'bustling', 'picturesque', 'scenic', 'idyllic', 'quaint',
      'majestic', 'luxurious', 'prosperous', 'respectable', 'exotic', 'zany', 'quirky', 'disjointed',
      'heartwarming', 'heart-warming', 'poignant', 'high-quality', 'top-quality', 'keen', 'authoritative', 'untiring',
      'fearsome', 'bold', 'funny', 'strange', 'honest',
      // The depth of someone's faith, graded from outside, as "fervent" grades it ("the family's deep beliefs").
      'deep|profound|sincere {any}? faith|belief|beliefs|conviction|convictions|devotion|piety',
      // "Strong" grades faith the same way; a "strong belief" that rates will rise is a forecaster's confidence.
      'strong {any}? faith|devotion|piety',
    ],
    neutralIn: ['science'],
    // A kind of neural network is no faith; a school or a leader "of faith" is a kind, not a depth ("strong faith
    // schools"); faith "in" a bank or a currency is trust ("strong faith in the dollar"); and a "sincere belief that"
    // a thing was so is the law's test of a defendant's state of mind, not a grade of piety.
    except: [
      'deep belief network|networks|net|nets',
      'deep|profound|sincere|strong faith school|schools|leader|leaders|group|groups|community|communities|organisation|organisations|organization|organizations|charity|charities',
      'strong faith in', 'sincere belief|beliefs that',
    ],
  },
  {
    id: 'quiet-praise',
    technique: 'loaded-language',
    explanation:
      'A quiet word of praise ("excellent", "sophisticated", "a seasoned diplomat", "a landmark ruling"). It sounds like description, but it is the writer\'s verdict on how good or important something is.',
    question: 'Excellent or masterly by what measure? Which fact would show it?',
    confidence: 0.2,
    examples: {
      flags: ['The hotel offers an [excellent view].', 'She is a [seasoned diplomat].', 'It was a [landmark ruling].'],
      ignores: [
        'The hotel offers a view of the bay.',
        'She is a diplomat.',
        'The ruling was not a landmark.',
        'The seasoned wood burned well.',
        'Investigators traced the sophisticated cyberattack to a server abroad.',
      ],
    },
    pos: ['ADJ'],
    grow: 'noun-phrase',
    deriveAdverbs: false,
    terms: [
      'landmark', 'excellent', 'exquisite', 'fabulous', 'marvelous', 'marvellous', 'skilful', 'skillful',
      'sophisticated', 'seasoned', 'coveted', 'prized', 'treasured', 'razor-sharp', 'masterly', 'awe-inspiring',
      'enviable', 'high-calibre', 'high-caliber', 'pre-eminent', 'preeminent', 'kind-hearted', 'warm-hearted',
      'big-hearted',
    ],
    // "Accomplished" (a task done) and "venerable" (a church title) are left out: their other senses are as common.
    // Seasoned wood and food are prepared, not praised; a listed landmark building is a place's legal status.
    // "First-class" and "top-flight" are left out: they name a class of mail, ticket or league.
    // A sophisticated attack or weapon is dangerous, not admirable.
    except: [
      'seasoned wood|timber|meat|food|salt|dish|dishes',
      'landmark building|buildings|status|site|sites|district',
      'sophisticated attack|attacks|cyberattack|cyberattacks|weapon|weapons|weaponry|malware|scam|scams|fraud|hackers|hacking|surveillance|plot',
      // Nor is a rocket, a radar or a piece of engineering: "sophisticated" there measures how complex it is.
      'sophisticated {adj}? rocket|rockets|missile|missiles|drone|drones|radar|radars|system|systems|equipment|technology|technologies|engineering|operation|operations|device|devices|network|networks|software|machinery|instruments',
    ],
    neutralIn: ['science'],
  },
  {
    id: 'acclaim-noun',
    technique: 'loaded-language',
    explanation:
      'A title of honour given by the writer ("a legend", "a superstar", "a prodigy"). It sums a person up with praise instead of showing what they did.',
    question: 'What did they achieve that earns the title, and who gave it to them?',
    confidence: 0.35,
    examples: {
      flags: ['She toured with the rock [legend] for a year.', 'The [child prodigy] played at six.'],
      ignores: ['According to an old legend, the lake has no bottom.', 'The map legend lists every symbol.'],
    },
    pos: ['NOUN', 'ADJ'],
    grow: 'noun-phrase',
    terms: [
      'legend', 'legends', 'living legend', 'prodigy', 'child prodigy', 'superstar', 'superstars', 'megastar',
      'luminary', 'luminaries', 'virtuoso', 'maestro', 'heavyweight', 'powerhouse', 'trailblazer', 'pioneer',
      'stalwart', 'doyen', 'doyenne', 'titan', 'greats', 'acclaim', 'critical acclaim', 'accolades', 'plaudits',
      'rave reviews', 'laurels',
      // A master of an instrument or an art, and a master called true or undisputed, is a title of praise; plain
      // "master" stays out (a master's degree, a ship's master, the Master of the Rolls, a chess grandmaster).
      // Plural "guitar masters" are mostly the master tapes of a recording, and "original" or a tape word makes them so.
      'piano|guitar|violin|cello|drum|drums|flute|sitar|saxophone|trumpet|harp|keyboard|banjo master',
      'true|consummate|undisputed|acknowledged|supreme master|masters',
    ],
    except: ['original {any}? master|masters', '{any}? master|masters tape|tapes|recording|recordings|copy|copies', 'urban legend', 'legend of', 'legend has it', 'legend says|said|tells|told|goes|went|holds|recounts', 'ancient|folk legend', 'old legend', 'local legend', 'map legend', '{det}? legend {be}'],
    neutralIn: ['science'],
  },
  {
    id: 'praise-verb',
    technique: 'loaded-language',
    explanation:
      'A verb that celebrates while it reports ("was immortalised in", "rose to fame", "cemented his legacy"). It tells the story as a triumph; what happened, plainly put, is what you need to judge it.',
    question: 'What happened, in plain words, and who says it was a triumph?',
    confidence: 0.3,
    examples: {
      flags: [
        'The beach was [immortalized] in a song.',
        'She [rose to fame] in the 1990s.',
        'Reviewers [applauded the decision] to keep the ferry running.',
      ],
      ignores: [
        'The beach was named in a song.',
        'Prices rose in the 1990s.',
        'The crowd applauded the brass band.',
      ],
    },
    grow: 'none',
    terms: [
      'immortalize', 'immortalise', 'immortalized', 'immortalised', 'rose to fame', 'rise to fame', 'shot to fame',
      'rose|rise|shot to stardom',
      'rose to prominence', 'rise to prominence', 'cement {pron}? status|reputation|legacy|place', 'hail as',
      'hailed as', 'laud', 'extol', 'lionize', 'lionise', 'glorify', 'enjoy {adj}? {adj}? success|popularity|acclaim|fame|growth|development|prosperity|boom|renaissance|resurgence',
      'enjoyed {adj}? {adj}? success|popularity|acclaim|fame|growth|development|prosperity|boom|renaissance|resurgence', 'garner {adj}? acclaim|praise', 'garnered {adj}? acclaim|praise',
      'won {adj}? acclaim|praise', 'showcase', 'showcases', 'showcased', 'critics|reviewers|commentators applaud',
      // Applauding a choice praises it, and so do critics applauding a work; people clapping a band report the evening.
      'applaud {det}? {adj}? {noun}? decision|decisions|move|moves|plan|plans|effort|efforts|ruling|rulings|step|steps|choice|verdict|policy|policies|proposal|proposals|reform|reforms|measure|measures|initiative|initiatives|timetable|changes|bill|deal|budget|action|actions|stance|announcement|response',
    ],
  },
  {
    id: 'impact-praise',
    technique: 'loaded-language',
    explanation:
      'Praise for someone\'s effect or spirit ("changed lives for the better", "a passion for education", "gained international recognition"). It tells you the outcome was good instead of showing what changed.',
    question: 'What exactly changed, for whom, and who judges it better?',
    confidence: 0.25,
    examples: {
      flags: ['The clinic [changed lives] for the better.', 'With his [passion for] education, he founded a school.'],
      ignores: ['The clinic changed its opening hours.', 'He founded a school in 1990.'],
    },
    grow: 'none',
    terms: [
      'for the better', 'a better place', 'a better and {adj}? place', 'change|changed|changes|changing {pron}? lives',
      'make a difference', 'made a difference', 'makes a difference', 'passion for', 'entrepreneurial spirit',
      'gain|gained|gains|win|won|earn|earned {adj}? recognition|renown|prominence', 'distinct success',
      'live and breathe', 'lives and breathes',
    ],
  },
  {
    id: 'euphemism',
    technique: 'loaded-language',
    explanation:
      'A soft word in place of a plain one ("passed away" for died, "collateral damage" for dead civilians). Softening is framing too: it changes how a fact feels without changing the fact.',
    question: 'What is the plain word for what happened?',
    confidence: 0.35,
    // A softened word stays soft under a negation: "did not survive his passing" still avoids "death".
    negationProof: true,
    examples: {
      flags: ['Her father [passed away] in 1990.', 'The strike caused [collateral damage].'],
      ignores: [
        'Her father died in 1990.',
        'The bill passed easily.',
        'The economy shrank by 0.3% in the second quarter.',
        'After the win the club is in a better place, the coach said.',
        'She drove between jobs in a borrowed van.',
      ],
    },
    terms: [
      'passed away', 'pass away', 'passes away', 'his|her|their untimely passing', 'his|her|their passing',
      'laid to rest', 'collateral damage', 'enhanced interrogation', 'let go', 'downsizing', 'rightsizing',
      'alternative facts', 'misspoke', 'mistakes were made', 'final solution', 'neutralized',
      'pacification', 'departed this life', 'went to be with', 'senior moment',
      'gave his|her|their life|lives for', 'made love', 'no longer with us', 'pre-owned',
      'differently abled', 'differently-abled', 'physically challenged', 'negative growth', 'wardrobe malfunction',
      'revenue enhancement',
    ],
  },
];

