/**
 * A breach or a state's killing reported as someone's charge or finding, not stated by the writer. "The ministry
 * said the flights were in violation of its sovereignty", "the strikes violate international law, a panel said",
 * "the court found the ban in breach of the treaty", "the leader was assassinated by police, prosecutors said":
 * the charge belongs to the speaker or the judge the sentence names, and the report gives it as theirs. Only a
 * breach with no one saying or finding it is the writer's own verdict.
 */
import type { ParsedText } from '../nlp.ts';

/** Lemmas of verbs that make a clause someone's words or someone's finding (say, rule, find, conclude...). */
const SAYS_OR_FINDS = new Set(
  'say tell state claim allege argue accuse insist deny maintain contend assert declare charge complain protest condemn warn rule find judge conclude determine hold'.split(
    ' ',
  ),
);
/** The same verbs' past and present forms, for when wink leaves the lemma as the written word. */
const SAYS_OR_FINDS_FORMS = new Set(
  'said says told states stated claims claimed alleges alleged argues argued accused insists insisted denies denied maintains maintained contends contended asserts asserted declared charged complained protested condemned warned ruled rules found finds judged concluded determined held holds'.split(
    ' ',
  ),
);
/** How far either side of the charge a speaker's verb still governs it (one sentence of ordinary length). */
const REACH = 30;

/** True when the sentence of the charge at `first` has a verb of saying or finding, or "according to". */
export function breachReported(doc: ParsedText, first: number): boolean {
  const { tokens, sentences } = doc;
  const s = sentences[tokens[first].sentence];
  if (!s) return false;
  // A window, not the whole sentence: a text with no full stops stays linear in its length.
  const from = Math.max(s.firstToken, first - REACH);
  const to = Math.min(s.endToken, first + REACH);
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.type !== 'word' || i === first) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') return true;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (SAYS_OR_FINDS.has(t.lemma) || SAYS_OR_FINDS_FORMS.has(t.lower)) return true;
  }
  return false;
}
