/**
 * Open questions: wording that admits something is not known ("it is unclear", "the cause remains uncertain"),
 * and stories with no teller ("legend has it", "tradition holds that"). Kept apart from the other hedges in
 * rhetoric-hedge.ts to keep each file short.
 */
import type { LexiconGroup } from './types.ts';
import { OPEN_QUESTION_PLAIN } from './hedge-plain-uses.ts';

/** A gap admitted, or a story nobody tells in their own name. */
export const OPEN_QUESTION: LexiconGroup = {
  id: 'open-question',
  technique: 'hedge',
  explanation:
    'Wording that admits something is not known ("it is unclear", "remains to be seen", "legend has it"). Honest when it marks a real gap; worth noticing, because what follows is a guess or a story, not a finding.',
  question: 'What is actually known here, and what would settle the question?',
  confidence: 0.5,
  examples: {
    flags: [
      '[It is unclear] whether the plan will pass.',
      '[Legend has it] that the king hid here.',
      'The cause of the fire [remains uncertain].',
    ],
    ignores: ['The instructions are clear.', 'The legend on the map shows every road.'],
  },
  grow: 'none',
  terms: [
    'it is unclear', 'it was unclear', 'it remains unclear', 'remains unclear', 'it is not clear', 'it was not clear',
    'it is not yet clear', 'not yet clear', 'it is unknown', 'it is not known', 'remains unknown', 'still unknown',
    // Not being sure, said the same ways as not knowing.
    'it is uncertain', 'it was uncertain', 'it remains uncertain', 'remains uncertain', 'still uncertain',
    'it is not certain', 'it was not certain', 'it is doubtful', 'it was doubtful', 'remains doubtful',
    // Any subject said to be in doubt ("the cause is uncertain", "the date remains unproven"), or a death "in
    // unclear circumstances": a gap admitted. ("Questionable" is left out: "a questionable decision" judges it.)
    'be|remain|consider {adv}? unclear|uncertain|unproven|doubtful', 'unclear|uncertain circumstances',
    'remains to be seen', 'remains to be known',
    // A question nobody can yet answer: "we cannot predict whether", "it is impossible to say why".
    'can not predict|tell|say|know whether|if',
    "can't predict|tell|say|know whether|if",
    'impossible|hard|difficult to say|tell|know|predict|determine whether|if|why|how|when', 'an open question', 'reason to believe', 'conventional wisdom',
    'legend has it', 'legend says', 'according to legend', 'tradition has it', 'rumour has it',
    'it is said that', 'folklore has it',
    // Any story or lore with no teller ("local lore has it that the mill is haunted").
    'has|had it that', 'word is that', 'word has it', 'legend|lore|folklore|tradition|tale|myth|story hold|claim|say|tell that',
  ],
  // "No reason to believe the public is at risk" reassures on the record; it leaves no question open.
  // A person who "has it that" holds a view of their own, for attribution to weigh.
  except: [
    'no reason to believe',
    'he|she|they|i|we|you has|had it that',
    // A person unsure of their own mind ("she was uncertain whether to go") admits no gap in a claim.
    'i|you|he|she|we|they {be} {adv}? uncertain|unclear|doubtful',
    // So is one who "cannot say whether" they will run; "police cannot say whether the fires are linked" stays.
    // (wink splits "cannot" into "can not".)
    'i|he|she {adv}? can not say|tell|know', "i|he|she {adv}? can't say|tell|know",
    // "Difficult to know how to respond", "hard to know when to stop", "cannot say whether to stand": what to do
    // is one's own quandary, not a fact left open ("hard to know how the fire started" stays).
    'impossible|hard|difficult to say|tell|know|predict|determine whether|if|why|how|when|where|what|which to',
    'can not|cannot say|tell|know whether to', "can't say|tell|know whether to",
    // "Hard to say how proud I am", "hard to say how much this means to us": an exclamation of the speaker's own
    // feeling, no fact left open ("hard to say how badly the bridge was damaged", "how much it will cost" stay).
    'impossible|hard|difficult to say|tell|know|describe|express how {adv}? {adj}|{adv} i|we {be}|feel|felt',
    'impossible|hard|difficult to say|tell|know|describe|express how much {any}? {any}? {any}? mean|matter',
    'impossible|hard|difficult to say|tell|know|describe|express how much i|we love|miss|appreciate|admire|owe|value',
    // What lies ahead is unknown by nature ("the outcome of the vote is uncertain", "the club's future is
    // unclear"): saying so is news, not a softened claim. A past cause, date or link left open still flags
    // ("the date of the attack remains unclear"), so only words that face forward are listed.
    'future|outcome|prospects|fortunes {any}? {any}? {any}? {be}|remain {adv}? uncertain|unclear|doubtful',
    // A belief with its holder, a news story, a final word (hedge-plain-uses.ts).
    ...OPEN_QUESTION_PLAIN,
  ],
};
