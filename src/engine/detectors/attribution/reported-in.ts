/**
 * Where a passive report says its words were printed: "The driver was named in media reports as Tom Vell", "the
 * fee, first reported in the Harbour Post, will rise", "she is identified in court papers as the owner". The place
 * after "in" is the source: a document ("court papers", "the audit"), hearsay nobody can find ("media reports") or
 * a paper with a name ("the Harbour Post", "the journal Nature"). "Cases were reported in Leeds" names a town, not a
 * paper, "he was named in the squad" a team, "listed in the table in third place" a ranking and "reported in the
 * first quarter" a time: only documents, hearsay and papers' names count. "Published in" is left out: "As published
 * in the Harbour Post" credits where the whole article appeared, not who told one of its facts.
 */
import type { ParsedText, Sentence } from '../../nlp.ts';
import { analysePhrase } from '../../names/analyse.ts';
import { PAPER_KINDS, PAPER_WORDS } from '../../names/paper-words.ts';
import { type Phrase, phraseStartingAt } from '../../names/phrase.ts';
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

/** Heads of a place that ranks or lines up rather than tells: "named in the batting order", "listed in the index". */
const RANKINGS = new Set([
  ...['order', 'table', 'standings', 'rankings', 'ranking', 'index', 'chart', 'charts', 'lineup', 'line-up'],
  ...['squad', 'team', 'league', 'top', 'side', 'eleven', 'starting'],
]);

/** Heads of a time, not a place of print: "reported in the first quarter", "listed in May". */
const TIMES = new Set([
  ...['quarter', 'year', 'month', 'week', 'half', 'period', 'season', 'decade', 'century', 'spring', 'summer'],
  ...['autumn', 'fall', 'winter', 'morning', 'afternoon', 'evening', 'night', 'days', 'weeks', 'months', 'years'],
]);

/** Describing words a document's noun may open with, which the phrase reader does not take: "in leaked documents". */
const DOCUMENT_OPENERS = new Set(['leaked', 'internal', 'confidential', 'secret', 'unpublished', 'classified']);

/** A printed source is named after the fact it backs, so it is a little less firm than "the Post reported". */
const CONFIDENCE = 0.7;

/** True when the place is a paper by its name: "the Harbour Post" (a capitalised name ending in a paper word) or "the journal Nature". */
function isPaper(doc: ParsedText, place: Phrase): boolean {
  const t = doc.tokens;
  const name = analysePhrase(doc, place).name;
  if (!name) return false;
  if (PAPER_WORDS.has(t[place.end - 1].lower)) return true;
  return name.first > place.first && PAPER_KINDS.has(t[name.first - 1].lower);
}

/** True when "as" (with at most one adverb between) stands before the participle at `i`: "as (previously) described in". */
function afterAs(doc: ParsedText, i: number, first: number): boolean {
  const t = doc.tokens;
  if (i - 1 >= first && t[i - 1].lower === 'as') return true;
  return i - 2 >= first && t[i - 1].pos === 'ADV' && t[i - 2].lower === 'as';
}

/** Adds "named in media reports", "quoted in the Harbour Post" and the like, where nothing else covers them. */
export function addReportedIn(doc: ParsedText, s: Sentence, found: Found[], memory: Discourse): void {
  const t = doc.tokens;
  const added: Found[] = [];
  // Tokens covered by a finding that is not a bare agentless passive: a printed source must not overlap one.
  let blocked: Int32Array | undefined;
  let lastEnd = -1;
  for (let i = s.firstToken; i < s.endToken - 2; i++) {
    if (t[i + 1].lower !== 'in' || !PRINTED.has(t[i].lower) || i < lastEnd) continue;
    // "performed as described in the manual": a match with what a document specifies, not a fact it tells.
    if (SPECIFYING.has(t[i].lower) && afterAs(doc, i, s.firstToken)) continue;
    const start = DOCUMENT_OPENERS.has(t[i + 2].lower) ? i + 3 : i + 2;
    const place = phraseStartingAt(doc, start, s.endToken);
    if (!place || place.first !== start) continue;
    blocked ??= coverage(found, s);
    // "was described in the Post": the printed source replaces the bare passive's "no one named"; any other finding stays.
    if (blocked[place.end - s.firstToken] - blocked[i - s.firstToken] > 0) continue;
    const head = t[analysePhrase(doc, place).head].lower;
    if (RANKINGS.has(head) || TIMES.has(head)) continue;
    const guess = classifySpeaker(doc, place, 'speech', memory);
    const paper = isPaper(doc, place);
    if (!paper && (!guess || (guess.source !== 'document' && guess.rule !== 'attribution/hearsay'))) continue;
    const named = { source: 'named' as const, rule: 'attribution/named-source', confidence: CONFIDENCE, nameKind: 'organisation' as const };
    const printed = paper || !guess ? { ...named, sourceName: doc.text.slice(t[place.first].start, t[place.end - 1].end) } : guess;
    added.push({ first: i, end: place.end, guess: { ...printed, confidence: Math.min(printed.confidence, CONFIDENCE) }, speaker: place });
    lastEnd = place.end;
  }
  if (added.length > 0) replaceOverlapped(found, added, s);
}

/** Prefix counts over the sentence of tokens inside a finding that is not agentless (one pass, a difference array). */
function coverage(found: Found[], s: Sentence): Int32Array {
  const n = s.endToken - s.firstToken;
  const diff = new Int32Array(n + 1);
  for (const f of found) {
    if (f.guess.source === 'agentless' || f.end <= f.first) continue;
    diff[Math.max(0, f.first - s.firstToken)]++;
    diff[Math.min(n, f.end - s.firstToken)]--;
  }
  const prefix = new Int32Array(n + 1);
  let depth = 0;
  for (let k = 0; k < n; k++) {
    depth += diff[k];
    prefix[k + 1] = prefix[k] + (depth > 0 ? 1 : 0);
  }
  return prefix;
}

/** Drops the agentless findings that an added printed source overlaps, then adds the sources, in one pass each. */
function replaceOverlapped(found: Found[], added: Found[], s: Sentence): void {
  const n = s.endToken - s.firstToken;
  const cover = coverage(added, s);
  let kept = 0;
  for (const f of found) {
    const a = Math.max(0, Math.min(n, f.first - s.firstToken));
    const b = Math.max(0, Math.min(n, f.end - s.firstToken));
    if (!(f.guess.source === 'agentless' && cover[b] - cover[a] > 0)) found[kept++] = f;
  }
  found.length = kept;
  for (const f of added) found.push(f);
}
