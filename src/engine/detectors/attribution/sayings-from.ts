/**
 * "The ruling has drawn criticism from local farmers", "veto threats from the governor": words of blame, praise or
 * warning followed by "from" and who voiced them. "There is growing concern among farmers that", "broad agreement
 * among economists": a view or a feeling followed by "among" and who holds it. The phrase after "from" is the source; an agentless reading of
 * the same words ("drew criticism", which alone hides the critics) gives way to it. "Support from voters" and
 * "endorsements from three senators" are backing, votes or names lent, with no words passed on: they stay out. So
 * are appeals a court hears ("The court heard appeals from three defendants"): a step in law, not a plea.
 */
import { type Phrase, phraseStartingAt } from '../../names/phrase.ts';
import type { ParsedText, Sentence } from '../../nlp.ts';
import { classifySpeaker, type SourceGuess } from './classify.ts';
import type { Discourse } from './memory.ts';
import type { Found } from './verbs.ts';
import { WEEKDAYS } from '../../names/words.ts';

/** Nouns for words voiced against, for or at something. */
const VOICED = new Set([
  ...['criticism', 'criticisms', 'praise', 'threat', 'threats', 'questions'],
  ...['complaints', 'condemnation', 'calls', 'warnings', 'objections', 'pushback', 'backlash', 'rebuke', 'rebukes'],
  ...['accusations', 'allegations', 'denials', 'demands', 'appeals', 'pleas', 'protests', 'opposition', 'ridicule'],
  // Ideas put forward aloud: "suggestions from residents", "proposals from the union" (not "ideas from": a source of inspiration).
  ...['suggestions', 'proposals'],
]);

/** Words before "threats" that make them spoken: "veto threats", "death threats", "received threats from". */
const SPOKEN_THREATS = new Set(['veto', 'death', 'legal', 'verbal', 'strike', 'boycott', 'written', 'receive', 'issue', 'send']);

/**
 * True when "threat(s)" at k, whose holders' phrase ends at `end`, is words voiced: a spoken kind or a verb of
 * receiving or issuing just before it, or what is threatened after the holders ("threats from the union to strike").
 * "The threat from Russia is growing" is a danger, not words.
 */
function spokenThreat(doc: ParsedText, k: number, end: number): boolean {
  const t = doc.tokens;
  if (t[end]?.lower === 'to' && t[end + 1]?.pos === 'VERB') return true;
  for (let j = Math.max(0, k - 3); j < k; j++) if (SPOKEN_THREATS.has(t[j].lemma) || SPOKEN_THREATS.has(t[j].lower)) return true;
  return false;
}

/** Nouns for a view or a feeling that a group holds: "concern among farmers", "agreement among economists". */
const HELD = new Set([
  ...['concern', 'concerns', 'agreement', 'consensus', 'recognition', 'belief', 'fear', 'fears', 'hope', 'hopes'],
  ...['frustration', 'anger', 'unease', 'doubt', 'doubts', 'worry', 'worries', 'optimism', 'pessimism', 'scepticism'],
  ...['skepticism', 'opposition', 'resentment', 'dismay', 'alarm', 'outrage', 'suspicion', 'speculation', 'talk'],
  ...['relief'],
]);

/** Verbs of a court or a litigant handling an appeal in law: "heard appeals from", "lodged an appeal from". */
const COURT_HANDLING = new Set([...['hear', 'lodge', 'file', 'dismiss', 'uphold', 'allow', 'grant']]);
/** Words that name a court in the sentence. */
const COURTS = new Set(['court', 'courts', 'judge', 'judges', 'tribunal', 'justices', 'magistrates', 'jury']);

/**
 * True when "appeals" at k (its holders' phrase ending at `end`) is a step in law: a court's verb handles it, or a
 * court is in its sentence, and no plea follows ("appeals from relatives for calm", "appeals from the mayor to stay
 * home" still voice a plea).
 */
function legalAppeal(doc: ParsedText, k: number, end: number): boolean {
  const t = doc.tokens;
  if (t[k].lower !== 'appeals' && t[k].lower !== 'appeal') return false;
  if (t[end]?.lower === 'for' || (t[end]?.lower === 'to' && t[end + 1]?.pos === 'VERB')) return false;
  const s = doc.sentences[t[k].sentence];
  // "heard appeals from", "appeals from the two men were dismissed": the court's verb before or just after.
  for (let j = Math.max(s.firstToken, k - 4); j < Math.min(s.endToken, end + 3); j++)
    if (COURT_HANDLING.has(t[j].lemma)) return true;
  for (let j = s.firstToken; j < s.endToken; j++) if (COURTS.has(t[j].lower)) return true;
  return false;
}

/** Days that close the holder's phrase: "from farmers yesterday", "from three defendants on Monday". */
const DAYS = new Set([
  ...WEEKDAYS,
  ...['today', 'yesterday'],
]);
/** Words of time after "on", "last" or "this" that close it too: "from farmers last week". */
const TIMES = new Set([...DAYS, ...['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night']]);

/** The kind of report the noun at k makes with the preposition after it: words "from", views "among". */
function holderKind(doc: ParsedText, k: number): 'speech' | 'cognition' | undefined {
  const t = doc.tokens;
  // Only these words can hold a saying or a view below: one look-up first spares every other word the tag tests.
  if (!VOICED.has(t[k].lower) && !HELD.has(t[k].lower)) return undefined;
  // "Anger among nurses": wink may tag a noun opening the sentence as a name.
  const opening = t[k].pos === 'PROPN' && doc.sentences[t[k].sentence]?.firstToken === k;
  // "There is concern among", "faced calls from": tagged a verb, yet with no subject before it the word is a noun.
  const objectVerb = t[k].pos === 'VERB' && ['DET', 'ADJ', 'AUX', 'VERB', 'ADP'].includes(t[k - 1]?.pos ?? '');
  if (t[k].pos !== 'NOUN' && !opening && !objectVerb) return undefined;
  if (VOICED.has(t[k].lower) && t[k + 1].lower === 'from') return 'speech';
  return HELD.has(t[k].lower) && t[k + 1].lower === 'among' ? 'cognition' : undefined;
}

/**
 * The holder's phrase starting at `from`. "agreement among economists that rates will rise": after a noun, "that"
 * opens the clause of what is held, so the phrase ends before it.
 */
function holderPhrase(doc: ParsedText, from: number, ceiling: number): Phrase | undefined {
  const phrase = phraseStartingAt(doc, from, ceiling);
  if (!phrase || phrase.first !== from) return undefined;
  const t = doc.tokens;
  for (let k = from + 1; k < phrase.end; k++) {
    if (t[k].lower === 'that') return { first: from, end: k };
    // "from three defendants on Monday": a time after the holders is when, not who.
    const time = TIMES.has(t[k + 1]?.lower ?? '') || TIMES.has(t[k + 2]?.lower ?? '');
    if (['on', 'last', 'this', 'earlier'].includes(t[k].lower) && time) return { first: from, end: k };
    // "from farmers yesterday": a day alone (not "the night shift", where a time word names the crowd).
    if (DAYS.has(t[k].lower)) return { first: from, end: k };
  }
  return phrase;
}

/** Adds "criticism from X" and "concern among X" as X's attribution, replacing an agentless match over the same words. */
export function addSayingsFrom(doc: ParsedText, s: Sentence, found: Found[], memory: Discourse): void {
  for (let k = s.firstToken; k < s.endToken - 2; k++) {
    const kind = holderKind(doc, k);
    if (!kind) continue;
    const phrase = holderPhrase(doc, k + 2, s.endToken);
    if (!phrase || legalAppeal(doc, k, phrase.end)) continue;
    if ((doc.tokens[k].lower === 'threat' || doc.tokens[k].lower === 'threats') && !spokenThreat(doc, k, phrase.end)) continue;
    const guess = classifySpeaker(doc, phrase, kind, memory);
    if (guess) addHolder(found, k, phrase, guess);
  }
}

/**
 * Adds the holder `phrase` of the saying at k unless a finding other than an agentless one overlaps it. (A function
 * of its own: closures in the loop above, which reads every word, captured its index and made a context per word.)
 */
function addHolder(found: Found[], k: number, phrase: Phrase, guess: SourceGuess): void {
  const overlapping = found.filter((f) => k <= f.end && f.first < phrase.end);
  if (overlapping.some((f) => f.guess.source !== 'agentless')) return;
  const first = Math.min(k, ...overlapping.map((f) => f.first));
  for (const f of overlapping) found.splice(found.indexOf(f), 1);
  found.push({ first, end: phrase.end, guess, speaker: phrase });
}
