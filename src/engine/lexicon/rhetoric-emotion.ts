/**
 * Emotion and stance: words that put the writer's feelings, or the feelings the reader is meant to have, into
 * a report ("furious", "sadly", "desperately"). Written by the project; the idea that sentiment-laden and
 * stance words mark biased reporting comes from research on subjective language (e.g. Recasens et al. 2013,
 * Spinde et al. 2021), described in our own words.
 */
import { HAZARDS } from './rhetoric-hazards.ts';
import type { LexiconGroup } from './types.ts';

/** Words of feeling and of the writer's stance. */
export const EMOTION: readonly LexiconGroup[] = [
  {
    id: 'strong-emotion',
    technique: 'loaded-language',
    explanation:
      'A word of strong feeling ("furious", "disgust", "hatred"). Emotion words pull you into a side of the story; the facts alone should be enough to tell you how to feel.',
    question: 'Who feels this, according to whom? What happened to cause it?',
    examples: {
      flags: ['Residents are [furious] about the new tax.', 'It was an [agonizing] wait for the families.'],
      ignores: [
        'The council was not furious about the vote.',
        'The patient was in excruciating pain after surgery, the hospital said.',
        'The hurricane devastated the island, leaving 2,000 people homeless.',
      ],
    },
    confidence: 0.55,
    pos: ['ADJ', 'NOUN', 'VERB', 'ADV'],
    terms: [
      'outraged', 'furious', 'shocked', 'shock the conscience', 'shocks the conscience', 'furiously', 'livid', 'enraged', 'incensed', 'infuriated', 'infuriate', 'infuriating',
      'fury', 'rage', 'enrage', 'wrath', 'ire', 'disgust', 'disgusted', 'horrified', 'appalled', 'aghast', 'devastated',
      'heartbroken', 'anguish', 'thrilled', 'ecstatic', 'elated', 'euphoric', 'jubilant', 'gleeful', 'glee',
      'desperate', 'desperately', 'desperation', 'frantic', 'frantically', 'panicked', 'panicky', 'hate', 'hatred',
      'despise', 'loathe', 'loathing', 'detest', 'abhor', 'obsessed', 'obsession', 'obsessive', 'bitter',
      'bitterly', 'resentful', 'resentment', 'vengeful', 'vengeance', 'revenge', 'spite', 'contempt', 'scorn',
      'disdain', 'indignant', 'indignation', 'seething', 'irate', 'fuming', 'terrified', 'petrified', 'scared',
      'frightened', 'humiliated', 'humiliate', 'cringe', 'cringing', 'cringeworthy', 'mortified', 'traumatized',
      // Words that say how much an event hurts to watch or to live through, instead of what happened.
      'agonizing', 'agonising', 'excruciating', 'heart-rending', 'heartrending', 'soul-crushing', 'horrid', 'hellish',
      'blood-curdling', 'bloodcurdling', 'spine-tingling', 'stomach-churning', 'gut-churning', 'distressing',
      'wrenching', 'tear-jerking', 'horrify', 'anguished', 'tormented',
    ],
    neutralIn: ['medicine', 'sport'],
    // A storm or a fire that devastates a place does physical damage; only people are devastated in feeling.
    except: [
      `${HAZARDS} devastate`,
      // A hate crime is the law's and the police's category of offence, not a feeling the writer stirs up.
      'hate crime|crimes|incident|incidents|offence|offences|offense|offenses', 'hate-related',
    ],
  },
  {
    id: 'stance-adverb',
    technique: 'loaded-language',
    explanation:
      'A word that slips in the writer\'s own reaction ("sadly", "ironically", "conveniently"). It tells you what to think of the fact in the same breath as the fact.',
    question: 'Is this the writer\'s opinion? Would you react the same way to the plain fact?',
    examples: {
      flags: ['[Sadly], the council voted to close the library.'],
      ignores: ['The film was directed by Thomas Wisely.'],
    },
    confidence: 0.55,
    pos: ['ADV', 'ADJ'],
    terms: [
      'sadly', 'unfortunately', 'fortunately', 'thankfully', 'mercifully', 'luckily', 'regrettably',
      'surprisingly', 'unsurprisingly', 'interestingly', 'ironically', 'curiously', 'oddly', 'strangely',
      'remarkably', 'predictably', 'conveniently', 'suspiciously', 'tellingly', 'amazingly', 'astonishingly',
      'hilariously', 'laughably', 'brazenly', 'cynically', 'shamelessly', 'cravenly', 'mind-bogglingly',
      'disturbingly', 'worryingly', 'tragically', 'pathetically', 'woefully', 'naively',
      'arrogantly', 'foolishly', 'stupidly', 'recklessly', 'callously', 'wisely', 'rightly', 'wrongly',
      'rightfully', 'wrongfully', 'deservedly', 'undeservedly', 'justly', 'unjustly', 'happily', 'proudly', 'bravely',
    ],
  },
  {
    id: 'fierce-manner',
    technique: 'loaded-language',
    explanation:
      'A word that makes an action sound wild or violent ("ferociously", "relentlessly", "viciously"). The manner word colours the action; what was actually done is the fact to look for.',
    question: 'What exactly was done, and how do we know it was done this way?',
    examples: {
      flags: ['Protesters [ferociously] opposed the plan.'],
      ignores: ['The striker fought fiercely for the ball in the second half of the match.'],
    },
    confidence: 0.5,
    pos: ['ADV', 'ADJ'],
    terms: [
      'ferociously', 'fiercely', 'wildly', 'madly', 'feverishly', 'relentlessly', 'mercilessly', 'ruthlessly',
      'aggressively', 'violently', 'savagely', 'viciously', 'brutally', 'drastically', 'dramatically',
      'wantonly', 'unrelenting', 'fierce', 'frenzied', 'feverish', 'zealously',
    ],
    neutralIn: ['sport', 'science', 'medicine', 'economy'],
  },
];
