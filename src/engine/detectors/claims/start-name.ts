/**
 * A capitalised first word that wink's vocabulary also knows as a common word ("Exercise", "Baker", "Orange") is
 * read as a common word at a sentence's start (common-start.ts). No list of names can hold every surname and brand
 * that is also a word, so two readings by sense make it a name again:
 * - the text writes the same word with its capital in the middle of a sentence ("John Baker", "shares in Orange
 *   fell"): a name used again, here as the subject of its verb ("Orange cut 1,200 jobs");
 * - a singular word is the doer of an act only a person or a body does: saying, taking or leaving an office, a
 *   court's sentence, a score ("Baker said", "Meek was appointed", "Walker scored"). A common noun used bare as a
 *   subject is a mass noun ("Exercise supports heart health", "Traffic was heavy"), and a mass noun neither speaks
 *   nor is sentenced. Acts that weather or a trend also do ("Snow closed 300 schools", "Automation cut jobs",
 *   "Play was suspended", "Smoking was banned") are left out: there the word stays common.
 */
import { isKnownWord, type ParsedText, type Token } from '../../nlp.ts';
import { isCapitalised, isTitleCase } from '../../names/tokens.ts';

/** Forms of acts whose doer is a person or a body: words said, an office taken or left, a plea, a score, a win. */
const PERSON_ACTS = new Set([
  ...['said', 'says', 'told', 'tells', 'announced', 'announces', 'admitted', 'admits', 'denied', 'denies'],
  ...['insisted', 'insists', 'vowed', 'vows', 'pledged', 'pledges', 'apologised', 'apologized', 'conceded'],
  ...['recalled', 'recalls', 'resigned', 'resigns', 'retired', 'quit', 'pleaded', 'pled', 'scored', 'scores'],
  ...['won', 'wins', 'testified', 'campaigned'],
]);

/** Participles of what is done only to a person: posts given, courts' and employers' decisions, injuries. */
const DONE_TO_PERSON = new Set([
  ...['appointed', 're-appointed', 'reappointed', 'elected', 're-elected', 'reelected', 'nominated', 'named'],
  ...['sentenced', 'jailed', 'imprisoned', 'convicted', 'acquitted', 'fined', 'arrested', 'sacked', 'knighted'],
  ...['injured', 'hired'],
]);

/** "stand down", "step down": leaving a post. */
const LEAVING = new Set(['stand', 'stands', 'stood', 'step', 'steps', 'stepped']);

/** A place in a race or a table ("finished third"): only a competitor finishes in one. */
const PLACES = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'last', 'runner-up']);

/** Auxiliaries and adverbs that may stand between a subject and its verb ("was later sentenced", "will stand"). */
const MAX_BETWEEN = 3;

/**
 * True when the known word opening the sentence at i names someone by one of the two senses above. Both ask only of
 * a singular subject, a word directly followed by its verb: the text's other capitals are gathered only then.
 */
export function isNameBySense(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const w = t[i].lower;
  // "Parents said", "Critics say": a bare plural is a crowd of common people ("Ross said" is a name).
  if (w.endsWith('s') && !w.endsWith('ss')) return false;
  let j = i + 1;
  let auxiliary = false;
  let passive = false;
  while (j <= i + MAX_BETWEEN && (t[j]?.pos === 'AUX' || t[j]?.pos === 'ADV')) {
    if (t[j].pos === 'AUX') auxiliary = true;
    if (t[j].lemma === 'be') passive = true;
    j++;
  }
  const verb = t[j];
  if (verb === undefined || verb.sentence !== t[i].sentence || (verb.pos !== 'VERB' && !auxiliary)) return false;
  return doesPersonAct(t, j, passive) || namedAgain(doc).has(w);
}

/** True when the verb at j, after its subject, is an act only a person or a body does ("Hill resigned"). */
function doesPersonAct(t: readonly Token[], j: number, passive: boolean): boolean {
  const v = t[j].lower;
  if (passive) return DONE_TO_PERSON.has(v);
  if (PERSON_ACTS.has(v)) return true;
  const next = t[j + 1]?.lower;
  return (
    (LEAVING.has(v) && next === 'down') ||
    ((v === 'finished' || v === 'finishes') && next !== undefined && PLACES.has(next))
  );
}

/** Per text: the known words it writes with a capital in the middle of a sentence, outside headlines. */
const NAMED_AGAIN = new WeakMap<ParsedText, Set<string>>();

/**
 * The known words the text capitalises mid-sentence, alone or last in a run of capitals ("John Baker", "in
 * Orange"), collected once per text and only when a first word asks. A word before another capital is part of a
 * longer name ("Exercise Week", "Green Party"); a quotation or a colon opens a sentence inside the sentence; a
 * headline capitalises every word.
 */
function namedAgain(doc: ParsedText): Set<string> {
  let words = NAMED_AGAIN.get(doc);
  if (words) return words;
  words = new Set<string>();
  const t = doc.tokens;
  const found: string[] = [];
  for (const s of doc.sentences) {
    found.length = 0;
    for (let k = s.firstToken + 1; k < s.endToken; k++) {
      const tok = t[k];
      // The capital first: it rules out most tokens with one character code.
      if (!isCapitalised(tok) || !isKnownWord(tok.lower) || tok.text === tok.text.toUpperCase()) continue;
      const prev = t[k - 1];
      if (prev.type !== 'word' && prev.text !== ',') continue;
      const next = t[k + 1];
      if (next !== undefined && next.sentence === tok.sentence && isCapitalised(next)) continue;
      found.push(tok.lower);
    }
    if (found.length === 0 || isTitleCase(t, s.firstToken, s.endToken)) continue;
    for (const w of found) words.add(w);
  }
  NAMED_AGAIN.set(doc, words);
  return words;
}
