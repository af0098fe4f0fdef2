/**
 * Partisan vocabulary: the names one side of a debate gives to a policy or a group so that the name itself
 * carries the argument ("death tax" for estate tax, "job creators" for employers, "forced birth" for abortion
 * limits). News in a neutral voice uses the plain name; these words tell the reader which side the writer is
 * on. Written by the project from general knowledge of political language, terms from every side.
 */
import type { LexiconGroup } from './types.ts';

/** Names for policies and groups that carry one side's argument. */
export const PARTISAN: readonly LexiconGroup[] = [
  {
    id: 'partisan-term',
    technique: 'loaded-language',
    explanation:
      'A name one side of a debate gives to a policy or group ("death tax", "job creators", "forced birth"). The name carries the argument, so using it quietly takes that side.',
    question: 'What is the plain name for this, and what would the other side call it?',
    confidence: 0.5,
    examples: {
      flags: [
        'The bill repeals the [death tax] on family farms.',
        'Cutting rates rewards the [job creators].',
        'Campaigners marched against [forced birth] laws.',
        'The clinic performed the procedure on the [unborn child].',
        'The senator turned the tax bill into a [wedge issue].',
      ],
      ignores: [
        'The bill repeals the estate tax on family farms.',
        'Employers created 200,000 jobs in May.',
        'Death rates and tax rates both rose.',
        'She gave birth in June.',
        'The council denied the climate group a permit.',
        'A wedge of cheese sat on the board.',
      ],
    },
    grow: 'none',
    terms: [
      'death tax', 'death taxes', 'death panel', 'death panels', 'government takeover', 'job creators',
      'job creator', 'job-killing', 'job killer', 'job killers', 'socialized medicine', 'socialised medicine',
      'partial-birth abortion', 'tax relief', 'government intrusion', 'climate denier', 'climate deniers',
      'science denier', 'science deniers', 'forced birth', 'forced-birth', 'corporate greed', 'unborn child',
      'unborn children', 'unborn baby', 'unborn babies', 'aborted babies', 'aborted baby', 'tax-and-spend',
      'tax and spend', 'gun lobby', 'abortion industry', 'abortion mill', 'abortion mills',
      'entitlement mentality',
      // Names for the same event or trip that carry one side's verdict ("a police riot", not "clashes with police").
      'police riot', 'police riots', 'class warfare', 'junket', 'junkets',
      // Each camp's own flattering name in the abortion debate; plain news writes "anti-abortion" and
      // "abortion-rights". A subsidy to firms called welfare borrows a word meant to sting.
      'pro-life', 'pro-choice', 'corporate welfare',
      // "Denial" of a science is the doubters' label in the critics' words (plain news: "rejects the science");
      // a "wedge issue" is the charge that a matter is raised only to split the other side's voters.
      'climate denial', 'climate change denial', 'climate-change denial', 'science denial', 'wedge issue',
      'wedge issues',
    ],
  },
  {
    id: 'flag-waving',
    technique: 'loaded-language',
    explanation:
      'The writer speaks as "we" ("our country", "our troops", "real Americans"). It pulls you onto one side before the facts are in: disagreeing starts to feel like leaving the group.',
    question: 'Who is "we" here, and would the argument stand without the appeal to belonging?',
    confidence: 0.45,
    examples: {
      flags: ['The law protects [our country] from them.', 'Nothing matters more than [our troops].', 'Only [real Americans] know the truth.'],
      ignores: ['The law protects the country from floods.', 'The troops left in May.', 'Americans voted in November.'],
    },
    grow: 'none',
    terms: [
      'our country|nation|homeland|motherland|fatherland|troops|soldiers|flag|republic|borders|heritage|freedoms',
      'our way of life', 'our founding fathers', 'our great country|nation', 'this great country|nation',
      'real americans|patriots', 'true patriots', 'we americans|britons|patriots',
    ],
  },
  {
    id: 'side-taking-name',
    technique: 'loaded-language',
    explanation:
      'A name that takes a side in a conflict ("occupying forces", "freedom fighters", "a terrorist"). Each side has its own word for the same people; the writer\'s choice tells you which side to see it from.',
    question: 'What would the other side call them, and what is the neutral description?',
    confidence: 0.45,
    examples: {
      flags: [
        'The [occupying forces] arrested two journalists.',
        'The [freedom fighters] crossed the river.',
        'He was a [terrorist], the minister said.',
      ],
      ignores: [
        'The soldiers arrested two journalists.',
        'His occupation was listed as farmer.',
        'The army occupied the hill at dawn.',
        'Students began the occupation of the library on Monday.',
        'The German occupation of France ended in 1944.',
        'Police said the terrorist attack killed 22 people.',
        'The group is on the government\'s terrorist list.',
      ],
    },
    pos: ['NOUN', 'ADJ'],
    grow: 'none',
    terms: [
      'occupying forces|army|power|troops', 'occupied territories', 'freedom fighter', 'freedom fighters',
      'terrorist',
    ],
    // "Regime" is left out: news uses it for many governments it does not mean to judge ("the Iranian regime").
    // Plain "occupation" is left out: it is also the legal and historical term ("the German occupation of
    // France"), a job and a sit-in. "Terrorist" before a noun mostly names an act or a legal designation
    // ("a terrorist attack", "the terrorist list"); it is the label when it names people.
    except: [
      'terrorist attack|attacks|group|groups|organisation|organisations|organization|organizations|cell|cells|list|designation|charge|charges|offence|offences|offense|offenses|threat|threats|plot|plots',
    ],
  },
];
