/**
 * Frames that hand a clause to whoever holds it: "In Okafor's view, the bridge is safe", "in the opinion of most
 * engineers", "By the council's count, 300 homes flooded", "by her own account", "by his own admission". The owner
 * is the source, as "Okafor believes" or "the council counted" would make it. Only the owner's own words or
 * reckoning count: "in Lind's account" (a bank or an e-mail account) and "in his eyes" before no comma are left alone.
 */
import { type Phrase, phraseEndingAt, phraseStartingAt } from '../../names/phrase.ts';
import { isMark, isPossessive } from '../../names/tokens.ts';
import type { ParsedText, Sentence } from '../../nlp.ts';
import { classifySpeaker, type SourceGuess } from './classify.ts';
import { overlapsAny } from './found-list.ts';
import { framePlaced } from './frame-place.ts';
import { POSSESSIVE_PRONOUNS as OWNER_PRONOUNS, pronounOwnerGuess } from './owned.ts';
import type { Discourse } from './memory.ts';
import type { Found } from './verbs.ts';

/** Nouns for a view held, after "in": "in her view", "in the opinion of", "in his own words". */
const VIEW_NOUNS = new Set(['view', 'opinion', 'estimation', 'judgment', 'judgement', 'words', 'eyes', 'reckoning']);
/** Nouns for a reckoning or a telling, after "by": "by the union's count", "by her own account", "by his admission". */
const COUNT_NOUNS = new Set([
  ...['count', 'tally', 'estimate', 'estimates', 'reckoning', 'calculation', 'calculations', 'calculus'],
  ...['account', 'accounts', 'admission', 'recollection', 'telling'],
]);
/** Nouns with a plain sense mid-clause (a bank's account, a boxer's count, the body's eyes): framed only when set off. */
const PLAIN_SENSES = new Set(['account', 'accounts', 'count', 'eyes']);
/** Possessive pronouns and the subject pronoun each points back with ("my", "our": the speaker's own view). */
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([...OWNER_PRONOUNS, ['my', 'i'], ['our', 'we']]);
/** A view frame is a softer attribution than a verb of saying, like "believes". */
const WEIGHT = 0.8;

/** The preposition that opens a frame with the noun at k: "in" for views, "by" for counts, either for "reckoning". */
function frameNoun(word: string): 'in' | 'by' | 'either' | undefined {
  if (VIEW_NOUNS.has(word)) return COUNT_NOUNS.has(word) ? 'either' : 'in';
  return COUNT_NOUNS.has(word) ? 'by' : undefined;
}

/** True when `word` opens a frame whose noun takes `prep` ("by her reckoning" and "in her reckoning" both do). */
function opens(word: string | undefined, prep: string): boolean {
  return prep === 'either' ? word === 'in' || word === 'by' : word === prep;
}

/** The guess for a possessive pronoun owner ("his", "our"): a pronoun resolved where it can be, or the speaker's own. */
function pronounGuess(pronoun: string, sentence: number, memory: Discourse): SourceGuess {
  if (pronoun === 'i' || pronoun === 'we')
    return { source: 'pronoun', rule: 'attribution/first-person', confidence: 0.45 };
  return pronounOwnerGuess(pronoun, sentence, memory, 0.6);
}

/** A classified owner phrase, its confidence lowered to a view's; undefined when the lists know no source there. */
function ownerGuess(doc: ParsedText, owner: Phrase, memory: Discourse): SourceGuess | undefined {
  const guess = classifySpeaker(doc, owner, 'cognition', memory);
  if (!guess) return undefined;
  return { ...guess, confidence: Math.round(guess.confidence * WEIGHT * 100) / 100 };
}

/**
 * "in [Okafor's | her | the council's] (own) view": the frame ending at the noun k, opened by `prep`; returns
 * where it starts and who holds it. "Eyes" and "words" need the owner's comma after them ("In his eyes, ...").
 */
function ownedFrame(doc: ParsedText, s: Sentence, k: number, prep: string, memory: Discourse) {
  const t = doc.tokens;
  let j = k - 1;
  if (t[j]?.lower === 'own') j--;
  if (j <= s.firstToken) return undefined;
  const pronoun = POSSESSIVE_PRONOUNS.get(t[j].lower);
  if (pronoun !== undefined) {
    if (!opens(t[j - 1]?.lower, prep)) return undefined;
    return { first: j - 1, guess: pronounGuess(pronoun, t[j].sentence, memory) };
  }
  if (!isPossessive(t[j])) return undefined;
  const owner = phraseEndingAt(doc, j - 1, s.firstToken);
  if (!owner || owner.end !== j || !opens(t[owner.first - 1]?.lower, prep)) return undefined;
  const guess = ownerGuess(doc, owner, memory);
  return guess ? { first: owner.first - 1, guess } : undefined;
}

/** "in the view of most engineers", "by the count of the organisers": the holder after "of". */
function ofFrame(doc: ParsedText, s: Sentence, k: number, prep: string, memory: Discourse) {
  const t = doc.tokens;
  if (t[k - 1]?.lower !== 'the' || !opens(t[k - 2]?.lower, prep) || t[k + 1]?.lower !== 'of') return undefined;
  const holder = phraseStartingAt(doc, k + 2, s.endToken);
  if (!holder) return undefined;
  const guess = ownerGuess(doc, holder, memory);
  return guess ? { first: k - 2, end: holder.end, guess } : undefined;
}

/** Adds view and count frames that no other attribution in the sentence covers. */
export function addViewFrames(doc: ParsedText, s: Sentence, found: Found[], memory: Discourse): void {
  const t = doc.tokens;
  for (let k = s.firstToken + 2; k < s.endToken; k++) {
    const prep = frameNoun(t[k].lower);
    if (prep === undefined) continue;
    // "in his eyes, ..." and "in her own words: ..." only as a frame set off by punctuation ("in his eyes was a tear").
    const needsMark = t[k].lower === 'eyes' || t[k].lower === 'words';
    if (needsMark && !isMark(t[k + 1], ',:;—–')) continue;
    // "In her opinion piece, the columnist ...": the frame noun describes the noun after it.
    const next = t[k + 1];
    if (next?.pos === 'NOUN' && next.text === next.lower) continue;
    const owned = ownedFrame(doc, s, k, prep, memory);
    const frame = owned ? { ...owned, end: k + 1 } : ofFrame(doc, s, k, prep, memory);
    if (!frame) continue;
    const byFrame = t[frame.first].lower === 'by';
    if (PLAIN_SENSES.has(t[k].lower) && !framePlaced(t, s, frame.first, frame.end - 1, byFrame)) continue;
    const f: Found = { first: frame.first, end: frame.end, guess: frame.guess };
    if (frame.guess.rule === 'attribution/first-person') f.ownView = true;
    if (!overlapsAny(found, f)) found.push(f);
  }
}
