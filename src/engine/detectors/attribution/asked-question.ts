/**
 * A reported question: "a reporter asked Lind whether the ferry would run", "she was asked by a listener why". Asking
 * a question is saying something whoever asks, so the stance gate that keeps "voters ask for" and "critics asked him
 * to resign" (requests, sides taken) to named askers does not apply.
 */
import type { ParsedText } from '../../nlp.ts';

/** Words that open the question itself after "asked": "whether", "if", a wh-word, or "about" a topic. */
const QUESTION_OPENERS = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'whom', 'which', 'about']);
/** Words a short object of "asked" may hold before the question: "asked the mayor", "asked him", "by a listener". */
const OBJECT_WORDS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'the', 'a', 'an', 'his', 'their', 'by']);
/** How many words the asked person may take: "asked the harbour board chair whether". */
const MAX_OBJECT = 4;

/**
 * True when the "ask" at token i is followed, within a short object, by the opening of a question: "asked Lind if",
 * "asked the mayor how", "was asked by a listener why", "asked about the fares". "Asked for a recount", "asked
 * them to leave" (requests) and "if asked, he would" (a condition; a mark follows "asked") stay false.
 */
export function asksQuestion(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i].lemma !== 'ask') return false;
  for (let k = i + 1; k <= i + 1 + MAX_OBJECT && k < t.length; k++) {
    const w = t[k];
    if (w.type !== 'word') return false;
    if (QUESTION_OPENERS.has(w.lower)) return true;
    if (!OBJECT_WORDS.has(w.lower) && w.pos !== 'PROPN' && w.pos !== 'NOUN' && w.pos !== 'ADJ') return false;
  }
  return false;
}
