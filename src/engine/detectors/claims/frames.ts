/**
 * Frames around a claim that change how its words read: a question that asserts ("Do you know that the mill
 * closed?"), a future that only announces the speaker's words ("I'll tell you, the mill closed") and a stance
 * told in the past ("She was against the bypass"), which is a position on the record like "she opposed it".
 */
import { PREDICTION_PHRASES, PRESCRIPTION_PHRASES } from '../../lexicon/claims-markers.ts';
import type { Sentence, Token } from '../../nlp.ts';
import { listsFound, mergePhraseLists } from './phrase-scan.ts';

/** Verbs of knowing that make "Do you know …?" put its clause forward as true. */
const KNOWING = new Set(['know', 'realize', 'realise']);
/** After "Do you know": a word that asks rather than asserts ("Do you know why?", "Did you know what he said?"). */
const ASKING = new Set([
  'why',
  'what',
  'how',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'which',
  'whether',
  'if',
  'that',
  'this',
  'it',
  'him',
  'her',
  'them',
]);
/** Openings that only take the floor before the question ("And do you know…", "But did you realize…"). */
const LEADING = new Set(['and', 'but', 'now', 'so', 'well', ',']);
/** Words the asserted clause needs at least, past its "that": "Do you know that?" asserts nothing. */
const MIN_CLAUSE_WORDS = 4;

/**
 * "Do you know that the senator voted for the war?", "Did you realize the county pays $4 million a year for it?":
 * a question that only asks whether the listener knows a fact puts the fact forward, so the sentence is judged as
 * a statement. "Do you know why?", "Do you know what he said?", "Do you think it will pass?" still ask.
 */
export function isAssertingQuestion(t: readonly Token[], s: Sentence): boolean {
  let i = s.firstToken;
  while (i < s.endToken && LEADING.has(t[i].lower)) i++;
  if (t[i]?.lower !== 'do' && t[i]?.lower !== 'did') return false;
  if (t[i + 1]?.lower !== 'you' || !KNOWING.has(t[i + 2]?.lower ?? '')) return false;
  let k = i + 3;
  if (t[k]?.lower === 'that' && t[k + 1]?.type === 'word' && !ASKING.has(t[k + 1].lower)) k++;
  else if (ASKING.has(t[k]?.lower ?? '')) return false;
  let words = 0;
  for (let j = k; j < s.endToken; j++) if (t[j].type === 'word') words++;
  return words >= MIN_CLAUSE_WORDS;
}

/** Futures that only announce what the speaker is about to say: "I'll tell you", "we will tell you". */
const FUTURE = new Set(['will', "'ll", '’ll']);
const SPEAKERS = new Set(['i', 'we']);

/** True when token i is the "will" of "I will tell you" / "I'll tell you": a frame for what follows, not a forecast. */
function isTellingFuture(t: readonly Token[], i: number): boolean {
  return (
    FUTURE.has(t[i].lower) &&
    SPEAKERS.has(t[i - 1]?.lower ?? '') &&
    t[i + 1]?.lower === 'tell' &&
    t[i + 2]?.lower === 'you'
  );
}

const PREDICTIONS = mergePhraseLists([PREDICTION_PHRASES]);
const PRESCRIPTIONS = mergePhraseLists([PRESCRIPTION_PHRASES]);

/** True when a phrase of `list` starts outside the frames (token ranges [from, to), in order) of the sentence. */
function foundOutside(
  t: readonly Token[],
  s: Sentence,
  list: typeof PREDICTIONS,
  frames: readonly [number, number][],
): boolean {
  let from = s.firstToken;
  for (const [start, end] of frames) {
    if (listsFound(t as Token[], from, start, list) !== 0) return true;
    from = end;
  }
  return listsFound(t as Token[], from, s.endToken, list) !== 0;
}

/**
 * Whether the sentence forecasts once the speaker's "I'll tell you" frames are set aside: "And I will tell you,
 * the county is raising your taxes" reports; "I'll tell you, the county will raise your taxes" still forecasts.
 * Called only for a sentence the prediction phrases matched.
 */
export function predictsBeyondFrames(t: readonly Token[], s: Sentence): boolean {
  const frames: [number, number][] = [];
  for (let i = s.firstToken; i < s.endToken; i++) if (isTellingFuture(t, i)) frames.push([i, i + 1]);
  return frames.length === 0 || foundOutside(t, s, PREDICTIONS, frames);
}

/** Words of duty that can frame a fact instead of asking for an act ("should know that", "need to remember"). */
const DUTY = new Set(['must', 'should', 'ought', 'need', 'needs', 'got', 'gotta']);
/** Verbs of knowing: a duty to know a fact asks nobody to do anything about it. */
const KNOWING_FACT = new Set([
  'know',
  'remember',
  'understand',
  'realize',
  'realise',
  'recognize',
  'recognise',
  'aware',
  'recall',
]);
/** Words allowed between the duty and the knowing ("ought to be aware", "must surely know"). */
const DUTY_LINK = new Set(['to', 'be', 'also', 'surely', 'always', 'all', 'really', 'clearly']);

/** The end (exclusive) of a duty-to-know frame starting at i ("should know", "need to remember"), or -1. */
function knowingFrameEnd(t: readonly Token[], i: number, limit: number): number {
  if (!DUTY.has(t[i].lower)) return -1;
  for (let k = i + 1; k < limit && k <= i + 3; k++) {
    if (KNOWING_FACT.has(t[k].lower)) return k + 1;
    if (!DUTY_LINK.has(t[k].lower)) return -1;
  }
  return -1;
}

/**
 * "Mr. Lee should know that the council closed the pier in 2019", "People need to remember: prices fell": a duty
 * only to know a fact frames the fact. Whether it prescribes anything is read outside those frames ("We must
 * know our rights and we must act" still prescribes). Called only for a sentence the prescription phrases matched
 * that reports a past act or a figure, the fact such a frame puts forward.
 */
export function prescribesBeyondFrames(t: readonly Token[], s: Sentence): boolean {
  const frames: [number, number][] = [];
  for (let i = s.firstToken; i < s.endToken; i++) {
    const end = knowingFrameEnd(t, i, s.endToken);
    if (end > 0) frames.push([i, end]);
  }
  return frames.length === 0 || foundOutside(t, s, PRESCRIPTIONS, frames);
}

/** Past forms of "be" that tell a stance held before: "was against", "had been in favour of". */
const PAST_BE = new Set(['was', 'were', 'been']);
/** Subjects that make "was against" a relation of things, not a stance ("it was against the law"). */
const THING_SUBJECTS = new Set(['it', 'that', 'this', 'which', 'what']);
/** The "have" of a perfect between a subject and "been" ("I have always been against it"). */
const HAVE = /^(have|has|had|'ve|’ve)$/;

/** The index of the form of "be" before token i, skipping adverbs ("was always against"); -1 if none. */
function beBefore(t: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && t[k].pos === 'ADV' && !PAST_BE.has(t[k].lower)) k--;
  return k >= 0 && PAST_BE.has(t[k].lower) ? k : -1;
}

/**
 * "The senator was against the war", "you were firmly in favour of the toll", "I've always been against it": a stance
 * held in the past is a position on the record, as "opposed" and "supported" are (those verbs count already).
 * "It was against the law" relates things; "I'm against it" is the speaker's view now.
 */
export function isPastStance(t: readonly Token[], i: number): boolean {
  const w = t[i].lower;
  let head = -1;
  if (w === 'against') head = i;
  else if ((w === 'favor' || w === 'favour') && t[i - 1]?.lower === 'in' && t[i + 1]?.lower === 'of') head = i - 1;
  if (head < 0) return false;
  const be = beBefore(t, head);
  if (be < 0) return false;
  let subject = be - 1;
  while (subject >= 0 && (t[subject].pos === 'ADV' || HAVE.test(t[subject].lower))) subject--;
  return subject >= 0 && !THING_SUBJECTS.has(t[subject].lower);
}

/** Present forms of "be" before an "-ing" verb: "she is raising", "jobs are leaving", "Ford's closing". */
const PRESENT_BE = new Set(['is', 'are', "'s", "'re", '’s', '’re']);
/**
 * Subjects that make the act the speaker's own, the listener's or nobody's in particular ("it's getting late").
 * "We" stays: judge.ts weighs a group's act as it weighs its past ones.
 */
const NOT_THIRD_PARTY = new Set(['i', 'you', 'it', 'that', 'this', 'there', 'what', 'which', 'who', 'here']);
/** "-ing" verbs of talk, thought or effort: "he is saying", "they are trying", "she is going to". */
const NOT_AN_ACT = new Set([
  'going',
  'trying',
  'talking',
  'saying',
  'looking',
  'doing',
  'getting',
  'having',
  'being',
  'thinking',
  'asking',
  'telling',
  'coming',
  'hoping',
  'wanting',
]);

/**
 * "The county is raising your taxes", "Factory jobs are draining away": a third party's act under way now is
 * as observable as one done, so it can be checked. "It's getting late", "they're trying" and "he's saying" are not.
 */
export function isOngoingAct(t: readonly Token[], i: number): boolean {
  const verb = t[i];
  if (verb.pos !== 'VERB' || !verb.lower.endsWith('ing') || NOT_AN_ACT.has(verb.lower)) return false;
  let k = i - 1;
  while (k >= 0 && t[k].pos === 'ADV') k--;
  if (k < 1 || !PRESENT_BE.has(t[k].lower)) return false;
  const subject = t[k - 1];
  return subject.type === 'word' && !NOT_THIRD_PARTY.has(subject.lower);
}
