/**
 * Frames that set a scene of speaking before the clause they govern: "In an interview with a local paper, Ruiz laughed
 * off the attack", "In a statement on Friday, the board defended its choice", "Speaking to farmers in Leeds, the
 * minister promised help". Whatever the subject then says or does, it does so speaking, so the subject is the source.
 * A frame whose clause already has its own report verb ("In a statement, the board said") adds nothing.
 */
import type { ParsedText, Sentence } from '../../nlp.ts';
import { phraseStartingAt } from '../../names/phrase.ts';
import { DETERMINERS, isMark, isPossessive, SUBJECT_PRONOUNS } from '../../names/tokens.ts';
import { GROUP_NOUNS, isPeoplePlural, PLURAL_ROLES } from '../../names/words.ts';
import { classifySpeaker } from './classify.ts';
import type { Discourse } from './memory.ts';
import type { Found } from './verbs.ts';

/**
 * Occasions of speaking or writing on the record: "in an interview", "in a statement", "in her speech". Not "post"
 * (a job, the mail) nor a bare "conference" (a sports league): "in the post, she ran the budget".
 */
const OCCASIONS = new Set([
  ...['interview', 'interviews', 'statement', 'speech', 'letter', 'remarks', 'testimony', 'op-ed', 'essay', 'memo'],
  ...['email', 'tweet', 'address', 'briefing', 'podcast', 'sermon', 'lecture', 'column'],
]);
/** Gatherings that are occasions of speaking only as "a news conference", "a press conference". */
const BRIEFINGS = new Set(['news', 'press']);
/** Tags of the words between the determiner and the occasion: "a brief interview", "a written statement", "a news conference". */
const MODIFIERS = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN']);
/**
 * Participles that open a frame of speaking: "Speaking to reporters, the mayor ...", "Writing in the journal, ...",
 * and of being asked, which the subject then answers: "Asked about the fee, the voters were split".
 */
const SPEAKING = new Set([
  ...['speaking', 'writing', 'addressing', 'testifying', 'talking', 'asked', 'pressed', 'questioned'],
]);
/** Participles of being asked: "Asked to leave" is a request to act, not a question the subject answers. */
const ASKED = new Set(['asked', 'pressed', 'questioned']);
/** Words after "speaking" or "talking" that make it no occasion: "Speaking of food, ..." means "as for food". */
const NOT_AN_OCCASION = new Set(['of', 'off']);
/** What "writing" takes when it writes for readers ("Writing in the journal", "Writing to staff"): not "off". */
const WRITING_FOR = new Set(['in', 'to', 'for', 'on', 'about']);
/** Gatherings one addresses by speaking: "Addressing the rally, ..." (not "Addressing the shortage, ..."). */
const AUDIENCES = new Set([
  ...['crowd', 'rally', 'conference', 'meeting', 'summit', 'assembly', 'audience', 'nation', 'congress', 'jury'],
  ...['court', 'parliament', 'senate', 'convention', 'gathering', 'delegates', 'reporters', 'journalists'],
]);
/** Words that may open the sentence before the frame: "But in an interview, ...". */
const OPENERS = new Set(['but', 'and', 'yet', 'later', 'earlier', '(']);
/** How far a frame may run before its comma, in tokens. */
const MAX_FRAME = 14;
/** A frame is weaker than a verb of saying: what follows may be a deed done while speaking. */
const CONFIDENCE = 0.55;

/** True when a word after "addressing" at `k`, before the comma, names people or a gathering: an audience. */
function addressesAudience(doc: ParsedText, k: number): boolean {
  for (let j = k + 1; j <= k + 6 && doc.tokens[j] && doc.tokens[j].type !== 'punctuation'; j++) {
    const w = doc.tokens[j].lower;
    if (AUDIENCES.has(w) || GROUP_NOUNS.has(w) || PLURAL_ROLES.has(w) || isPeoplePlural(w)) return true;
  }
  return false;
}

/** True when the participle at `k` ("Speaking", "Asked", "Writing") opens a frame of speaking with what follows it. */
function speakingParticiple(doc: ParsedText, k: number): boolean {
  const word = doc.tokens[k].lower;
  const next = doc.tokens[k + 1]?.lower ?? '';
  if (ASKED.has(word)) return next !== 'to';
  if (word === 'writing') return WRITING_FOR.has(next);
  if (word === 'addressing') return addressesAudience(doc, k);
  return !NOT_AN_OCCASION.has(next);
}

/** The index of the token after the frame's opening word ("In an interview", "Speaking"), or -1 when none opens here. */
function frameOccasion(doc: ParsedText, k: number): number {
  const t = doc.tokens;
  if (SPEAKING.has(t[k]?.lower ?? '') && t[k].pos === 'VERB') return speakingParticiple(doc, k) ? k + 1 : -1;
  if (t[k]?.lower !== 'in') return -1;
  let j = k + 1;
  if (DETERMINERS.has(t[j]?.lower ?? '') || isPossessive(t[j + 1])) j += isPossessive(t[j + 1]) ? 2 : 1;
  else return -1;
  while (MODIFIERS.has(t[j]?.pos ?? '') && !OCCASIONS.has(t[j].lower) && t[j].lower !== 'conference' && j - k <= 4) j++;
  const conference = t[j]?.lower === 'conference' && BRIEFINGS.has(t[j - 1]?.lower ?? '');
  if (!OCCASIONS.has(t[j]?.lower ?? '') && !conference) return -1;
  // "in the letter box", "in the briefing room": the occasion only modifies a thing; "a statement of intent" is an aim.
  const after = t[j + 1];
  return (after?.pos === 'NOUN' && after.text === after.lower) || (t[j].lower === 'statement' && after?.lower === 'of')
    ? -1
    : j + 1;
}

/** The comma closing the frame that opened before `from`, within MAX_FRAME tokens of sentence `s`, or -1. */
export function closingComma(doc: ParsedText, s: Sentence, from: number): number {
  for (let k = from; k < s.endToken && k - from <= MAX_FRAME; k++) {
    if (isMark(doc.tokens[k], ',')) return k;
    if (isMark(doc.tokens[k], '.;:!?')) return -1;
  }
  return -1;
}

/** Adds the subject after a frame of speaking as a source, unless the clause reports its own words already. */
export function addSpeechFrames(doc: ParsedText, s: Sentence, found: Found[], memory: Discourse): void {
  const t = doc.tokens;
  const start = OPENERS.has(t[s.firstToken]?.lower ?? '') ? s.firstToken + 1 : s.firstToken;
  const occasion = frameOccasion(doc, start);
  if (occasion < 0) return;
  const comma = closingComma(doc, s, occasion);
  if (comma < 0 || found.some((f) => f.end > comma)) return;
  const subjectStart = comma + 1;
  const pronoun = SUBJECT_PRONOUNS.has(t[subjectStart]?.lower ?? '') && t[subjectStart].pos === 'PRON';
  const subject = pronoun
    ? { first: subjectStart, end: subjectStart + 1 }
    : phraseStartingAt(doc, subjectStart, s.endToken);
  if (!subject || subject.first !== subjectStart) return;
  const guess = classifySpeaker(doc, subject, 'speech', memory);
  if (!guess || guess.source === 'agentless') return;
  found.push({
    first: start,
    end: subject.end,
    guess: { ...guess, confidence: Math.min(guess.confidence, CONFIDENCE) },
    speaker: subject,
  });
}
