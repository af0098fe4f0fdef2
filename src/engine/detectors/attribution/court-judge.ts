/**
 * "A federal judge ruled Monday that the count must go on", "a judge ordered the files released": a judge who goes
 * unnamed still speaks for a court, and a ruling is on the public record, so the source is the court (an
 * institution anyone can look up), not an anonymous person hiding behind a role. "An official said" stays anonymous:
 * an official can speak off the record; a judge rules only on it. Only a judge acting as one counts: "a judge on
 * the talent show said", "a retired magistrate said" and "a judge told reporters after the dinner" speak as people.
 */
import type { ParsedText } from '../../nlp.ts';
import { analysePhrase } from '../../names/analyse.ts';
import { phraseText } from '../../names/phrase.ts';
import type { Found } from './verbs.ts';

/** Roles that speak only from the bench. */
const BENCH = new Set(['judge', 'magistrate']);

/** Acts only a court does, by lemma: "ruled", "ordered", "sentenced", "threw out", "struck down". */
const RULING = new Set([
  ...['rule', 'order', 'sentence', 'grant', 'dismiss', 'find', 'block', 'strike', 'uphold', 'overturn', 'reject'],
  ...['deny', 'halt', 'approve', 'award', 'acquit', 'convict', 'jail', 'fine', 'declare', 'throw', 'quash', 'bar'],
]);

/** Words of a courtroom that make a judge's plain "said" a word from the bench: "the judge said in her ruling". */
const COURT_WORDS = new Set(['court', 'courtroom', 'ruling', 'verdict', 'sentencing', 'trial', 'hearing', 'bench', 'judgment', 'judgement', 'jury', 'defendant']);

/** Words in the judge's own phrase that make the judge a person, not a court: "a former judge", "a show judge". */
const NOT_BENCH = new Set([
  ...['former', 'retired', 'ex', 'late', 'show', 'contest', 'competition', 'pageant', 'panel', 'festival', 'fair'],
  ...['programme', 'program', 'series', 'tournament', 'championship', 'awards', 'prize', 'talent', 'baking'],
]);

/** Whether a sentence holds a courtroom word, read once per sentence (many judges in one run-on line stay linear). */
function courtSentence(doc: ParsedText, index: number, seen: Map<number, boolean>): boolean {
  let court = seen.get(index);
  if (court === undefined) {
    const { firstToken, endToken } = doc.sentences[index];
    court = false;
    for (let k = firstToken; k < endToken && !court; k++) court = COURT_WORDS.has(doc.tokens[k].lower);
    seen.set(index, court);
  }
  return court;
}

/** Whether the judge acts from the bench: a ruling verb in the cue, or a courtroom word in the sentence. */
function actsAsCourt(doc: ParsedText, f: Found, seen: Map<number, boolean>): boolean {
  const t = doc.tokens;
  const sp = f.speaker;
  if (!sp) return false;
  for (let k = sp.first; k < sp.end; k++) if (NOT_BENCH.has(t[k].lower)) return false;
  for (let k = f.first; k < f.end; k++) if ((k < sp.first || k >= sp.end) && RULING.has(t[k].lemma)) return true;
  return courtSentence(doc, t[sp.first].sentence, seen);
}

/** Turns an unnamed judge's words in `found` into the court's, on the record. */
export function judgesOnRecord(doc: ParsedText, found: Found[]): void {
  // Made at the first judge: a new Map per sentence cost 1.2 MB per 100,000 words, and almost no sentence has a judge.
  let seen: Map<number, boolean> | undefined;
  for (let j = 0; j < found.length; j++) {
    const f = found[j];
    if (f.guess.rule !== 'attribution/unnamed-person' || !f.speaker) continue;
    if (!BENCH.has(doc.tokens[analysePhrase(doc, f.speaker).head].lower)) continue;
    if (seen === undefined) seen = new Map<number, boolean>();
    if (!actsAsCourt(doc, f, seen)) continue;
    const sourceName = phraseText(doc, f.speaker);
    f.guess = { source: 'named', rule: 'attribution/institution', confidence: 0.65, sourceName, nameKind: 'organisation' };
  }
}
