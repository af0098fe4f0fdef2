/**
 * Passives of credit and likeness that name their source later or are no judgement: "was compared with its sequel in
 * the review by Ana Ortiz" names who compared; "is credited as a co-author" is a credit line, not a view.
 */
import type { ParsedText, Sentence, Token } from '../../nlp.ts';
import { isGroupHead } from '../../names/analyse.ts';
import { PERSON_ROLES } from '../../names/words.ts';
import type { Phrase } from '../../names/phrase.ts';

/** Roles a credit line gives: "credited as a co-author", "credited as producer". */
const CREDIT_ROLES = new Set([
  'author', 'co-author', 'coauthor', 'writer', 'co-writer', 'producer', 'co-producer', 'director', 'composer',
  'editor', 'creator', 'co-creator', 'designer', 'photographer', 'illustrator', 'songwriter', 'lyricist', 'narrator',
]);

/** Unnamed studies told of in passing, and the words after one that point to it: "by", "published", "of". */
const STUDIES = new Set(['study', 'survey', 'experiment']);
const JOINED = new Set([
  'part', 'participated', 'participate', 'enrolled', 'enrol', 'enroll', 'involved', 'took', 'included',
]);
// Not "in", "for" or "at": "one study in rats", "a survey for the council" describe the study and name no one.
const POINTERS = new Set(['by', 'from', 'of', 'published', 'led', 'conducted', 'carried', 'funded', 'run']);

/** Participles of a view whose holder may follow the view: "was seen as a fad by critics". */
export const VIEWS = new Set([
  'seen', 'regarded', 'viewed', 'perceived', 'described', 'considered', 'portrayed', 'characterised', 'characterized',
  // Verdicts given "as" something: "was dismissed as a stunt by opponents", "labelled as a witch hunt by critics".
  'labelled', 'labeled', 'branded', 'dismissed', 'hailed', 'denounced', 'condemned', 'derided', 'decried', 'lauded',
  'praised', 'criticised', 'criticized', 'touted', 'billed', 'mocked', 'ridiculed', 'rejected',
]);
/** Participles that name a verdict straight after them: "was branded a disaster by critics", "deemed unsafe by". */
export const NAMED_VERDICTS = new Set(['branded', 'labelled', 'labeled', 'dubbed', 'termed', 'deemed']);
/** Verbs of a verdict that also remove someone from a post: "dismissed as manager", "rejected as candidate". */
const REMOVALS = new Set(['dismissed', 'rejected']);

/**
 * True when the words after "as" at `from` are no verdict but a removal: "dismissed as part of the cuts" tells what
 * the sacking belonged to, and a bare post ("dismissed as manager", "as head coach") is the job lost. A post with
 * an article stays a verdict ("dismissed as a crank by critics").
 */
export function notAVerdict(t: readonly Token[], word: string, from: number): boolean {
  // "seen as part of a crackdown" is a view; only a removal is done as part of something.
  if (!REMOVALS.has(word)) return false;
  const a = t[from]?.lower === 'a' ? from + 1 : from;
  if (t[a]?.lower === 'part' && t[a + 1]?.lower === 'of') return true;
  for (let k = from; k < from + 3 && t[k]?.type === 'word'; k++) {
    // A role as a noun: "dismissed as partisan" is a verdict.
    if ((PERSON_ROLES.has(t[k].lower) || t[k].lower === 'coach') && t[k].pos === 'NOUN') return true;
    if (t[k].pos !== 'NOUN' && t[k].pos !== 'ADJ' && t[k].pos !== 'PROPN') return false;
  }
  return false;
}
/** Words after "by" that make it a measure, not a judge: "by far", "by any measure", "by most accounts". */
const MEASURES = new Set(['far', 'any', 'most', 'some', 'all', 'many', 'definition', 'nature', 'design', 'default']);

/** Words after "by" that make it a point in time: "by then", "by the time", "by the end of". */
const BY_TIMES = new Set(['then', 'now', 'nightfall', 'midnight', 'noon', 'dawn', 'tomorrow', 'tonight', 'morning']);
const TIME_HEADS = new Set(['time', 'end', 'start', 'middle', 'close', 'turn', 'beginning', 'weekend', 'deadline']);

/** True when the "by" at k opens a point in time rather than a judge. */
function byTime(t: readonly Token[], k: number): boolean {
  const a = t[k + 1]?.lower ?? '';
  if (BY_TIMES.has(a) || /^\d{4}$/.test(a)) return true;
  return /^(the|that|this)$/.test(a) && TIME_HEADS.has(t[k + 2]?.lower ?? '');
}

/** The "by" with a judge after it that follows within the clause (before a comma or the sentence's end), or -1. */
export function judgeAt(t: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end && k - from <= 8; k++) {
    if (t[k].text === ',' || t[k].text === ';') return -1;
    if (t[k].lower !== 'by') continue;
    // "by the time the polls closed", "by the end of the decade", "by then": a deadline, no judge.
    if (byTime(t, k)) return -1;
    // "by many critics", "by some experts": a measure word before a crowd is that crowd's share, not a measure.
    const crowd = MEASURES.has(t[k + 1]?.lower ?? '') && isGroupHead(t[k + 2]?.lower ?? '');
    return crowd || (!MEASURES.has(t[k + 1]?.lower ?? '') && t[k + 1]?.type === 'word') ? k : -1;
  }
  return -1;
}
const judgeFollows = (t: readonly Token[], from: number, end: number) => judgeAt(t, from, end) >= 0;

/** True when the tokens before `end` are "held to be": a judgement ("were held to be its owners"). */
export function heldToBe(t: readonly Token[], end: number): boolean {
  return t[end - 3]?.lower === 'held' && t[end - 2]?.lower === 'to' && t[end - 1]?.lower === 'be';
}

/** Participles whose comparer may stand at the end of the sentence: "was likened to X by critics". */
export const LIKENESS = new Set(['compared', 'likened']);

/** True when the agentless match is no unsourced judgement: a likeness whose maker follows, or a credit line. */
export function notAJudgement(doc: ParsedText, s: Sentence, m: Phrase): boolean {
  const t = doc.tokens;
  const participle = t[m.end - 2]?.lower ?? '';
  if (LIKENESS.has(participle)) {
    // "That's compared to 45 last year": a bare "is compared to" sets figures side by side; "has been compared to"
    // and "is often compared to" tell of people who compared.
    if (participle === 'compared' && m.end - m.first === 3 && t[m.first].lower !== 'been') return true;
    // "likened to a lottery by critics" names the comparer; "compared to a lottery, with places decided by
    // postcode" does not (the same limits as a view's judge).
    if (judgeFollows(t, m.end, s.endToken)) return true;
  }
  // "is known to us through letters", "was known to the police": whose knowledge follows "to"; "is known to cause"
  // is hearsay.
  const after = t[m.end];
  const knower = after?.pos === 'PRON' || after?.pos === 'DET';
  if (participle === 'known' && t[m.end - 1].lower === 'to' && knower) return true;
  // "was dismissed as manager": a post lost, not a verdict.
  if (t[m.end - 1].lower === 'as' && notAVerdict(t, participle, m.end)) return true;
  // "was viewed as unfit by the elders": the judge follows the judgement ("by far" and "by any measure"
  // are no judges).
  if (t[m.end - 1].lower === 'as' && VIEWS.has(participle) && judgeFollows(t, m.end, s.endToken)) return true;
  // "was held to be void by the court": the judge follows too (late-judge.ts reads it).
  if (heldToBe(t, m.end) && judgeFollows(t, m.end, s.endToken)) return true;
  // "in one study by the Kestrel Institute", "in one study published last year": the study is pointed to.
  // "took part in one study", "enrolled in another survey": a study joined, not one whose finding is told.
  if (STUDIES.has(t[m.end - 1].lower)) {
    return POINTERS.has(t[m.end]?.lower ?? '') || t[m.end]?.pos === 'PROPN' || JOINED.has(t[m.first - 1]?.lower ?? '');
  }
  if (participle === 'credited' && t[m.end - 1].lower === 'as') {
    const k = t[m.end]?.pos === 'DET' ? m.end + 1 : m.end;
    return CREDIT_ROLES.has(t[k]?.lower ?? '');
  }
  return false;
}

/** Forms of "be" before "called" in a ranking (agentless.ts gates its per-word checks on them). */
export const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Superlatives that need no "-est": "called the best", "called the most beautiful". */
const SUPERLATIVES = new Set(['best', 'worst', 'most', 'least']);

/**
 * "has been called the ugliest building", "was called one of the best": a ranking given by nobody named. "was called
 * to the bar", "was called off" and "a town called Hope" rank nothing. Returns the end of "be ... called", or -1.
 */
export function calledRankingAt(doc: ParsedText, i: number, end: number): number {
  const t = doc.tokens;
  if (!BE.has(t[i].lower)) return -1;
  const verb = t[i + 1]?.pos === 'ADV' ? i + 2 : i + 1;
  if (verb >= end || t[verb].lower !== 'called') return -1;
  let k = verb + 1;
  if (t[k]?.lower === 'one' && t[k + 1]?.lower === 'of') k += 2;
  if (t[k]?.lower === 'the') k++;
  const word = t[k];
  if (!word || k >= end) return -1;
  const ranks = SUPERLATIVES.has(word.lower) || (word.pos === 'ADJ' && /[a-z]{2}est$/.test(word.lower));
  return ranks ? verb + 1 : -1;
}
