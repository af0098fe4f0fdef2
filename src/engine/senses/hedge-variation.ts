/**
 * A modal before two kinds joined by "or", said of a whole class ("symptoms may be mild or severe", "charging leads
 * may be either coiled or straight"): the members of the class differ, some one way and some the other. That is
 * the "can be" of a description, not a guess about one case. A single thing or a known group ("the fire may be
 * accidental or deliberate", "the victims may be Syrian or Iraqi") is a guess, and so are a change to come ("prices
 * may be higher or lower next year"), a mishap ("results may be delayed or cancelled") and a verdict on a case
 * ("hostages may be alive or dead"). Read by senses/modality.ts.
 */
import type { Token } from '../nlp.ts';

/** Words before a class's name that make it one thing or a known group ("the", "these", "its", "two"). */
const PICKS_OUT = new Set(['DET', 'NUM', 'PRON']);
/** Comparatives that forecast a change rather than describe a kind ("higher or lower"). */
const CHANGES = new Set(['more', 'less', 'better', 'worse', 'higher', 'lower', 'bigger', 'smaller']);
/**
 * States that settle what befell one case or what is true of it ("hostages may be alive or dead", "the claims may be
 * true or false", "suspects may be guilty or innocent"): a guess about a case, even after a bare plural.
 */
const VERDICTS = new Set(
  'alive dead missing safe guilty innocent true false right wrong real fake genuine accidental deliberate responsible'.split(
    ' ',
  ),
);
/** The most words of a class's name before the modal ("older mobile phones"). */
const NAME_REACH = 3;

/** True for a plural noun; wink reads a sentence's first word as a name, leaving "Symptoms" unlemmatised. */
function plural(w: Token | undefined): boolean {
  if (w?.pos !== 'NOUN' && w?.pos !== 'PROPN') return false;
  return w.lower !== w.lemma || (w.lower.endsWith('s') && !w.lower.endsWith('ss'));
}

/** True when the head before the modal at `i` names a whole class: a bare plural ("charging leads", "symptoms"). */
function namesClass(t: Token[], i: number): boolean {
  if (!plural(t[i - 1]) || t[i - 1].sentence !== t[i].sentence) return false;
  let k = i - 2;
  while (k >= i - 1 - NAME_REACH && t[k]?.sentence === t[i].sentence && ['NOUN', 'ADJ', 'PROPN'].includes(t[k].pos))
    k--;
  const before = t[k];
  if (before === undefined || before.sentence !== t[i].sentence) return true;
  return !PICKS_OUT.has(before.pos) && before.lower !== "'s" && before.lower !== '\u2019s';
}

/**
 * True for a word of kind ("mild", "coiled", "straight"): an adjective or a participle, no comparative or verdict, or
 * a plural noun of a form the members take ("fuel rods may be plates or pins").
 */
function kindWord(w: Token | undefined, mishaps: ReadonlySet<string>): boolean {
  if (w?.pos === 'NOUN' && plural(w)) return true;
  if (w === undefined || (w.pos !== 'ADJ' && w.pos !== 'VERB') || w.lower.endsWith('ing')) return false;
  if (CHANGES.has(w.lower) || VERDICTS.has(w.lower) || mishaps.has(w.lower)) return false;
  return !(w.pos === 'ADJ' && /er$/.test(w.lower) && w.lemma !== w.lower);
}

/**
 * True when the modal at `i` says a class's members differ: "may be (either) A or B" after a bare plural. `mishaps`
 * are participles that always forecast ("delayed", "linked"), passed by senses/modality.ts, which owns them.
 */
export function variesAcrossClass(t: Token[], i: number, mishaps: ReadonlySet<string>): boolean {
  if (t[i + 1]?.lower !== 'be' || !namesClass(t, i)) return false;
  const first = t[i + 2]?.lower === 'either' ? i + 3 : i + 2;
  if (t[first + 1]?.lower !== 'or' || t[first + 2]?.sentence !== t[i].sentence) return false;
  return kindWord(t[first], mishaps) && kindWord(t[first + 2], mishaps);
}
