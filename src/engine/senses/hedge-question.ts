/**
 * A modal inside an indirect question ("she asked what effect the tariff might have", "nobody knows which route the
 * march could take", "how much money the scheme may raise"): the clause asks about something unknown, it puts forward
 * no guess as news. Read by senses/modality.ts. Only "what", "which" or "how much/many" with a noun and then a
 * subject of its own: "what may be the oldest map" and "what experts may call a record" name a thing and keep their
 * hedge, since no subject stands between the noun and the modal.
 */
import type { Token } from '../nlp.ts';

/** The most words read back from the modal: the question word, its noun and a short subject. */
const REACH = 7;
/** Parts of speech a subject may open with ("the tariff", "it", "Okafor", "new rules", "tariffs"). */
const SUBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM']);

/** Parts of speech of the word before an indirect question ("asked", "is unclear", "to", "knows"). */
const ASKED_AFTER = new Set(['VERB', 'AUX', 'ADJ', 'ADP', 'PART']);
/** Words that open a relative clause: "layers that may crack" is a description, no question. */
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose']);

/** True when the modal at `i` is the verb of an indirect question's clause ("what effect the cut might have"). */
export function asksIndirectly(t: readonly Token[], i: number): boolean {
  const sentence = t[i].sentence;
  for (let k = i - 1; k >= 0 && i - k <= REACH && t[k].sentence === sentence; k--) {
    if (t[k].type === 'punctuation') return false;
    const word = t[k].lower;
    const noun = word === 'how' && (t[k + 1]?.lower === 'much' || t[k + 1]?.lower === 'many') ? k + 2 : k + 1;
    if (word !== 'what' && word !== 'which' && noun === k + 1) continue;
    // A question word follows what asks or wonders ("asked what", "unclear which", "to what"); after a noun or a
    // pronoun "which" and "what" open a relative clause ("layers which may crack", "it is what may be").
    if (!ASKED_AFTER.has(t[k - 1]?.pos ?? '')) return false;
    // The noun asked about, then a subject of the clause before the modal, with no relative word between.
    if (t[noun]?.pos !== 'NOUN' || noun + 1 >= i || !SUBJECT_START.has(t[noun + 1].pos)) return false;
    for (let j = noun + 1; j < i; j++) if (RELATIVES.has(t[j].lower)) return false;
    return true;
  }
  return false;
}
