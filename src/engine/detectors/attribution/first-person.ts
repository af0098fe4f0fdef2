/** The speaker's own view: "I think", "we believe" before the clause they hold (rule attribution/first-person). */
import type { ParsedText } from '../../nlp.ts';
import type { Phrase } from '../../names/phrase.ts';

/** "I", "we" as the speaker's own voice; "you know" and "do you think" ask or fill rather than hold a view. */
const OWN_VOICE = new Set(['i', 'we']);
/** Verbs by which speakers give their own view of something; "I like", "we support" take sides instead. */
const OWN_VIEW_VERBS = new Set([
  ...['think', 'believe', 'expect', 'hope', 'fear', 'worry', 'doubt', 'suspect', 'guess', 'know', 'agree'],
  ...['disagree', 'want', 'wish', 'feel', 'assume', 'suppose', 'imagine', 'reckon', 'understand', 'trust'],
]);
/** What may open the clause a view verb holds: "I think it is", "we believe that", "I hope the", "I want to". */
const VIEW_CLAUSE_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'NUM', 'ADJ']);

/**
 * "I think it's a mistake", "we believe that the law is wrong", "I don't want it made public": a first-person view
 * verb followed by the clause or the wish it holds. "I feel sick" or "we know him well" hold no view of anything.
 */
export function firstPersonView(doc: ParsedText, speaker: Phrase, i: number): boolean {
  const t = doc.tokens;
  const alone = speaker.end - speaker.first === 1;
  if (!alone || !OWN_VOICE.has(t[speaker.first].lower) || !OWN_VIEW_VERBS.has(t[i].lemma)) return false;
  if (t[i + 1]?.lower === 'that' || (t[i + 1]?.lower === 'to' && t[i + 2]?.pos === 'VERB')) return true;
  if (!VIEW_CLAUSE_OPENERS.has(t[i + 1]?.pos ?? '')) return false;
  // The clause needs its own verb close by: "I think [the plan] will fail", not "we know [him] well".
  for (let k = i + 2; k <= i + 5 && t[k]?.type === 'word'; k++) {
    if (t[k].pos === 'VERB' || t[k].pos === 'AUX') return true;
  }
  return false;
}
