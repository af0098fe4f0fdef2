/**
 * A document described by what it asks for, as the subject of its sentence: "A petition demanding a new crossing
 * has gathered 3,000 signatures". The "-ing" form only says which petition; the sentence's own verb comes after,
 * and the petition sources nothing the sentence tells. "Placards saying the plan was a fraud were waved" still
 * reports: the participle takes a clause with a verb of its own, so two finite verbs follow it.
 */
import { DOCUMENT_NOUNS } from '../../lexicon/sources-documents.ts';
import type { ParsedText, Token } from '../../nlp.ts';

/** Tags that may stand in a subject before its document noun: "A petition", "The new online petition". */
const SUBJECT_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** Tags that carry on a verb group once it has begun: "has gathered", "has not yet been". */
const GROUP_TAGS = new Set(['AUX', 'VERB', 'ADV', 'PART']);

/** True when the token at k is a finite verb: an auxiliary or a verb in -s or -ed, not after "to". */
function finite(doc: ParsedText, k: number): boolean {
  const w = doc.tokens[k];
  if (doc.tokens[k - 1]?.lower === 'to') return false;
  return w.pos === 'AUX' || (w.pos === 'VERB' && /(ed|[^s]s)$/.test(w.lower));
}

/** The number of finite verb groups in the token range [from, to): "has gathered" is one. */
function verbGroups(doc: ParsedText, from: number, to: number): number {
  let groups = 0;
  for (let k = from; k < to; k++) {
    if (!finite(doc, k)) continue;
    groups++;
    while (k + 1 < to && GROUP_TAGS.has(doc.tokens[k + 1].pos)) k++;
  }
  return groups;
}

/**
 * True when the "-ing" form at i describes a document noun (at i - 1) that opens its sentence as the subject, and
 * the only finite verb after it is the sentence's own: the document's demand names it, it reports nothing.
 */
export function describesDocumentSubject(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const s = doc.sentences[t[i].sentence];
  if (!s || t[i + 1]?.lower === 'that') return false;
  for (let k = s.firstToken; k < i; k++) if (!SUBJECT_TAGS.has(t[k].pos)) return false;
  let end = i + 1;
  while (end < s.endToken && t[end].text !== ',' && t[end].text !== ';' && t[end].text !== ':') end++;
  return verbGroups(doc, i + 1, end) === 1;
}

/** Tags of the words in an "of" phrase after a document: "of the meeting", "of last year's board". */
const OF_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/**
 * The document heading the subject when an "of" phrase stands between it and the verb at i: "The minutes of the
 * meeting show", where the verb agrees with "minutes", not with "meeting". Undefined when there is none.
 */
export function documentBeforeOf(doc: ParsedText, i: number): Token | undefined {
  const t = doc.tokens;
  for (let k = i - 1; k >= 1 && i - k <= 6; k--) {
    if (t[k].lower === 'of') return t[k - 1].pos === 'NOUN' && DOCUMENT_NOUNS.has(t[k - 1].lower) ? t[k - 1] : undefined;
    if (!OF_PHRASE_TAGS.has(t[k].pos) && t[k].type !== 'number') return undefined;
  }
  return undefined;
}
