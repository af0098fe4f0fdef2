/**
 * Idioms of "make" that report speech: "made it clear that", "made clear that", "made the case that", "is making an
 * impassioned case to voters that"; and "took issue with", an objection voiced.
 */
import type { VerbKind } from '../../lexicon/sources-verbs.ts';
import { isMark } from '../../names/tokens.ts';
import type { ParsedText } from '../../nlp.ts';

/** "made it clear that", "made clear that", "made the case that": "make" with these words reports speech. */
export function speechIdiom(doc: ParsedText, i: number): VerbKind | undefined {
  if (doc.tokens[i].lemma !== 'make') return undefined;
  const next = (k: number) => doc.tokens[i + k]?.lower;
  const clear = next(1) === 'clear' ? 2 : next(1) === 'it' && next(2) === 'clear' ? 3 : 0;
  if (clear > 0 && (next(clear) === 'that' || isMark(doc.tokens[i + clear], ':,'))) return 'speech';
  return makesTheCase(doc, i) ? 'speech' : undefined;
}

/** Owners and articles of "case": "made the case", "making an impassioned case", "made her case". */
const CASE_OWNERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my']);

/**
 * "made the case that", "was making a fervent case to the board that", "made her case for": "make" + a case argued
 * (two describing words at most) + "that"/"for", with an audience ("to voters") between. "made a case of wine" and
 * "made a strong case" with nothing argued after it report nothing.
 */
function makesTheCase(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (!CASE_OWNERS.has(t[i + 1]?.lower ?? '')) return false;
  let k = i + 2;
  while (k < i + 4 && t[k]?.pos === 'ADJ') k++;
  if (t[k]?.lower !== 'case') return false;
  if (t[k + 1]?.lower === 'for' || t[k + 1]?.lower === 'that') return true;
  if (t[k + 1]?.lower !== 'to') return false;
  for (let j = k + 2; j < t.length && j - k <= 7; j++) {
    if (t[j].lower === 'that') return true;
    if (t[j].type !== 'word') return false;
  }
  return false;
}

/**
 * "Reyes took issue with the mayor's remarks": to take issue with something is to object to it aloud, so it reports
 * the objector's stance. "The issue took weeks" and "took the issue to court" are other words.
 */
export function takesIssue(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  return t[i].lemma === 'take' && t[i].pos === 'VERB' && t[i + 1]?.lower === 'issue' && t[i + 2]?.lower === 'with';
}
