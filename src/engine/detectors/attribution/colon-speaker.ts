/**
 * A quotation introduced by a colon after a clause that opens with a person's name or a pronoun and says how they
 * spoke ("Mayor Ruiz was blunt: “The depot will close.”", "She had one message for drivers: “Slow down.”"): the
 * person the clause is about speaks the quotation, as a reader takes it, even though no verb of saying stands there.
 * A clause about something read, found or shown ("He found a note on the windscreen: “…”") gives no speaker.
 */
import { isMark } from '../../names/tokens.ts';
import { HONORIFICS, PERSON_ROLES, TITLE_ABBREVIATIONS } from '../../names/words.ts';
import type { ParsedText, Sentence, Token } from '../../nlp.ts';
import type { SourceGuess } from './classify.ts';

/** Pronouns that may open such a clause as its subject. */
const SUBJECTS = new Set(['he', 'she', 'they']);
/** How many words the clause may hold between its subject and the colon ("was blunt", "had a warning for drivers"). */
const MAX_CLAUSE = 8;
/** Forms of "be" that join the speaker to the manner of their words ("was blunt", "has been clear"). */
const BE = new Set(['is', 'was', 'are', 'were', 'been', 'has', 'have', 'had', "'s"]);
/** Forms of "have" that hold something said ("had a warning for drivers"). */
const HAVE = new Set(['has', 'have', 'had']);
/** Things a person says: having one of these before a colon means the words after it are theirs. */
const SAID_THINGS = new Set([
  'message', 'warning', 'words', 'word', 'advice', 'plea', 'answer', 'reply', 'response', 'verdict', 'retort',
  'reminder', 'prediction', 'promise', 'explanation', 'appeal', 'question', 'comment', 'view', 'take',
]);
/** Words after the manner adjective that keep the clause about speaking ("blunt about the costs"). */
const ABOUT = new Set(['about', 'on', 'in']);
/** Verbs that sum up what someone says: "put it", "summed it up". */
const SUMMING = new Set(['put', 'puts', 'summed', 'sums']);

/** The speaker of a quotation opening at token `open`, named by a colon clause at the sentence's start, or undefined. */
export function colonSpeaker(doc: ParsedText, s: Sentence, open: number): SourceGuess | undefined {
  const t = doc.tokens;
  const colon = colonBefore(t, s, open);
  if (colon === undefined) return undefined;
  const first = t[s.firstToken];
  if (SUBJECTS.has(first.lower) && first.pos === 'PRON') return near(s.firstToken + 1, colon) && aboutSpeaking(t, s.firstToken + 1, colon) ? { source: 'pronoun', rule: 'attribution/quotation', confidence: 0.55 } : undefined;
  // "President Ortega": a role in capitals opens the name even where it is tagged a common noun.
  let k = s.firstToken + (isRole(first) && /^[A-Z]/.test(first.text) ? 1 : 0);
  while (k < colon && t[k].pos === 'PROPN') k++;
  // A person's name with a title or a role ("Mayor Ruiz", "Dr. Lind"), then its verb: "New Paris was calm:" is a
  // place and "Harbour Lights was a hit:" a show, not speakers.
  if (!titled(doc, s.firstToken, k) || !near(k, colon) || !aboutSpeaking(t, k, colon)) return undefined;
  const name = doc.text.slice(t[s.firstToken].start, t[k - 1].end);
  return { source: 'named', rule: 'attribution/quotation', confidence: 0.55, sourceName: name };
}

/**
 * The colon right before the opening mark at `open`; when the quotation's range starts the sentence (a short
 * quotation), the first colon followed by an opening mark within a clause's reach of the start.
 */
function colonBefore(t: readonly Token[], s: Sentence, open: number): number | undefined {
  const at = (c: number) => c > s.firstToken && isMark(t[c], ':') && isMark(t[c + 1], '“"');
  if (at(open - 1)) return open - 1;
  if (open !== s.firstToken) return undefined;
  const last = Math.min(s.endToken - 1, s.firstToken + MAX_CLAUSE + 4);
  for (let c = s.firstToken + 1; c < last; c++) if (at(c)) return c;
  return undefined;
}

/**
 * True when the clause [from, colon) says how the subject spoke, not what they did: "be" and an adjective of manner
 * ("was blunt", "was very clear about the costs"), "have" and a thing said ("had a warning for drivers"), or "put
 * it" / "summed it up". "He found a note", "They were greeted by a sign" hold no words of the subject's.
 */
function aboutSpeaking(t: readonly Token[], from: number, colon: number): boolean {
  for (let j = from; j < colon; j++) if (t[j].type !== 'word') return false;
  const verb = t[from];
  if (verb === undefined || from >= colon) return false;
  if (SUMMING.has(verb.lower)) return t[from + 1]?.lower === 'it' || t[from + 1]?.lower === 'up';
  if (BE.has(verb.lower)) {
    let j = from;
    while (j < colon && (BE.has(t[j].lower) || t[j].lower === 'not' || t[j].pos === 'ADV')) j++;
    if (j < colon && predicative(t[j]) && (j + 1 === colon || ABOUT.has(t[j + 1].lower))) return true;
  }
  if (!HAVE.has(verb.lower)) return false;
  for (let j = from + 1; j < colon; j++) {
    if (SAID_THINGS.has(t[j].lower)) return j + 1 === colon || t[j + 1].lower === 'for' || t[j + 1].lower === 'to';
  }
  return false;
}

/**
 * True for an adjective after "be"; the tagger sometimes calls a plain adjective a verb ("was blunt"), but a
 * participle ("were greeted by a sign") is something done to the subject, not how they spoke.
 */
function predicative(tok: Token): boolean {
  return tok.pos === 'ADJ' || (tok.pos === 'VERB' && !/(?:ed|ing|en)$/.test(tok.lower));
}

/** True when the clause from `from` to the colon is short enough to be about the subject alone. */
function near(from: number, colon: number): boolean {
  return colon - from <= MAX_CLAUSE;
}

/** True for a title or a role word ("mayor", "dr", "president"). */
function isRole(tok: Token): boolean {
  const w = tok.lower.replace(/\.$/, '');
  return HONORIFICS.has(w) || TITLE_ABBREVIATIONS.has(w) || PERSON_ROLES.has(w);
}

/** True when the name run [first, end) has a title or a role and a name after it ("Mayor Ruiz", "Senator Ana Lind"). */
function titled(doc: ParsedText, first: number, end: number): boolean {
  return end - first >= 2 && isRole(doc.tokens[first]);
}
