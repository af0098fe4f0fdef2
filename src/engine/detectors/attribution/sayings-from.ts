/**
 * "The ruling has drawn criticism from local farmers", "veto threats from the governor": words of blame, praise or
 * warning followed by "from" and who voiced them. The phrase after "from" is the source; an agentless reading of
 * the same words ("drew criticism", which alone hides the critics) gives way to it. "Support from voters" and
 * "endorsements from three senators" are backing, votes or names lent, with no words passed on: they stay out.
 */
import { phraseStartingAt } from '../../names/phrase.ts';
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

/** Adds "criticism from X" as X's attribution, replacing an agentless match over the same words. */
export function addSayingsFrom(doc: ParsedText, s: Sentence, found: Found[], memory: Discourse): void {
  const t = doc.tokens;
  for (let k = s.firstToken; k < s.endToken - 2; k++) {
    if (!VOICED.has(t[k].lower) || t[k].pos !== 'NOUN' || t[k + 1].lower !== 'from') continue;
    const phrase = phraseStartingAt(doc, k + 2, s.endToken);
    if (!phrase || phrase.first !== k + 2) continue;
    const guess = classifySpeaker(doc, phrase, 'speech', memory);
    if (!guess) continue;
    const overlapping = found.filter((f) => k <= f.end && f.first < phrase.end);
    if (overlapping.some((f) => f.guess.source !== 'agentless')) continue;
    const first = Math.min(k, ...overlapping.map((f) => f.first));
    for (const f of overlapping) found.splice(found.indexOf(f), 1);
    found.push({ first, end: phrase.end, guess, speaker: phrase });
  }
}
