/**
 * Editorialising: small words through which the writer comments on the facts while stating them ("he even
 * won", "it finally opened", "suffers from autism"). Written by the project from general knowledge of
 * newsroom and encyclopaedia style guidance (say what happened; leave the surprise, the relief and the pity to
 * the reader) and of linguistic work on subjective language, described in our own words.
 */
import type { LexiconGroup } from './types.ts';

/** Words that slip a comment into a statement of fact. */
export const EDITORIAL: readonly LexiconGroup[] = [
  {
    id: 'editorial-adverb',
    technique: 'loaded-language',
    explanation:
      'A small word that comments on the fact it carries ("even", "finally", "belatedly"). "He even won" says the writer is surprised; "it finally opened" says it took too long. The fact is the same without it.',
    question: 'What is the plain fact without the comment? Would everyone share the writer\'s surprise or relief?',
    confidence: 0.25,
    examples: {
      flags: ['Critics compared it to a kettle and [even] a toaster.', 'The film was [finally] released in 2001.'],
      ignores: ['Even if the vote passes, the law will wait.', 'The score was even at half time.', 'Finally, the committee thanked the staff.'],
    },
    pos: ['ADV'],
    grow: 'none',
    // "Inexplicably" and "dutifully" judge the act (puzzling, obedient); "sensibly" and "prudently" approve of it.
    terms: ['even', 'finally', 'decisively', 'promptly', 'needlessly', 'belatedly', 'inexplicably', 'dutifully', 'sensibly', 'prudently'],
    // "Finally," opening the last item of a list is a signpost, not relief.
    // "Even more" and "even fewer" grade an amount; only "even" before an event or a person is the surprise.
    except: [
      'even if|though|as|when|where|so|then|now|after|before|with|without|while|once|under|in|at|on|for|by|to|numbered|number',
      'even more|less|fewer|better|worse|further|greater|larger|bigger|higher|lower|smaller|harder|longer|stronger|faster|earlier|later',
      'finally ,',
    ],
  },
  {
    id: 'surprise',
    technique: 'loaded-language',
    explanation:
      'Calling an event a surprise ("a surprise win", "its surprise success"). Surprise is the writer\'s expectation, not a fact of the event: it tells you how to feel about the result.',
    question: 'Surprising to whom, and what did they expect instead?',
    confidence: 0.3,
    examples: {
      flags: ['They won a [surprise] 1-0 victory in Munich.', 'The band\'s [surprise] comeback filled the hall.'],
      ignores: ['They won a 1-0 victory in Munich.', 'The party was a surprise for her birthday.', 'Nobody was surprised.'],
    },
    grow: 'none',
    terms: [
      'surprise {num}? -? {num}? win|victory|defeat|loss|success|hit|result|move|announcement|decision|comeback|upset|resignation|exit|departure|appointment|pick|choice',
    ],
  },
  {
    id: 'stigma',
    technique: 'loaded-language',
    explanation:
      'Wording that frames a condition or a death as suffering or crime ("suffers from autism", "committed suicide", "wheelchair-bound"). It adds pity or blame the facts do not state; style guides ask for plain words ("is autistic", "died by suicide").',
    question: 'What is the plain description, and does this wording add pity or blame?',
    confidence: 0.4,
    examples: {
      flags: ['Her son [suffers from] autism.', 'The singer [committed suicide] in 1994.'],
      ignores: ['Her son is autistic.', 'The singer died by suicide in 1994.', 'The economy suffered a second blow.'],
    },
    grow: 'none',
    terms: [
      'suffer|suffers|suffering|suffered|afflicted|stricken from|with|by autism|dementia|alzheimer|depression|schizophrenia|dyslexia|epilepsy|paralysis|blindness|deafness|adhd|ocd|disability|disabilities',
      'suffer|suffers|suffering|suffered from bipolar|cerebral|down',
      'commit suicide', 'committed suicide', 'commits suicide', 'committing suicide', 'wheelchair-bound',
      'confined to a wheelchair', 'took his own life', 'took her own life', 'took their own lives',
    ],
  },
];
