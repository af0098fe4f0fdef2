/**
 * Where a passive report says its words were printed: "The driver was named in media reports as Tom Vell", "the
 * fee, first reported in the Harbour Post, will rise", "she is identified in court papers as the owner". The place
 * after "in" is the source: a document ("court papers", "the audit"), hearsay nobody can find ("media reports") or
 * a paper with a name ("the Harbour Post"). "Cases were reported in Leeds" names a town, not a paper, and "he was
 * named in the squad" a team: only documents, hearsay and papers' names count. "Published in" is left out: "As
 * published in the Harbour Post" credits where the whole article appeared, not who told one of its facts.
 */
import type { ParsedText, Sentence } from '../../nlp.ts';
import { analysePhrase } from '../../names/analyse.ts';
import { phraseStartingAt } from '../../names/phrase.ts';
import { classifySpeaker } from './classify.ts';
import type { Discourse } from './memory.ts';
import type { Found } from './verbs.ts';

/** Participles that tell where something was printed or said when "in" follows: "named in", "quoted in". */
const PRINTED = new Set([
  ...['reported', 'named', 'identified', 'described', 'quoted', 'cited', 'mentioned', 'disclosed'],
  ...['revealed', 'detailed', 'outlined', 'listed'],
]);

/** Participles that, after "as", compare a thing with a document's spec: "as described in the advert". */
const SPECIFYING = new Set(['described', 'detailed', 'outlined', 'listed']);

/** Last words of newspapers' and magazines' names: "the Harbour Post", "the Daily Ledger", "Field Weekly". */
const PAPER_WORDS = new Set([
  ...['times', 'post', 'news', 'journal', 'herald', 'tribune', 'guardian', 'telegraph', 'review', 'magazine'],
  ...['gazette', 'daily', 'weekly', 'monitor', 'chronicle', 'observer', 'ledger', 'inquirer', 'bulletin', 'courier'],
  ...['dispatch', 'sentinel', 'examiner', 'globe', 'mail', 'express', 'standard', 'star', 'economist', 'register'],
]);

/** A printed source is named after the fact it backs, so it is a little less firm than "the Post reported". */
const CONFIDENCE = 0.7;

/** Adds "named in media reports", "quoted in the Harbour Post" and the like, where nothing else covers them. */
export function addReportedIn(doc: ParsedText, s: Sentence, found: Found[], memory: Discourse): void {
  const t = doc.tokens;
  for (let i = s.firstToken; i < s.endToken - 2; i++) {
    if (t[i + 1].lower !== 'in' || !PRINTED.has(t[i].lower)) continue;
    // "performed as described in the manual": a match with what a document specifies, not a fact it tells.
    if (SPECIFYING.has(t[i].lower) && t[i - 1]?.lower === 'as') continue;
    const place = phraseStartingAt(doc, i + 2, s.endToken);
    // "was described in the Post": the printed source replaces the bare passive's "no one named"; any other finding stays.
    const overlaps = place && found.filter((f) => f.first < place.end && f.end > i);
    if (!place || !overlaps || place.first !== i + 2 || overlaps.some((f) => f.guess.source !== 'agentless')) continue;
    const guess = classifySpeaker(doc, place, 'speech', memory);
    if (!guess) continue;
    // "the Harbour Post": a paper's name, though its last word is also a document word ("a post").
    const paper = analysePhrase(doc, place).name !== undefined && PAPER_WORDS.has(t[place.end - 1].lower);
    if (!paper && guess.source !== 'document' && guess.rule !== 'attribution/hearsay') continue;
    const named = { source: 'named' as const, rule: 'attribution/named-source', confidence: CONFIDENCE, nameKind: 'organisation' as const };
    const printed = paper ? { ...named, sourceName: doc.text.slice(t[place.first].start, t[place.end - 1].end) } : guess;
    for (const f of overlaps) found.splice(found.indexOf(f), 1);
    found.push({ first: i, end: place.end, guess: { ...printed, confidence: Math.min(printed.confidence, CONFIDENCE) }, speaker: place });
  }
}
