/**
 * "Reveal" with a clause after it ("the audit revealed the council had overspent", "emails revealed he lied")
 * presents what follows as a fact brought to light, as "revealed that" does: the verb decides the clause is
 * true. With a plain object ("the carmaker revealed the new model", "the survey revealed a drop in sales",
 * "revealed her plans") something is shown or announced, and nothing is presupposed. Exported so any
 * detector reading "reveal" can tell the two senses apart.
 */
import type { ParsedText, Token } from '../nlp.ts';

/** Subject pronouns: "revealed he had lied", "revealed they were paid". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
/**
 * Words that close the object before any verb of its own ("revealed plans that were drafted in May"), and the
 * question words of an indirect question ("reveal what he knows", "reveal whether he paid"): what is asked is
 * not presented as a fact.
 */
const OBJECT_CLOSERS = new Set(
  'that which who whom whose where when what whether if why how and or but to for'.split(' '),
);
/** Tags before "revealed" that make it a participle describing a noun ("the newly revealed files", "over revealing"). */
const PARTICIPLE_BEFORE = new Set(['DET', 'ADJ', 'ADP']);
/** Tags that may follow a finite verb of the clause: its object or a word describing it. */
const AFTER_VERB = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ', 'ADV', 'ADP']);
/** How far after "reveal" the clause's verb is looked for (a subject of up to five words). */
const WINDOW = 6;

/**
 * Verbs that open a plan rather than a fact: "the company revealed it will cut 200 jobs" announces what it
 * means to do, which nobody can yet know to be true or false.
 */
const PLANS = new Set(['will', "'ll", 'shall']);

/** True for a finite verb that is no participle describing the object ("a fleet built in 1990"). */
function finiteVerb(t: Token[], j: number): boolean {
  const w = t[j];
  if (PLANS.has(w.lower)) return false;
  if (w.pos === 'AUX') return true;
  if (w.pos !== 'VERB' || w.lower.endsWith('ing') || w.lower === w.lemma) return false;
  // "pays", "had", "lied about": a present "-s" or a past followed by what a verb takes.
  return w.lower.endsWith('s') || AFTER_VERB.has(t[j + 1]?.pos ?? '');
}

/**
 * True when "reveal" at `i` is followed by a clause of its own without "that": a subject pronoun, or a noun
 * phrase and then a finite verb, before any punctuation or relative word.
 */
export function revealsClause(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i]?.lemma !== 'reveal' || t[i].pos !== 'VERB' || participle(t, i)) return false;
  const next = t[i + 1];
  if (next === undefined || next.sentence !== t[i].sentence || OBJECT_CLOSERS.has(next.lower)) return false;
  if (SUBJECT_PRONOUNS.has(next.lower) && next.lower !== 'it') return finiteVerb(t, i + 2);
  for (let j = i + 2; j <= i + WINDOW && t[j] && t[j].sentence === t[i].sentence; j++) {
    if (t[j].type === 'punctuation' || OBJECT_CLOSERS.has(t[j].lower)) return false;
    // A second noun phrase opening on a name or a pronoun is a relative clause without its "that" ("revealed
    // the password Ali had chosen"): the verb after it belongs to the relative, not to a reported clause.
    if ((t[j].pos === 'PROPN' || t[j].pos === 'PRON') && t[j - 1].pos === 'NOUN') return false;
    if (t[j].pos === 'AUX' || t[j].pos === 'VERB') return finiteVerb(t, j);
  }
  return false;
}

/** True when "reveal" at `i` is passive or describes a noun: "was revealed", "the newly revealed files". */
function participle(t: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && t[k].pos === 'ADV') k--;
  const before = t[k];
  if (before === undefined || before.sentence !== t[i].sentence) return false;
  return PARTICIPLE_BEFORE.has(before.pos) || before.lemma === 'be' || before.lower === 'been';
}
