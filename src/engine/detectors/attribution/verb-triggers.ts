/** One set of every word that may open a report verb's reading, so most tokens leave reportVerbAt after two look-ups. */
import { REPORT_VERBS, STANCE_ADJECTIVES } from '../../lexicon/sources-verbs.ts';
import type { Token } from '../../nlp.ts';
import { HELD_VIEW_LEMMAS } from './held-views.ts';
import { IDIOM_VERBS } from './speech-idioms.ts';

/**
 * The report verbs, the idioms' verbs ("make", "put it", "take issue", "touch on", "held that", "walked back"), the stance adjectives ("sure
 * that") and the "saw" a crowd may hold: a word in none of them, by its lemma or its lower form, reports nothing.
 */
export const TRIGGERS: ReadonlySet<string> = new Set([...REPORT_VERBS.keys(), ...IDIOM_VERBS, 'put', 'take', 'touch', ...HELD_VIEW_LEMMAS, ...STANCE_ADJECTIVES, 'saw']);

/**
 * True when the word at this token could be a report verb; false means reportVerbAt would answer no whatever the
 * context. A noun in -ing stays in: after a comma it may be a participle wink misread (", warning that").
 */
export function mayReport(t: Token): boolean {
  return TRIGGERS.has(t.lemma) || TRIGGERS.has(t.lower) || (t.pos === 'NOUN' && t.lower.endsWith('ing'));
}
