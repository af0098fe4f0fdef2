/**
 * The speculative modal: a "may", "might" or "could" that carries a guess. Kept apart from rhetoric-hedge.ts to keep
 * each file short; the senses that tell a guess from leave, a rule or a description are read in senses/modality.ts.
 */
import type { LexiconGroup } from './types.ts';

/** Places in a league table ("could have gone top", "could have moved third"). */
const PLACES = 'top|second|third|fourth|fifth|sixth|bottom';

/** "May", "might" and "could" before a guess about what happened or will happen. */
export const SPECULATIVE_MODAL: LexiconGroup = {
  id: 'speculative-modal',
  technique: 'hedge',
  explanation:
    'A "may", "might" or "could" that carries a guess about what happened or will happen. Speculation written in a news sentence can be remembered as news.',
  question: 'Is this known, or only possible? What evidence is there either way?',
  examples: {
    flags: [
      'The virus [may] have escaped from a lab.',
      'The cuts [could mean] longer waits.',
      'The match [may, or may not] go ahead.',
    ],
    ignores: ['The festival takes place in May every year.', 'Tickets may be bought at the door.'],
  },
  confidence: 0.45,
  pos: ['AUX', 'VERB'],
  // Tried and left out (round 17): a modal before any plain verb ("the striker may miss the game"), with the senses
  // of leave and rule in senses/modality.ts still applied: conll tp +2, fp +26, since reference prose uses it for
  // what a kind can do ("the rash may spread", "bees may sting"). Only with a date after it ("could reach 35C on
  // Friday"): tp +0, fp +1. Forecasts of a known thing at a known time are left to the verbs listed below.
  terms: [
    // Up to two adverbs between ("may sadly now be lost", "might also well be").
    'may|might {adv}? {adv}? have|be|well',
    'could have|be',
    'may or may not',
    'might or might not',
    'may|might , or may|might not',
    'may|might lead to',
    'may|might result in',
    'may|might prove|become',
    // A guessed effect: "the cuts may increase waits", "the drug might induce sleep", "many may experience pain".
    'may|might {adv}? cause|trigger|induce|intensify|worsen|increase|reduce|affect|harm|damage|weaken|boost|hurt|threaten|undermine|experience|contribute',
    // A conclusion drawn with a modal: "the cuts could mean longer waits", "the rash may indicate an infection".
    'may|might|could indicate|suggest|mean|signal',
    // A guessed origin, likeness or reason: "the name may derive from a river", "the dip may reflect the rain".
    'may|might|could {adv}? resemble|allude|reflect|explain|stem|originate|derive',
  ],
  // "May be used", "could be added": with a passive verb the modal says what is allowed or possible in
  // general (a recipe, a rule), not a guess about what happened; that sense, and the link or cause that still
  // guesses ("may be linked"), is read in senses/modality.ts. "May lead to" and "may prove" guess at a
  // consequence; "may contain" or "may charge" only say what is allowed or possible.
  // An effect with its means ("shoppers may reduce their bills by switching") says what one can do, no guess.
  except: [
    'may|might {adv}? increase|reduce|affect|boost|harm|damage|weaken|hurt {det}? {adj}? {noun} by|through {verb}',
    // "It could have been worse": a counterfactual that weighs an outcome already known, no guess about it.
    'could|might have been {adv}? worse|better',
    // A modal never takes a finite verb: "might was" is the noun ("the country's military might was on display").
    'might|may is|was|are|were',
    // "As the case may be" picks whichever of two applies, no guess.
    'as the case may|might be',
    // A court's maximum under the law ("a conviction could mean up to four years in jail"), as "could face up
    // to" is; "the cuts could mean up to 500 job losses" still forecasts.
    'could|may|might mean up to {num} years|months|weeks in jail|prison',
    // A match report's chance missed ("the visitors could have scored three", "could easily have won"): the
    // result is known, so the modal weighs what did not happen. "May have scored" still guesses.
    'could {adv}? have won|scored|equalised|equalized',
    // So is a place in a table a result would have given ("Rovers could have gone top with a win"): they did not.
    // Only a league place after a team or a name: "the storm could have moved clear of the coast" still guesses.
    `{propn}|team|side|club|squad could {adv}? have gone|moved|climbed ${PLACES}`,
    '{propn}|team|side|club|squad could {adv}? have gone|moved|climbed clear|level at the top',
    // A page's own notice ("names may have been changed", "prices may have changed since publication"): the
    // publisher's caution about its copy, no guess about the news. "The rules may have changed since 2019" stays.
    'names|details may|might have been changed',
    'may|might have {adv}? changed since publication|publishing|printing',
  ],
};
