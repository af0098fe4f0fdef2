/**
 * Phrases every news text shares, which the wording check lets through although the data contains them too:
 * they are the trade's formulas and English idioms, not anyone's sentence, and several are exactly what
 * Sourcelight must recognise ("speaking on condition of anonymity"). A run of words that contains one is not
 * counted, nor one that lies inside a longer phrase. Each is here because it is a formula; a clause that merely happens to match the data belongs in our
 * own words instead.
 */
import { wordsOf } from './shared-wording.ts';

const PHRASES: readonly string[] = [
  // Sourcing formulas of news writing (the kinds of attribution the engine exists to find).
  'speaking on condition of anonymity',
  'on condition of anonymity because they were not authorized',
  'according to a person familiar with the matter',
  'did not respond to a request for comment',
  "didn't want to speak on the record",
  'through a spokeswoman, declined to comment',
  'said in a statement on',
  'the White House chief of staff',
  // English idioms and set phrases.
  'at the end of the day',
  'for the first time since',
  'as a matter of fact',
  'it should be noted that',
  'we should also note that',
  'who in their right mind',
  'could not have cared less',
  'more likely than not',
  'it was one of the most',
  'is best known for his',
  'what others are saying about',
  'have been able to do it',
  'the first one is the one',
  'is the subject of a new',
  'has lost touch with the people',
  'is known for speaking her mind',
  // Lists of hedge terms, whose neighbours in a list read on as one run.
  'in some cases, in many cases',
];

const STOCK = PHRASES.map((p) => wordsOf(p).join(' '));

/** Whether a run of words contains a stock phrase or lies inside one: the check skips such runs. */
export function isStock(run: string): boolean {
  return STOCK.some((phrase) => ` ${run} `.includes(` ${phrase} `) || ` ${phrase} `.includes(` ${run} `));
}
