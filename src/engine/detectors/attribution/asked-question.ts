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

/** Words that say how often: "tourists often ask about" is a habit, not one question somebody put. */
const HABITUAL = new Set(['often', 'usually', 'always', 'sometimes', 'frequently', 'regularly', 'routinely', 'rarely', 'seldom', 'constantly']);
/** Words that open a second clause inside the question, so its verb is not the sentence's own. */
const JOINS = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'whom', 'because', 'while', 'when', 'if']);
/** Verbs that take a clause of their own: "how the council knows the plan will work" holds a second verb group. */
const CLAUSE_TAKERS = new Set(['know', 'think', 'believe', 'say', 'expect', 'feel', 'hope', 'fear', 'claim', 'mean', 'realise', 'realize', 'understand', 'suppose', 'agree']);
/** How far the checks after the question opener look: a fixed window keeps the rule linear. */
const WINDOW = 14;

/** True for a verb or helper verb, the words a clause's verb group is made of. */
const verbal = (pos: string | undefined): boolean => pos === 'VERB' || pos === 'AUX';

/**
 * True when a verb group of the sentence's own follows the question at `open`: "voters asked whether they backed the
 * plan were split", "customers asked about refunds were told" (reduced passives: they were the ones asked). A topic
 * after "about" holds no verb but a gerund ("about rising fares"), a clause after "whether" one, and a second
 * when its verb takes a clause ("whether the mayor thinks the levy is fair"); a joining word ends the look.
 */
function sentenceVerbAfter(doc: ParsedText, open: number): boolean {
  const t = doc.tokens;
  const allowed = t[open].lower === 'about' ? 0 : 1;
  let groups = 0;
  for (let k = open + 1; k < t.length && k <= open + WINDOW && t[k].sentence === t[open].sentence; k++) {
    if (t[k].type !== 'word' || JOINS.has(t[k].lower)) return false;
    // "about rising fares": a gerund straight after "about" is the topic, not a verb group.
    if (!verbal(t[k].pos) || verbal(t[k - 1].pos) || t[k - 1].lower === 'to' || t[k - 1].lower === 'about') continue;
    if (++groups > allowed) return true;
    // "how the council knows the plan will work": what follows a verb of knowing or saying is its own clause.
    if (allowed === 1 && CLAUSE_TAKERS.has(t[k].lemma)) return false;
  }
  return false;
}

/** True when "to" and a verb follow within the window: "asked officials who ran the scheme to resign" (a request). */
function requestAfter(doc: ParsedText, open: number): boolean {
  const t = doc.tokens;
  for (let k = open + 1; k + 1 < t.length && k <= open + WINDOW && t[k].sentence === t[open].sentence; k++)
    if (t[k].lower === 'to' && t[k + 1].pos === 'VERB') return true;
  return false;
}

/**
 * True when the "ask" at token i is followed, within a short object, by the opening of a question: "asked Lind if",
 * "asked the mayor how", "was asked by a listener why", "asked about the fares". "Asked for a recount", "asked
 * them to leave" (requests) and "if asked, he would" (a condition; a mark follows "asked") stay false, and so do a
 * relative clause then a request ("asked officials who ran it to resign"), a rough number ("asked about 500
 * voters"), a habit ("often ask about") and a reduced passive ("voters asked whether ... were split").
 */
export function asksQuestion(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i].lemma !== 'ask') return false;
  if (t[i].lower !== 'asked' && HABITUAL.has(t[i - 1]?.lower ?? '')) return false;
  for (let k = i + 1; k <= i + 1 + MAX_OBJECT && k < t.length; k++) {
    const w = t[k];
    if (w.type !== 'word') return false;
    if (QUESTION_OPENERS.has(w.lower)) {
      if (w.lower === 'about' && (t[k + 1]?.type === 'number' || t[k + 1]?.pos === 'NUM')) return false;
      if (k > i + 1 && (w.lower === 'who' || w.lower === 'which') && requestAfter(doc, k)) return false;
      return !(k === i + 1 && t[i].lower === 'asked' && sentenceVerbAfter(doc, k));
    }
    if (!OBJECT_WORDS.has(w.lower) && w.pos !== 'PROPN' && w.pos !== 'NOUN' && w.pos !== 'ADJ') return false;
  }
  return false;
}
