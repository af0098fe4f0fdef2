/**
 * "The ruling has drawn criticism from local farmers", "veto threats from the governor": words of blame, praise or
 * warning followed by "from" and who voiced them. "There is growing concern among farmers that", "broad agreement
 * among economists": a view or a feeling followed by "among" and who holds it. The phrase after "from" is the source; an agentless reading of
 * the same words ("drew criticism", which alone hides the critics) gives way to it. "Support from voters" and
 * "endorsements from three senators" are backing, votes or names lent, with no words passed on: they stay out.
 */
import { type Phrase, phraseStartingAt } from '../../names/phrase.ts';
import type { ParsedText, Sentence } from '../../nlp.ts';
import { classifySpeaker } from './classify.ts';
import type { Discourse } from './memory.ts';
import type { Found } from './verbs.ts';

/** Nouns for words voiced against, for or at something. */
const VOICED = new Set([
  ...['criticism', 'criticisms', 'praise', 'threat', 'threats', 'questions'],
  ...['complaints', 'condemnation', 'calls', 'warnings', 'objections', 'pushback', 'backlash', 'rebuke', 'rebukes'],
  ...['accusations', 'allegations', 'denials', 'demands', 'appeals', 'pleas', 'protests', 'opposition', 'ridicule'],
]);

/** Nouns for a view or a feeling that a group holds: "concern among farmers", "agreement among economists". */
const HELD = new Set([
  ...['concern', 'concerns', 'agreement', 'consensus', 'recognition', 'belief', 'fear', 'fears', 'hope', 'hopes'],
  ...['frustration', 'anger', 'unease', 'doubt', 'doubts', 'worry', 'worries', 'optimism', 'pessimism', 'scepticism'],
  ...['skepticism', 'opposition', 'resentment', 'dismay', 'alarm', 'outrage', 'suspicion', 'speculation', 'talk'],
]);

/** The kind of report the noun at k makes with the preposition after it: words "from", views "among". */
function holderKind(doc: ParsedText, k: number): 'speech' | 'cognition' | undefined {
  const t = doc.tokens;
  // "Anger among nurses": wink may tag a noun opening the sentence as a name.
  const opening = t[k].pos === 'PROPN' && doc.sentences[t[k].sentence]?.firstToken === k;
  if (t[k].pos !== 'NOUN' && !opening) return undefined;
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
  for (let k = from + 1; k < phrase.end; k++) if (doc.tokens[k].lower === 'that') return { first: from, end: k };
  return phrase;
}

/** Adds "criticism from X" and "concern among X" as X's attribution, replacing an agentless match over the same words. */
export function addSayingsFrom(doc: ParsedText, s: Sentence, found: Found[], memory: Discourse): void {
  for (let k = s.firstToken; k < s.endToken - 2; k++) {
    const kind = holderKind(doc, k);
    if (!kind) continue;
    const phrase = holderPhrase(doc, k + 2, s.endToken);
    if (!phrase) continue;
    const guess = classifySpeaker(doc, phrase, kind, memory);
    if (!guess) continue;
    const overlapping = found.filter((f) => k <= f.end && f.first < phrase.end);
    if (overlapping.some((f) => f.guess.source !== 'agentless')) continue;
    const first = Math.min(k, ...overlapping.map((f) => f.first));
    for (const f of overlapping) found.splice(found.indexOf(f), 1);
    found.push({ first, end: phrase.end, guess, speaker: phrase });
  }
}
