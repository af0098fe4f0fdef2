/**
 * Tone: swearing, vulgar insults and exclamations ("wow", "what on earth"). They carry the speaker's mood, not
 * information, and news in the reporter's own voice avoids them; inside a quotation they are the speaker's
 * (the finding is marked as quoted). Written by the project from general knowledge of English usage.
 */
import type { LexiconGroup } from './types.ts';

/** Swearing, vulgar insults and exclamations. */
export const TONE: readonly LexiconGroup[] = [
  {
    id: 'vulgar-insult',
    technique: 'name-calling',
    explanation:
      'A vulgar insult aimed at a person ("bastard", "jackass"). It is meant to make you despise someone, and it tells you nothing about what they did.',
    question: 'What did this person actually do? Would the sentence still persuade without the insult?',
    examples: {
      flags: ['The landlord called his tenant a [bastard] in the hallway.', 'Only a [jackass] would park there.'],
      ignores: ['The farm keeps a donkey and two goats.', 'The Bastard Executioner aired on cable in 2015.'],
    },
    confidence: 0.75,
    // "Not a bastard" still puts the insult in front of the reader; likewise for swearing and exclamations.
    negationProof: true,
    pos: ['NOUN', 'PROPN', 'ADJ'],
    grow: 'noun-phrase',
    terms: [
      'bastard', 'bastards', 'asshole', 'assholes', 'arsehole', 'arseholes', 'jackass', 'dickhead', 'dumbass',
      'motherfucker', 'motherfuckers', 'son of a bitch', 'scumbags', 'shithead', 'douchebag',
      'wanker', 'twat',
    ],
  },
  {
    id: 'profanity',
    technique: 'loaded-language',
    explanation:
      'A swear word ("damn", or stronger). Swearing shows anger or contempt; it makes you share a mood instead of weighing a fact.',
    question: 'What is the plain fact behind the swearing, and who is angry about it?',
    examples: {
      flags: ['The whole [damn] budget is a joke.', 'The [fucking] mayor shrugged.', 'What a [shitty] way to treat workers.'],
      ignores: ['The dam burst after the storm.', 'The river was dammed in 1950.'],
    },
    confidence: 0.6,
    negationProof: true,
    pos: ['NOUN', 'ADJ', 'ADV', 'VERB', 'INTJ'],
    grow: 'none',
    terms: [
      'damn', 'goddamn', 'goddamned', 'goddam', 'crappy', 'shit', 'shitty', 'fuck',
      'fucking', 'fucked', 'frigging', 'pissed off', 'piss off', 'screw you', 'wtf', 'what the hell',
      'the hell with', 'bloody hell',
    ],
  },
  {
    id: 'exclamation',
    technique: 'loaded-language',
    explanation:
      'An exclamation ("wow", "good grief", "what on earth") that shows surprise, disgust or mockery. It sets the mood you are meant to feel before you have weighed the facts.',
    question: 'What exactly is surprising or wrong here? Would the fact alone make you react this way?',
    examples: {
      flags: ['[Wow], the council spent it all in a week.', '[Why on earth] would the board approve it?', '[Good grief]. The repair bill doubled.'],
      ignores: ['The plant grows on earth and on rock.', 'Why did the board approve it?', 'The Wows played their first concert.'],
    },
    confidence: 0.55,
    negationProof: true,
    grow: 'none',
    notInNames: true,
    // Before a noun the exclamation is part of a name ("Wow Air", "the Wow festival").
    except: ['wow|whoa|gosh|geez|jeez|duh|hooray|yay|phew|alas {noun}'],
    terms: [
      'wow', 'whoa', 'gosh', 'geez', 'jeez', 'ugh', 'yuck', 'duh', 'hooray', 'yay', 'phew', 'alas',
      'oh my god', 'oh my gosh', 'oh boy', 'oh dear', 'my goodness', 'good grief', 'holy smokes',
      'what on earth', 'why on earth', 'how on earth', 'who on earth', 'where on earth', 'what in the world',
      'for heaven\'s sake', 'for god\'s sake', 'give me a break', 'go figure', 'surprise , surprise',
    ],
  },
  {
    id: 'sarcasm',
    technique: 'loaded-language',
    explanation:
      'Surprise or praise said to mean the opposite ("How convenient.", "Who knew?"). The writer mocks instead of stating what is wrong.',
    question: 'What exactly does the writer suspect, and what shows it?',
    examples: {
      flags: ['The report came out after the vote. [How convenient].', 'Prices rose after the merger. [Who knew?]'],
      ignores: ['The survey asked residents how convenient the new bus times were.', 'The panel must answer one question: who knew?'],
    },
    confidence: 0.55,
    negationProof: true,
    grow: 'none',
    // Only a phrase standing as its own sentence is sarcasm.
    opensSentence: true,
    terms: ['how convenient', 'who knew ?', 'no kidding', 'seriously ?'],
  },
];
