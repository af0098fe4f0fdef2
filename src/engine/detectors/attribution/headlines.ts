/**
 * Headline verbs in the past tense: "Okafor Told A Radio Host The Budget Is Safe", "Mayor Just Vowed To Stay". A headline
 * participle is usually a passive ("Residents Told To Leave", "Ferry Accused Of Delays"), so only two shapes count:
 * a verb that takes an infinitive or "To" of its own ("Vowed To", "Responded To"), and a verb of telling followed by
 * its object after a single subject ("Okafor Told A Reporter").
 */
import { WORDS_ONLY_VERBS } from '../../lexicon/sources-verbs.ts';
import type { ParsedText } from '../../nlp.ts';
import { isTitleCaseSentence } from '../../names/tokens.ts';

/** Adverbs a headline may put between its subject and its verb: "Mayor Just Vowed", "Lind Now Says". */
const HEADLINE_ADVERBS = new Set(['just', 'now', 'also', 'again', 'finally', 'still', 'quietly', 'openly']);
/** Verbs whose "To" is their own, not a passive's: "Vowed To Stay", "Responded To Critics". */
const OWN_TO = new Set(['vow', 'pledge', 'promise', 'threaten', 'refuse', 'agree', 'decline', 'respond', 'reply', 'react', 'object']);
/** Tags that open a verb's object in a headline: "Told A Reporter", "Told Her", "Warned Okafor". */
const OBJECT_TAGS = new Set(['DET', 'PRON', 'PROPN']);
/** Words after a participle that mark a passive headline: "Told To Leave", "Accused Of", "Asked By". */
const PASSIVE_NEXT = new Set(['to', 'of', 'by', 'as', 'over', 'about', 'for', 'in', 'on', 'after', 'with']);

/** True when the past-tense verb at i is a headline's active verb after its subject (an adverb may come between). */
export function headlinePast(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const v = t[i];
  if (v.pos !== 'VERB' || v.lower === v.lemma || /(s|ing)$/.test(v.lower)) return false;
  const k = HEADLINE_ADVERBS.has(t[i - 1]?.lower ?? '') ? i - 2 : i - 1;
  const subject = t[k];
  const next = t[i + 1];
  if (!subject || (subject.pos !== 'PROPN' && subject.pos !== 'NOUN') || !next) return false;
  const own = OWN_TO.has(v.lemma) && next.lower === 'to';
  // "Residents Told Their Homes Are Safe": after a plural the participle is a passive with its hearer, and title case
  // cannot tell a plural crowd from a surname in -s; a verb of taking sides ("Endorsed Lind") names no telling.
  const single = !subject.lower.endsWith('s');
  const object = single && WORDS_ONLY_VERBS.has(v.lemma) && OBJECT_TAGS.has(next.pos) && !PASSIVE_NEXT.has(next.lower);
  const s = doc.sentences[v.sentence];
  return (own || object) && s !== undefined && isTitleCaseSentence(t, s);
}

/** Forms of "be" that make a headline's -ing verb progressive: "Mayor Is Now Calling", "Unions Are Warning". */
const HEADLINE_BE = new Set(['is', 'are', 'was', 'were', "'s"]);

/**
 * "Okafor Is Now Calling The Plan A Fraud", "Unions Are Warning Of Strikes": a title-case headline's progressive
 * verb of words after "Is"/"Are" (an adverb may come between). Only verbs that report words alone count, and
 * "call" ("Is Calling For"), so "Mayor Is Planning A Bridge" and "Is Facing Calls" stay out.
 */
export function headlineProgressive(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const v = t[i];
  if (!v.lower.endsWith('ing') || !(WORDS_ONLY_VERBS.has(v.lemma) || v.lemma === 'call')) return false;
  const k = HEADLINE_ADVERBS.has(t[i - 1]?.lower ?? '') ? i - 2 : i - 1;
  if (!HEADLINE_BE.has(t[k]?.lower ?? '')) return false;
  const s = doc.sentences[v.sentence];
  return s !== undefined && isTitleCaseSentence(t, s);
}
