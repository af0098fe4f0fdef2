/**
 * "Some of them said", "Most of those told reporters": a quantity word taken from people the text met before ("of
 * them", "of those") is a share of a crowd nobody named, so it speaks as a vague group. Only the words of a real
 * share ("some", "many", "most", "several", "a few", "all") at the head of their clause: "two of them" counts
 * people one could name, "both of them" is the very pair the text has just named (no crowd), and "of us" is the
 * writer's own side.
 */
import type { Phrase } from '../../names/phrase.ts';
import type { ParsedText, Token } from '../../nlp.ts';

/** Quantity words that take a share of a group without counting it. */
const SHARES = new Set(['some', 'many', 'most', 'several', 'few', 'all']);
/** Pronouns for a group met before. */
const GROUP_PRONOUNS = new Set(['them', 'those']);

/** True when the token before `k` opens a clause: nothing, punctuation, or a conjunction ("and most of them said"). */
function opensClause(t: readonly Token[], k: number, floor: number): boolean {
  const before = t[k - 1];
  return k === floor || before === undefined || before.type === 'punctuation' || before.pos === 'CCONJ' || before.pos === 'SCONJ';
}

/** The phrase "some of them" ending at the pronoun `j`, when it opens its clause; else undefined. */
export function shareOfThem(doc: ParsedText, j: number, floor: number): Phrase | undefined {
  const t = doc.tokens;
  if (!GROUP_PRONOUNS.has(t[j]?.lower ?? '') || t[j - 1]?.lower !== 'of' || j - 2 < floor) return undefined;
  if (!SHARES.has(t[j - 2].lower)) return undefined;
  // "a few of them": the article belongs to the share.
  const first = t[j - 2].lower === 'few' && t[j - 3]?.lower === 'a' && j - 3 >= floor ? j - 3 : j - 2;
  return opensClause(t, first, floor) ? { first, end: j + 1 } : undefined;
}

/** True when the phrase is a share of a group met before, as `shareOfThem` finds it. */
export function isShareOfThem(doc: ParsedText, p: Phrase): boolean {
  return shareOfThem(doc, p.end - 1, p.first)?.first === p.first;
}
