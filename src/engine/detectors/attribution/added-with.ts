/** "with walnuts added at the end": an absolute phrase after "with", where "added" puts a thing in, not a word said. */
import type { ParsedText } from '../../nlp.ts';

/** Tags of the words a listed thing may be built from between "with" and "added": "with chopped pecans or raisins". */
const LISTED = new Set(['NOUN', 'ADJ', 'DET', 'NUM', 'CCONJ', 'PUNCT', 'PROPN']);

/** True when what follows "added" at i is words said: "that", a quotation, a colon, or a clause ("added the plan was"). */
function saysAfter(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const next = t[i + 1];
  if (!next || next.sentence !== t[i].sentence) return false;
  if (next.lower === 'that' || /^["“”‘’':]$/.test(next.text)) return true;
  if (next.pos !== 'DET' && next.pos !== 'PRON') return false;
  // A subject and then its verb within a few words: a clause, not an adverbial ("added the next day").
  for (let k = i + 2; k <= i + 5 && t[k]?.sentence === t[i].sentence; k++) {
    if (t[k].pos === 'AUX' || (t[k].pos === 'VERB' && !t[k].lower.endsWith('ing'))) return true;
    if (t[k].pos !== 'NOUN' && t[k].pos !== 'ADJ' && t[k].pos !== 'PROPN') return false;
  }
  return false;
}

/**
 * True when "added" at i closes a phrase opened by "with" in its clause ("served with chopped pecans added", "with
 * extra staff added last year"): the thing is put in and nobody speaks. A quotation mark, a verb, or a comma
 * not in a list ("agreed with the ruling, supporters added") stops the walk back.
 */
export function addedAfterWith(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i]?.lower !== 'added' || t[i - 1]?.pos !== 'NOUN') return false;
  // "sided with farmers, and officials added that the plan was dead": words said follow, so "with" was in an
  // earlier clause.
  if (saysAfter(doc, i)) return false;
  let listed = false;
  for (let k = i - 1; k >= 0 && i - k <= 12 && t[k].sentence === t[i].sentence; k--) {
    if (t[k].lower === 'with') return true;
    // "toasted pecans": a participle before a noun describes it (wink may tag it a verb).
    const describes = t[k].pos === 'VERB' && t[k].lower.endsWith('ed') && t[k + 1]?.pos === 'NOUN';
    if ((!LISTED.has(t[k].pos) && !describes) || /["“”]/.test(t[k].text)) return false;
    // "agreed with the ruling, supporters added": a comma with no "and"/"or" after it ends a clause, not a list item.
    if (t[k].pos === 'CCONJ') listed = true;
    else if (t[k].pos === 'PUNCT' && !listed) return false;
  }
  return false;
}
