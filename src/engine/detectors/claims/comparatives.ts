/**
 * "Our rivers are cleaner than they were", "the streets are safer now": an adjective's comparative form with its
 * standard stated (a "than" clause) or set against the present ("now", "today") compares two states that records
 * can tell apart. Without a standard ("a bigger house would be nice") it only wishes or describes.
 */
import type { Token } from '../../nlp.ts';

/** Words right after a comparative that set it against the present: "safer now", "cheaper today". */
const NOW_WORDS = new Set(['now', 'today', 'nowadays', 'currently']);

/** How far after the comparative a "than" may come: "cleaner now than", "higher this year than". */
const THAN_REACH = 4;

/** True when the token at i is a comparative adjective ("cleaner", "safer", "higher") with a stated standard. */
export function isStatedComparative(t: readonly Token[], i: number): boolean {
  const tok = t[i];
  // wink gives the comparative its base as lemma ("cleaner" -> "clean"); "other", "eager", "proper" keep theirs.
  if (tok.pos !== 'ADJ' || tok.lemma === tok.lower || !tok.lower.endsWith('er')) return false;
  if (NOW_WORDS.has(t[i + 1]?.lower ?? '')) return true;
  for (let j = i + 1; j <= i + THAN_REACH && j < t.length; j++) {
    if (t[j].lower === 'than') return true;
    if (t[j].type !== 'word') return false;
  }
  return false;
}
