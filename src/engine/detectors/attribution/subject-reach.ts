/**
 * A subject whose noun is described by a phrase after a preposition of motion or topic: "Critics of the move into
 * the city say", "Opponents of letting refugees into the country cite". The phrase walkers stop at "into", "over"
 * or "about", which attach to verbs far more often, and at a gerund after "of", so the speaker found is the
 * preposition's object ("the city"). When nothing but that subject stands between the sentence's start and the
 * verb, the preposition can only describe the noun before it, and the subject is whole.
 */
import type { ParsedText, Sentence } from '../../nlp.ts';
import { phraseEndingAt } from '../../names/phrase.ts';
import type { Speaker } from './speaker.ts';

/** Prepositions the walkers leave out of a phrase (link words and "by" are read elsewhere). */
const LOOSE_PREPOSITIONS = new Set(['into', 'onto', 'over', 'about', 'toward', 'towards', 'through', 'between', 'among', 'amid', 'regarding', 'concerning', 'upon']);
/** How many such joints a subject may have before its verb. */
const MAX_JOINTS = 3;

/** Where the phrase before the joint ending at `k` ends: before "into", or before "of letting". */
function beforeJoint(doc: ParsedText, k: number): number | undefined {
  const t = doc.tokens;
  if (LOOSE_PREPOSITIONS.has(t[k]?.lower ?? '')) return k - 1;
  const gerund = t[k]?.pos === 'VERB' && t[k].lower.endsWith('ing') && t[k - 1]?.lower === 'of';
  return gerund ? k - 2 : undefined;
}

/** The speaker widened to the whole subject that opens the sentence, or the speaker as found. */
export function wholeSubject(doc: ParsedText, s: Sentence, speaker: Speaker): Speaker {
  if (speaker.order !== 'before' || speaker.clause) return speaker;
  let first = speaker.phrase.first;
  for (let joints = 0; joints < MAX_JOINTS && first > s.firstToken; joints++) {
    const last = beforeJoint(doc, first - 1);
    if (last === undefined || last < s.firstToken) return speaker;
    const before = phraseEndingAt(doc, last, s.firstToken);
    if (!before || before.end !== last + 1) return speaker;
    first = before.first;
  }
  return first === s.firstToken ? { ...speaker, phrase: { first, end: speaker.phrase.end } } : speaker;
}
