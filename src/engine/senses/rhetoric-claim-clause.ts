/**
 * "Claimed the pension fund was safe": a verb of claiming whose object noun is the subject of a clause. The
 * entitlement and prize senses of "claim" ("claim a pension", "claimed the grant", "claimed victory") read only
 * the noun; when a verb follows it, what was claimed is the clause, a statement the writer presents with doubt.
 */
import type { ParsedText } from '../nlp.ts';

/** Parts of speech a short noun phrase is made of ("the pension fund", "their new grant"). */
const PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Words before "claim" that make it the noun or the passive ("the claims", "her claim", "it was claimed"). */
const NOT_THE_VERB = new Set(['DET', 'ADJ', 'AUX']);

/** Possessives before "claim" ("his claim the vote was rigged" is the noun, with its own exceptions). */
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', "'s"]);

/** How many words the noun phrase between the verb and the clause's verb may have. */
const MAX_PHRASE = 5;

/** True when "claim" at `i` is the verb and a noun phrase after it is the subject of a clause ("was safe"). */
export function claimsClause(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const head = t[i];
  if (head === undefined || !head.lower.startsWith('claim')) return false;
  const before = t[i - 1];
  if (before && before.sentence === head.sentence && (NOT_THE_VERB.has(before.pos) || POSSESSIVES.has(before.lower)))
    return false;
  let j = i + 1;
  let nouns = 0;
  while (
    j < t.length &&
    j - i <= MAX_PHRASE &&
    t[j].sentence === head.sentence &&
    (PHRASE.has(t[j].pos) || POSSESSIVES.has(t[j].lower))
  ) {
    if (t[j].pos === 'NOUN' || t[j].pos === 'PROPN') nouns++;
    j++;
  }
  const next = t[j];
  return (
    nouns > 0 && next !== undefined && next.sentence === head.sentence && (next.pos === 'AUX' || next.pos === 'VERB')
  );
}
