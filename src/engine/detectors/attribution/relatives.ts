/**
 * Relative clauses between a speaker and the report verb: with "who" ("Officials who asked not to be named said"),
 * without it ("every grower we visited said"), and reduced to a past participle ("Voters surveyed said").
 * Every walk is bounded.
 */
import type { ParsedText, Token } from '../../nlp.ts';
import { LINK_WORDS, phraseEndingAt } from '../../names/phrase.ts';
import { isMark, isNounLike, QUOTE_MARKS, SUBJECT_PRONOUNS } from '../../names/tokens.ts';
import type { DateTest, Speaker } from './speaker.ts';

/** How far back a relative pronoun is looked for, in tokens (as far as a speaker's clause reaches). */
const MAX_CLAUSE = 30;

/**
 * "Voters surveyed said", "Those asked said", "Residents interviewed later told": a past participle right before
 * the report verb describes the noun before it (two finite verbs never stand side by side), so that noun speaks.
 */
function reducedRelative(doc: ParsedText, j: number, floor: number, isDate: DateTest): Speaker | undefined {
  const t = doc.tokens;
  const p = t[j];
  if (j - 1 < floor || p.pos !== 'VERB' || !/(ed|en)$/.test(p.lower) || p.lower === p.lemma) return undefined;
  const clause = { first: j, end: j + 1 };
  if (t[j - 1].lower === 'those')
    return { phrase: { first: j - 1, end: j }, order: 'before', clause, reading: 'described' };
  if (!isNounLike(t[j - 1]) || t[j - 1].pos === 'PRON') return undefined;
  const phrase = phraseEndingAt(doc, j - 1, floor, isDate);
  if (!phrase || phrase.end !== j) return undefined;
  // "The firm that Lind called said": after "that" the name is the subject of a finite verb in a relative clause,
  // so the noun before "that" is who speaks (or nobody the walk can find), never the name inside the clause.
  if (OBJECT_RELATIVES.has(t[phrase.first - 1]?.lower ?? ''))
    return objectRelative(doc, phrase.first - 1, j, floor, isDate);
  return { phrase, order: 'before', clause, reading: 'described' };
}

/** Words that open a relative clause whose subject follows them: "the firm that Lind called". */
const OBJECT_RELATIVES = new Set(['that', 'which', 'whom']);

/** The noun phrase right before the relative word at `rel`, speaking, with the clause to j; undefined when none. */
function objectRelative(doc: ParsedText, rel: number, j: number, floor: number, isDate: DateTest): Speaker | undefined {
  if (rel - 1 < floor || doc.tokens[rel - 1].pos !== 'NOUN') return undefined;
  const phrase = phraseEndingAt(doc, rel - 1, floor, isDate);
  return phrase && phrase.end === rel ? { phrase, order: 'before', clause: { first: rel, end: j + 1 } } : undefined;
}

/** "every grower we visited said": a relative clause without "who", a pronoun and its verb after the noun. */
function throughContactClause(doc: ParsedText, j: number, floor: number, isDate: DateTest): Speaker | undefined {
  const t = doc.tokens;
  if (j - 2 < floor || t[j].pos !== 'VERB' || !SUBJECT_PRONOUNS.has(t[j - 1].lower) || t[j - 1].pos !== 'PRON')
    return undefined;
  const phrase = phraseEndingAt(doc, j - 2, floor, isDate);
  return phrase && phrase.end === j - 1 ? { phrase, order: 'before', clause: { first: j - 1, end: j + 1 } } : undefined;
}

/** "Officials who asked not to be named said": a relative clause without commas. */
export function throughRelative(doc: ParsedText, j: number, floor: number): Speaker | undefined {
  const t = doc.tokens;
  for (let w = j; w > floor && j - w < MAX_CLAUSE; w--) {
    const tok: Token = t[w];
    if (isMark(tok, QUOTE_MARKS) || isMark(tok, ';:')) return undefined;
    // "Parents whose children attend the school said": "whose" picks out the speaker as "who" does.
    if (tok.lower !== 'who' && tok.lower !== 'which' && tok.lower !== 'whose') continue;
    // "no word about Ada Lind, who announced": the nearest noun before the comma of a non-restrictive clause.
    const comma = isMark(t[w - 1], ',') ? 1 : 0;
    // "those who said": the pronoun is the whole phrase the clause picks out.
    const those = !comma && t[w - 1]?.lower === 'those' ? { first: w - 1, end: w } : undefined;
    const phrase = those ?? phraseEndingAt(doc, w - 1 - comma, floor);
    if (!phrase || phrase.end !== w - comma) return undefined;
    if (comma) for (let k = phrase.end - 1; k > phrase.first; k--) if (LINK_WORDS.has(t[k].lower)) phrase.first = k + 1;
    return { phrase, order: 'before', clause: { first: w, end: j + 1 } };
  }
  return undefined;
}

/** The speaker before the relative clause that ends at token j, the clause's last word before the report verb. */
export function relativeClause(doc: ParsedText, j: number, floor: number, isDate: DateTest): Speaker | undefined {
  return (
    throughRelative(doc, j, floor) ??
    throughContactClause(doc, j, floor, isDate) ??
    reducedRelative(doc, j, floor, isDate)
  );
}
