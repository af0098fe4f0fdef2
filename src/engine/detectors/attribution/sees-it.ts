/**
 * "See" as a judgement without "as": "Lind sees parallels between the two floods", "the guild sees no reason to
 * wait", "Okafor saw it another way". Plain sight ("saw a ship", "saw signs on the road") reports nothing.
 */
import type { ParsedText, Token } from '../../nlp.ts';

/** Things only a mind can see: a likeness, a link, a risk, a reason (never an object in sight). */
const JUDGED = new Set([
  'parallel', 'parallels', 'similarities', 'link', 'links', 'connection', 'pattern', 'tendency', 'danger', 'dangers',
  'risk', 'risks', 'reason', 'merit', 'need',
]);
/** What may stand before the judged noun: "a", "no", "little", "some", "the". */
const OPENERS = new Set(['a', 'an', 'the', 'no', 'little', 'some', 'any', 'many', 'few', 'several', 'clear', 'strong']);
/** "it that way", "things differently": a way of seeing a matter, a view ("saw that the way was" is no matter). */
const MATTERS = new Set(['it', 'things', 'this', 'matters']);
/** What lets "pattern" mean a tendency: "a pattern in the figures", "a pattern of delays". */
const PATTERN_LINKS = new Set(['in', 'between', 'of']);
/** How a matter is seen: "it that way", "things differently", "it the other way". */
const MANNERS = new Set(['that', 'this', 'the', 'another', 'differently', 'otherwise']);

/** True for a helper or a verb not in "-ing" ("could", "will", "leaves"): the verb of a clause, not a noun's partner. */
const finiteVerb = (w: Token | undefined): boolean =>
  w?.pos === 'AUX' || (w?.pos === 'VERB' && !w.lower.endsWith('ing'));

/** True when the "see" at token i takes a judged noun or a way of seeing as its object. */
export function seesAsJudgement(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  let k = i + 1;
  if (MATTERS.has(t[k]?.lower ?? '') && MANNERS.has(t[k + 1]?.lower ?? '')) {
    return t[k + 1].lower === 'differently' || t[k + 1].lower === 'otherwise' || t[k + 2]?.lower === 'way' || t[k + 3]?.lower === 'way';
  }
  if (OPENERS.has(t[k]?.lower ?? '')) k++;
  if (t[k]?.pos === 'ADJ' && !JUDGED.has(t[k].lower)) k++;
  if (!JUDGED.has(t[k]?.lower ?? '') || t[k].pos === 'VERB') return false;
  // "saw danger signs", "saw the risk factors": the judged word only describes a thing seen, unless a finite verb
  // follows within two words ("see a risk Britain could leave"): then the noun opens a clause without "that".
  const next = t[k + 1];
  if ((next?.pos === 'NOUN' || next?.pos === 'PROPN') && !finiteVerb(t[k + 2]) && !finiteVerb(t[k + 3])) return false;
  // A pattern is also a drawing ("the pattern on the quilt"): only a pattern in, between or of things is a judgement.
  return t[k].lower !== 'pattern' || PATTERN_LINKS.has(next?.lower ?? '');
}
