/**
 * A modal in a clause of purpose ("the road was widened so that lorries could pass", "she saved so that she might have
 * a house of her own", "in order that every pupil may have a seat"): the aim someone acted for, not a guess about
 * what happened or will happen. After a comma "so that" tells a result ("the river rose, so that homes could be
 * flooded"), where the modal can still guess, so only a "so that" joined straight to its clause counts. Read by
 * senses/modality.ts.
 */
import type { Token } from '../nlp.ts';

/** The most words between "that" and the modal: the purpose clause's subject ("so that the new pupils could"). */
const SUBJECT_REACH = 5;

/** True when "that" at `j` opens a clause of purpose: "so that" with no comma before, or "in order that". */
function opensPurpose(t: readonly Token[], j: number): boolean {
  const before = t[j - 1]?.lower;
  if (before === 'order') return t[j - 2]?.lower === 'in';
  return before === 'so' && t[j - 2] !== undefined && t[j - 2].type === 'word';
}

/** True when the modal at `i` stands in a clause of purpose, read back over its subject to "so that". */
export function statesPurpose(t: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(1, i - 1 - SUBJECT_REACH) && t[j].sentence === t[i].sentence; j--) {
    if (t[j].type !== 'word' && t[j].type !== 'number') return false;
    // A purpose clause has its own subject between "that" and the modal: in "so that could mean higher rents",
    // "that" is the subject itself and "so" only joins, so the modal still guesses.
    if (t[j].lower === 'that') return j < i - 1 && opensPurpose(t, j);
  }
  return false;
}
