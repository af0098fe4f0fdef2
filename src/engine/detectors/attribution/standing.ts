/**
 * Agentless phrases that pass on nobody's view: a name ("is widely known as the Iron Span", "a method known as crop
 * rotation"), what a place offers ("the town is known for its bakeries") and a status a stated rule gives ("Under
 * the old law a thief was considered guilty").
 * "Is widely known to be corrupt" and "is considered by many to be the best" still rest on nobody in particular.
 */
import type { ParsedText, Sentence } from '../../nlp.ts';
import type { Phrase } from '../../names/phrase.ts';
import { isMark, isPossessive, QUOTE_MARKS } from '../../names/tokens.ts';
import { GROUP_NOUNS, PERSON_ROLES, PLURAL_ROLES } from '../../names/words.ts';

/** The word after "known" that may give a name rather than a fact someone holds: "is also known as". */
const NAMING = 'as';
/** Adverbs that count the people holding a view ("is widely regarded as"): a head-count, not a rule's wording. */
const HOLDERS = new Set([
  ...['widely', 'generally', 'commonly', 'broadly', 'largely', 'universally', 'popularly', 'increasingly'],
]);
/** Participles a rule uses to give something a status: "is deemed a resident", "are treated as aircraft". */
const STATUS_VERBS = new Set(['considered', 'deemed', 'treated', 'classed', 'classified', 'regarded']);
/** Nouns for a rule that gives a status: "under the 1990 act", "under the club's rules". */
const RULES = new Set([
  ...['law', 'laws', 'act', 'statute', 'statutes', 'code', 'constitution', 'rules', 'regulations', 'charter'],
  ...['treaty', 'convention', 'bylaw', 'bylaws', 'ordinance', 'decree', 'legislation'],
]);

/** True when the sentence says which rule it applies: "under the old law", "under section 4 of the act", "by law", "legally". */
function statesRule(doc: ParsedText, s: Sentence): boolean {
  const t = doc.tokens;
  for (let k = s.firstToken; k < s.endToken; k++) {
    if (t[k].lower === 'legally') return true;
    if ((t[k].lower === 'by' || t[k].lower === 'in') && t[k + 1]?.lower === 'law') return true;
    if (t[k].lower !== 'under') continue;
    for (let j = k + 1; j < s.endToken && j <= k + 6; j++) if (RULES.has(t[j].lower)) return true;
  }
  return false;
}

/**
 * True when a name starts at token k: a capital or a quotation, after "the" or not, or a bare noun ("crop rotation").
 * A capital that owns what follows describes ("known as Europe's most cautious leader"): that is a view, not a name.
 */
function nameAt(doc: ParsedText, k: number): boolean {
  const t = doc.tokens;
  const next = t[k]?.lower === 'the' ? t[k + 1] : t[k];
  if (next === undefined || isPossessive(t[next.index + 1])) return false;
  return /^\p{Lu}/u.test(next.text) || isMark(next, QUOTE_MARKS) || (next === t[k] && next.pos === 'NOUN');
}

/** True when the label "known as" at m gives a name ("known as the Iron Span"); "known as a hardliner" is a view. */
export function givesName(doc: ParsedText, m: Phrase): boolean {
  const t = doc.tokens;
  return t[m.end - 1].lower === NAMING && t[m.end - 2]?.lower === 'known' && nameAt(doc, m.end);
}

/** Possessives of people after "known for": "his temper", "her wit", "their kindness". */
const PERSONAL = new Set(['his', 'her', 'their']);
/** Participles of a reputation: "known for", "famed for", "renowned for", "noted for". */
const REPUTATIONS = new Set(['known', 'famed', 'renowned', 'noted']);

/**
 * True when "known for" at m describes what a place or a thing offers ("The town is known for its bakeries", "the
 * valley is famed for its wine"): its own "its" after "for", or a subject that is a common noun for no person. A
 * person's reputation ("Ruiz is known for his temper", "a judge known for speaking her mind") is a view others hold.
 */
function thingsSpecialty(doc: ParsedText, m: Phrase): boolean {
  const t = doc.tokens;
  if (t[m.end - 1].lower !== 'for' || !REPUTATIONS.has(t[m.end - 2]?.lower ?? '')) return false;
  if (t[m.end]?.lower === 'its') return true;
  // "The chef is known for his temper": a person's own trait, whatever the word for the person.
  if (PERSONAL.has(t[m.end]?.lower ?? '')) return false;
  let k = m.first - 1;
  while (t[k]?.pos === 'ADV') k--;
  const subject = t[k];
  if (subject === undefined || subject.sentence !== t[m.first].sentence) return false;
  if (subject.lower === 'it') return true;
  const person = PERSON_ROLES.has(subject.lower) || PLURAL_ROLES.has(subject.lower) || GROUP_NOUNS.has(subject.lower);
  return subject.pos === 'NOUN' && subject.lower === subject.text && !person;
}

/** True when the agentless phrase m gives a name or applies a stated rule instead of passing on a view. */
export function mereStanding(doc: ParsedText, s: Sentence, m: Phrase): boolean {
  const t = doc.tokens;
  // "is also known as Little Venice"; "is widely known as a hardliner" stays a view.
  if (t[m.end - 1].lower === 'known' && t[m.end]?.lower === NAMING) return nameAt(doc, m.end + 1);
  if (thingsSpecialty(doc, m)) return true;
  // "Under the new rules, the plan is widely regarded as a failure": the rule is the topic, the view is the many's.
  for (let k = m.first; k < m.end; k++) if (HOLDERS.has(t[k].lower)) return false;
  for (let k = m.first; k < m.end; k++) if (STATUS_VERBS.has(t[k].lower)) return statesRule(doc, s);
  return false;
}
