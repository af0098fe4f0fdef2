/**
 * Words to watch: the kinds of wording encyclopaedia editors are asked to avoid in their own voice, because
 * each one slips a view into a sentence that should only report (peacock praise, a comment on the fact,
 * a verb of saying that judges what was said, a stock phrase standing in for a fact). The categories follow
 * the public Wikipedia Manual of Style guideline "Words to watch" (MOS:WTW); the descriptions and the word
 * lists are the project's own, filled from general knowledge of English.
 */
import type { LexiconGroup } from './types.ts';

/** Wording an encyclopaedia or a news report would leave to its sources. */
export const WORDS_TO_WATCH: readonly LexiconGroup[] = [
  {
    id: 'peacock',
    technique: 'loaded-language',
    explanation:
      'A word that sells its subject instead of describing it ("a must-see show", "an exemplary record", "incomparable"). It advertises; the facts behind the praise are what would inform.',
    question: 'Admirable or unforgettable by what measure, and who says so?',
    confidence: 0.25,
    examples: {
      flags: ['The gallery is a [must-see] for visitors to the port.', 'The museum holds an [admirable collection] of maps.'],
      ignores: [
        'The gallery is open to visitors to the port.',
        'The museum holds a collection of maps.',
        'The referee said the tackle was not admirable.',
        'The judge said the sentence must see him serve ten years.',
      ],
    },
    pos: ['ADJ'],
    grow: 'noun-phrase',
    deriveAdverbs: false,
    terms: [
      'incomparable', 'inimitable', 'matchless', 'praiseworthy', 'commendable', 'admirable', 'laudable', 'exemplary',
      'must-see', 'sought-after', 'time-honoured', 'time-honored', 'unforgettable',
    ],
    // "Exemplary damages" is a legal term for a punitive award, not praise.
    except: ['exemplary damages'],
    neutralIn: ['science'],
  },
  {
    id: 'editorialising',
    technique: 'loaded-language',
    explanation:
      'A signpost through which the writer tells you what matters or how to take it ("notably", "it should be noted", "essentially"). The fact would stand without it; the comment is the writer\'s.',
    question: 'Who decided this is the point to notice, and would the fact read the same without the nudge?',
    confidence: 0.25,
    examples: {
      flags: ['[Notably], the bridge was built without a single crane.', '[It should be noted] that the mill closed twice.'],
      ignores: [
        'The bridge was built without a crane.',
        'She noted the time of the call.',
        "The patient's rash is of note to doctors studying the virus.",
        'Prices rose significantly in March.',
      ],
    },
    grow: 'none',
    terms: [
      // Only as a signpost before a comma: "a notably strong quarter" is a plain degree.
      'notably ,', 'most notably', 'importantly ,', 'most importantly', 'more importantly', 'significantly ,',
      'most significantly',
      'it should be noted', 'it must be noted', 'it is worth noting', 'it is worth mentioning', 'it bears mentioning',
      'it is important to note', 'it is interesting to note', 'it is noteworthy', 'it is notable', 'it is significant that',
      'worth noting',
    ],
  },
  {
    id: 'judging-said',
    technique: 'loaded-language',
    explanation:
      'A verb of saying that judges what was said ("asserted", "refuted", "surmised"). "Said" reports; "asserted" hints it is doubtful, "refuted" that it was proved wrong, and the reader is steered before reading the words.',
    question: 'What exactly was said, and would "said" change how you read it?',
    confidence: 0.3,
    examples: {
      flags: ['The mayor [asserted] that the budget was balanced.', 'The paper [refuted] the rumour in a short note.'],
      ignores: [
        'The mayor said the budget was balanced.',
        'The defence lawyer sought to refute the charge of theft.',
        'The defendant maintained that he was at home that night.',
        'Police maintain a presence at the ground on match days.',
        'The coach explained the new rules to the players.',
        'She pointed out the castle on the map.',
      ],
    },
    grow: 'none',
    terms: [
      'assert|asserts|asserted|asserting that', 'asserted', 'refuted', 'refutes', 'surmised',
    ],
  },
  {
    id: 'refusal',
    technique: 'loaded-language',
    explanation:
      'Saying someone "refused to" answer, apologise or admit something hints that they owed it and held it back. "Did not" or "declined to" reports the same fact without the blame.',
    question: 'Was the person obliged to do it, or would "did not" be fairer?',
    confidence: 0.35,
    examples: {
      flags: [
        'The councillor [refused to answer] questions about the lease.',
        'The club [refused to apologise].',
        'The firm [refused to publicly acknowledge] the leak.',
      ],
      ignores: [
        'The councillor did not answer questions about the lease.',
        'The bank refused the loan.',
        'The spokesman refused to comment.',
        'The ferry captain refused to release the rope until the tide turned.',
        '"I refuse to apologise for caring," the vicar said.',
      ],
    },
    grow: 'none',
    // Only acts of accounting for oneself (an answer, an apology, an admission, a disclosure) are owed to someone:
    // refusing to release a ball, leave a race or resign is a plain report, and "refused to comment" or "refused to
    // say" is the stock formula for a spokesman's silence. One adverb may sit inside ("refused to publicly apologise").
    terms: [
      'refuse|refuses|refused|refusing to {adv}? rule out',
      'refuse|refuses|refused|refusing to {adv}? answer|acknowledge|admit|apologise|apologize|condemn|disclose|explain|denounce|retract',
      // Releasing a report or its findings is a disclosure; releasing a ball, a prisoner or funds is not.
      'refuse|refuses|refused|refusing to {adv}? release|publish {det}? {adj}? {noun}? report|reports|findings|documents|files|emails|details|data|figures|results|names|footage|minutes|transcript|transcripts|evidence|correspondence',
    ],
    // The speaker's own stand ("I refuse to apologise") is a position taken, not the writer's blame.
    except: ['i|we {adv}? refuse|refused', 'i|we will|would|have|had {adv}? refuse|refused'],
  },
  {
    id: 'stock-phrase',
    technique: 'figurative',
    explanation:
      'A stock phrase that stands in for a fact ("the lion\'s share", "a household name", "stood the test of time"). It sounds vivid, but says neither how much nor how long; the plain figure would.',
    question: 'What are the plain facts behind the phrase: how much, how many, how long?',
    confidence: 0.25,
    examples: {
      flags: [
        'The band became a [household name] in the 1980s.',
        'The design has [stood the test of time].',
        'The festival [ended on a high note].',
        'The ferry town had [never been entirely the same].',
      ],
      ignores: [
        'The band toured in the 1980s.',
        'The household paid its bills on time.',
        'A lion was seen near the village on Sunday.',
        'The test will be held at the end of the day shift.',
        'The soprano finished the aria on a high note that filled the hall.',
        'The two ferries have never been the same size.',
      ],
    },
    grow: 'none',
    terms: [
      "lion's share", 'household name', 'stood the test of time', 'stand the test of time', 'stands the test of time',
      'took the world by storm', 'take the world by storm', 'burst onto the scene', 'bursts onto the scene',
      'a force to be reckoned with', 'meteoric rise', 'a breath of fresh air', 'icing on the cake',
      'cream of the crop', 'jewel in the crown', 'larger than life', 'the rest is history', 'needs no introduction',
      'in a league of its own', 'in a league of their own', 'in a class of its own', 'in a class of their own',
      'par for the course', 'few and far between', 'last but not least', 'only time will tell',
      // Two stock endings of a story: a season, career or event that closes "on a high note" (not a singer's last
      // note), and a person or place that has "never been the same" (not two things compared, see except).
      'end|finish|close|leave|start|begin|open|bow|sign|wrap {det}? {adj}? out|off|up|season|career|term|year|tour|campaign|week|month|day|night|evening|run|tenure|reign|spell|festival|series|event|match? on a high note',
      'never been {adv}? the same', 'never be {adv}? the same',
      'in the nick of time', 'hit the ground running', 'the writing on the wall',
      'the writing was on the wall', 'all walks of life', 'think outside the box',
      'the best of both worlds', 'pushed the envelope', 'push the envelope', 'pushing the envelope',
    ],
    // "Never been the same" compares when a noun or "as" follows ("the same size", "the same as last year") or when
    // its subject counts two things ("the two clocks have never been the same"): a measurement, not a story's end.
    except: [
      'never been|be {adv}? the same {noun}|as|twice', 'two|both {noun}? have|has|had|will never',
    ],
  },
  {
    id: 'contentious-label',
    technique: 'name-calling',
    explanation:
      'A label that sorts a group or a view into a disputed box ("a sect", "fundamentalists", "denialism"). Those labelled rarely accept it; a neutral text names the group and says what it believes.',
    question: 'Who applies this label, and what does the group itself say it believes?',
    confidence: 0.35,
    examples: {
      flags: [
        'The village was run by a small [sect] from the coast.',
        'He wrote a book on climate [denialism].',
        'The panel was full of flood [deniers].',
      ],
      ignores: [
        'The village was run by a small church from the coast.',
        'The sector grew by 4% last year.',
        'The market stall sells 30 denier stockings.',
      ],
    },
    pos: ['NOUN', 'ADJ'],
    terms: [
      'sect', 'sects', 'fundamentalist', 'fundamentalists', 'denialist', 'denialists', 'denialism',
      'firebrand', 'firebrands', 'denier', 'deniers',
    ],
    // "Denier" is also the weight of a yarn ("40 denier tights"); the genocide's deniers are already one finding
    // under the word for the genocide, so the label is not reported a second time.
    except: ['{num} denier', 'denier tights|stockings|hosiery|nylons|yarn', 'holocaust denier|deniers'],
  },
];
