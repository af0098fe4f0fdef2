/**
 * "The Harbour Plan Supports New Ferries": a headline capitalises every word, so "The Harbour Plan" looks like a
 * name. A phrase opened by "the" whose last word is an everyday noun ("plan", "scheme", "road") names a thing, not
 * someone who speaks, unless the text writes that word with a capital in an ordinary sentence too (a real name:
 * "the Marsh Plan" in the body as well). Words of bodies ("Council", "Ministry") and roles keep their reading.
 */
import { isKnownWord, type ParsedText } from '../nlp.ts';
import type { Phrase } from './phrase.ts';
import { isCapitalised, isTitleCaseSentence } from './tokens.ts';
import { INSTITUTIONS, ORG_SUFFIXES, PERSON_ROLES } from './words.ts';

/** Per text: the words capitalised inside sentences that are not headlines, collected once. */
const CAPITALISED_IN_BODY = new WeakMap<ParsedText, Set<string>>();

/** The words `doc` capitalises inside an ordinary (not title-case) sentence, read once per text. */
function capitalisedInBody(doc: ParsedText): Set<string> {
  let words = CAPITALISED_IN_BODY.get(doc);
  if (words) return words;
  words = new Set<string>();
  for (const s of doc.sentences) {
    if (isTitleCaseSentence(doc.tokens, s)) continue;
    for (let k = s.firstToken + 1; k < s.endToken; k++) if (isCapitalised(doc.tokens[k])) words.add(doc.tokens[k].lower);
  }
  CAPITALISED_IN_BODY.set(doc, words);
  return words;
}

/** True when the name run `name` (ending at the phrase's head) is only a headline's capitals on an everyday noun. */
export function headlineThing(doc: ParsedText, p: Phrase, name: Phrase): boolean {
  const t = doc.tokens;
  const head = t[name.end - 1];
  if (t[p.first].lower !== 'the' || name.end - name.first < 2) return false;
  if (INSTITUTIONS.has(head.lower) || ORG_SUFFIXES.has(head.lower) || PERSON_ROLES.has(head.lower)) return false;
  const s = doc.sentences[head.sentence];
  if (!s || !isTitleCaseSentence(t, s) || !isKnownWord(head.lower)) return false;
  return !capitalisedInBody(doc).has(head.lower);
}
