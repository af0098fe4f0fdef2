/**
 * Cues whose source follows them: "according to X", "citing X", "quoting X", and a text pointed to in passing
 * ("As stated in the council's letter, ..."). Their source phrase may open with a describing "-ing" word
 * ("according to fundraising reports"), and a source the word lists do not know still counts when the cue is set
 * off from the clause it sources ("According to an ad overview, ..."; "..., according to the club's summary").
 */
import { analysePhrase } from '../../names/analyse.ts';
import { type Phrase, phraseStartingAt } from '../../names/phrase.ts';
import { isCapitalised, isMark } from '../../names/tokens.ts';
import type { ParsedText, Sentence } from '../../nlp.ts';
import type { SourceGuess } from './classify.ts';
import { classifyUnknown } from './unknown.ts';

/** Words whose source phrase follows them straight away: "citing X", "quoting X". */
export const NOMINAL_CUES: ReadonlySet<string> = new Set(['citing', 'quoting']);
/** Verbs whose participle points to a text after "as ... in": "as stated in", "as noted in", "as set down in". */
const POINTING_VERBS = new Set([
  'state',
  'note',
  'report',
  'mention',
  'describe',
  'outline',
  'detail',
  'explain',
  'write',
  'record',
]);
/** Conjunctions that may open a sentence before a set-off cue: "But according to the filing, ...". */
const OPENERS = new Set(['but', 'and', 'yet', 'so', 'still', 'however']);

/** True when the cue at i opens its sentence (after at most a conjunction) or follows a comma, a dash or a bracket. */
function setOff(doc: ParsedText, s: Sentence, i: number): boolean {
  const t = doc.tokens;
  if (i === s.firstToken) return true;
  if (i === s.firstToken + 1 && OPENERS.has(t[s.firstToken].lower)) return true;
  return isMark(t[i - 1], ',;:(—–-');
}

/** Where the source phrase of a cue at token i starts, or undefined when no such cue stands at i. */
export function sourceCueStart(doc: ParsedText, s: Sentence, i: number): number | undefined {
  const t = doc.tokens;
  if (t[i].lower === 'according' && t[i + 1]?.lower === 'to') return i + 2;
  if (NOMINAL_CUES.has(t[i].lower)) return i + 1;
  // "As stated in the council's letter, the fund is empty": the letter is the source. Only set off, since inside a
  // clause "as described in" may compare ("the engine performed as described in the manual").
  // (Runs for every token: "as" is tested first, so the participle's regex runs only after an "as".)
  if (t[i].lower !== 'as') return undefined;
  const verb = t[i + 1];
  const participle = verb !== undefined && verb.lower !== verb.lemma && /(ed|en)$/.test(verb.lower);
  if (
    participle &&
    POINTING_VERBS.has(verb.lemma) &&
    t[i + 2]?.lower === 'in' &&
    setOff(doc, s, i)
  )
    return i + 3;
  return undefined;
}

/** The source phrase from `from`: "fundraising reports", whose opening "-ing" word wink tags as a verb, included. */
export function sourcePhrase(doc: ParsedText, from: number, ceiling: number): Phrase | undefined {
  const t = doc.tokens;
  // "a printed leaflet", "leaked documents": a past participle before the noun describes it, though wink tags it a verb.
  const article = t[from]?.pos === 'DET' ? 1 : 0;
  const participle = t[from + article];
  const described =
    participle?.pos === 'VERB' && participle.lower !== participle.lemma && /(ed|en)$/.test(participle.lower);
  if (described && t[from + article + 1]?.pos === 'NOUN' && !isCapitalised(participle)) {
    const rest = phraseStartingAt(doc, from + article + 1, ceiling);
    if (rest && rest.first === from + article + 1) return { first: from, end: rest.end };
  }
  const opening = t[from];
  const describing =
    opening?.pos === 'VERB' && opening.lower.endsWith('ing') && !isCapitalised(opening) && t[from + 1]?.pos === 'NOUN';
  if (!describing) return phraseStartingAt(doc, from, ceiling);
  const rest = phraseStartingAt(doc, from + 1, ceiling);
  return rest && rest.first === from + 1 ? { first: from, end: rest.end } : undefined;
}

/**
 * The source a set-off cue names when the word lists do not know it: a thing is a text the reader can look for ("an
 * ad overview", "the club's summary"), a plural of people a crowd. A bare singular is a manner, not a source
 * ("according to plan", "according to size"), and a cue inside its clause may be one too ("grouped according to
 * their age"), so both stay unread.
 */
export function unlistedSource(doc: ParsedText, s: Sentence, cue: number, phrase: Phrase): SourceGuess | undefined {
  if (doc.tokens[cue].lower === 'citing' || doc.tokens[cue].lower === 'quoting' || !setOff(doc, s, cue))
    return undefined;
  const parts = analysePhrase(doc, phrase);
  const head = doc.tokens[parts.head];
  if (head.type !== 'word' || head.pos !== 'NOUN') return undefined;
  const bare =
    parts.determiner === undefined && !parts.otherName && parts.head === phrase.first && head.lemma === head.lower;
  if (bare) return undefined;
  return classifyUnknown(doc, phrase, parts) ?? { source: 'document', rule: 'attribution/document', confidence: 0.5 };
}
