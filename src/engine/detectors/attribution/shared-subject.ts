/**
 * Report verbs that borrow the subject of their clause: a participle after a comma ("Lind was blunt
 * about the tariff, saying ..."), after "quoted as" ("Lind was quoted as saying ..."), after a time word ("Hale
 * was jailed after admitting ...") or after "by" ("Hale closed by saying ..."),
 * and a verb joined to an earlier one ("The council members walked out and said
 * ...", "Hale paused, then told reporters ..."). Their speaker is the subject that opens the sentence, after any
 * opening adverbial ("On Monday, ..."), or the one right after a time clause that opens it ("After admitting the
 * theft, Hale ...").
 */
import { type VerbKind, WORDS_ONLY_VERBS } from '../../lexicon/sources-verbs.ts';
import type { ParsedText, Sentence } from '../../nlp.ts';
import { phraseStartingAt } from '../../names/phrase.ts';
import { isMark, isPossessive, QUOTE_MARKS, SUBJECT_PRONOUNS } from '../../names/tokens.ts';
import { perceivedSpeaking } from './perceived.ts';
import type { Speaker } from './speaker.ts';
import { WEEKDAYS } from '../../names/words.ts';
import { afterOpeningTime } from '../../names/dates.ts';

/** How far (in tokens) a borrowing verb may sit from the subject it borrows. */
const MAX_REACH = 40;
/** How long an opening adverbial may be before the comma that ends it ("In a batch of leaflets out on Friday,"). */
const MAX_OPENING = 12;
const OPENING_TAGS = new Set(['ADP', 'SCONJ', 'ADV']);

/** Words of a short time phrase: "on Monday", "last week", "this morning". */
const WHEN_WORDS = new Set([
  'on',
  'last',
  'this',
  'that',
  ...WEEKDAYS,
  'week',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'today',
  'yesterday',
]);

/** Verbs after which "it" stands for no one: "it appears", "it seems". */
const SEEMING = new Set(['appear', 'seem']);

/** Words opening a time clause whose -ing verb has no subject of its own: "after admitting", "while saying". */
const TIME_LINKS = new Set(['after', 'before', 'when', 'while', 'upon']);

/**
 * Verbs that only report words, for a time clause: "after speaking", "while issuing", "while pitching" name acts of
 * every kind, and "while adding two goals" or "after writing 30 novels" count or make things; "after admitting",
 * "after saying", "before announcing" report what the subject said.
 */
function isWordsOnlyAct(lemma: string): boolean {
  return WORDS_ONLY_VERBS.has(lemma) && lemma !== 'add' && lemma !== 'write';
}

/** Words that open a reported clause straight after a verb of telling: "Noting that", "Explaining why". */
const CLAUSE_OPENERS = new Set(['that', 'how', 'why', 'what', 'whether', 'if', 'where', 'when']);
/** Verbs of answering, whose opening participle is speech whatever follows: "Responding to questions,". */
const ANSWERING = new Set(['respond', 'reply', 'answer', 'retort']);
/** Words that open a clause describing a noun, whose verb is not the participle's report: "players who had". */
const DESCRIBING = new Set(['who', 'which', 'that', 'whom', 'whose', 'where']);

/**
 * True when the opening participle at i takes a clause before its comma ("Noting that the river had risen",
 * "Insisting he had done nothing wrong", "Telling reporters the plan would fail"), so it reports words;
 * "Explaining the rules to the new players," only names what the subject did, with no view stated.
 */
function takesClause(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  // "Responding to critics, the mayor called the plan fair": an answer's words are the main clause that follows.
  if (ANSWERING.has(t[i].lemma)) return true;
  if (CLAUSE_OPENERS.has(t[i + 1]?.lower ?? '')) return true;
  const end = doc.sentences[t[i].sentence]?.endToken ?? t.length;
  for (let k = i + 1; k < end && k - i <= MAX_OPENING * 2; k++) {
    if (isMark(t[k], ',') || DESCRIBING.has(t[k].lower)) return false;
    // A finite verb after a subject: an auxiliary or a verb in the past or the present ("he had done", "it was").
    const finite =
      t[k].pos === 'AUX' || (t[k].pos === 'VERB' && /(ed|s)$/.test(t[k].lower) && !t[k].lower.endsWith('ss'));
    if (finite && t[k - 1]?.lower !== 'to' && k > i + 1) return true;
  }
  return false;
}

/** True when the verb at i borrows its clause's subject: "..., saying", "... and said" (speech only). */
export function borrowsSubject(doc: ParsedText, i: number, kind: VerbKind): boolean {
  const t = doc.tokens;
  // ", wrongly suggesting", ", again saying": one adverb may sit between the comma and the participle.
  const bare = t[i - 1]?.pos === 'ADV' && t[i].lower.endsWith('ing') ? i - 1 : i;
  // '... “New York values,” saying': the comma may sit inside the closing quotation mark.
  const comma = isMark(t[bare - 1], QUOTE_MARKS) ? bare - 2 : bare - 1;
  if (t[i].lower.endsWith('ing') && isMark(t[comma], ',')) return true;
  // "She was jailed after admitting she stole", "resigned before saying why": the one who admits is the subject.
  // "The bank ended its meeting by announcing a cut": "by" tells how the subject did it, so the subject speaks too.
  const link = t[bare - 1]?.lower ?? '';
  if (t[i].lower.endsWith('ing') && (TIME_LINKS.has(link) || link === 'by')) return isWordsOnlyAct(t[i].lemma);
  // "Lind was overheard saying", "was caught on camera telling": the one heard is the one saying.
  if (t[i].lower.endsWith('ing') && perceivedSpeaking(doc, i)) return isWordsOnlyAct(t[i].lemma);
  // "Noting that the river had risen, Lind closed the road": an opening participle of telling borrows the subject
  // after its clause.
  if (t[i].lower.endsWith('ing') && doc.sentences[t[i].sentence]?.firstToken === i) {
    return (isWordsOnlyAct(t[i].lemma) && takesClause(doc, i)) || (kind === 'speech' && t[i + 1]?.lower === 'that');
  }
  // "Lind was quoted as saying": the one quoted is the one saying.
  if (t[i].lower.endsWith('ing') && t[i - 1]?.lower === 'as' && t[i - 2]?.lemma === 'quote') return true;
  // "were unhappy ... and worried about": a joined view verb is too often an adjective.
  if (kind !== 'speech') return false;
  let k = i - 1;
  // "benched two starters and last week explained": adverbs and a short time phrase may sit between "and" and the verb.
  while (k >= 0 && i - k <= 4 && (t[k].pos === 'ADV' || WHEN_WORDS.has(t[k].lower))) k--;
  // "Hale paused, then told reporters": "then" after a comma joins the verb to the one before, as "and" does.
  const thenAfterComma = isMark(t[k], ',') && t[k + 1]?.lower === 'then';
  // "seized the floor and said": a finite verb straight after "and"/"but" shares the subject before it.
  const joined = t[k]?.lower === 'and' || t[k]?.lower === 'but' || thenAfterComma;
  return joined && !t[i].lower.endsWith('ing') && t[i].pos === 'VERB';
}

/**
 * "The agency hid the files, admitted it had lost others, and closed the inquiry", "Mayor quits, says the council
 * failed her": a finite speech verb after a comma, in a list of the subject's acts. Asked only when no speaker
 * stands before or after the verb; the clause before the comma must hold a finite verb of its own, so an aside
 * ("The mayor, asked about the plan, declined") is no list.
 */
export function joinedByComma(doc: ParsedText, s: Sentence, i: number, kind: VerbKind): boolean {
  const t = doc.tokens;
  const v = t[i];
  if (kind !== 'speech' || v.pos !== 'VERB' || v.lower === v.lemma || v.lower.endsWith('ing')) return false;
  const comma = t[i - 1]?.pos === 'ADV' ? i - 2 : i - 1;
  if (!isMark(t[comma], ',') || isMark(t[comma - 1], QUOTE_MARKS)) return false;
  // "quoted the scripture", "spoke Welsh": with a plain object the act is no report; a clause, "that", "to" or
  // a quotation after the verb carries what was said.
  const next = t[i + 1];
  const said =
    next !== undefined &&
    (next.lower === 'that' ||
      next.lower === 'to' ||
      isMark(next, QUOTE_MARKS) ||
      SUBJECT_PRONOUNS.has(next.lower) ||
      clauseFollows(doc, i));
  if (!said) return false;
  // The item before the comma: back to the comma before it or the sentence's start. "The trust, which many regard
  // as close to her, responded": a relative clause there is an aside about the subject, not one of its acts.
  let finite = false;
  for (let k = comma - 1; k >= s.firstToken && comma - k <= MAX_REACH && !isMark(t[k], ','); k--) {
    if (RELATIVES.has(t[k].lower)) return false;
    if (t[k].pos === 'VERB' && t[k].lower !== t[k].lemma && !t[k].lower.endsWith('ing')) finite = true;
  }
  return finite;
}

/** Tags of the words of a short subject: "the board", "its new owner", "Lind". */
const SUBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** True when a clause with its own subject and finite verb follows the verb at i: "says the board had lost faith". */
function clauseFollows(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  let k = i + 1;
  while (k < t.length && k - i <= 6 && (SUBJECT_TAGS.has(t[k].pos) || isPossessive(t[k]))) k++;
  const v = t[k];
  return (
    k > i + 1 &&
    v !== undefined &&
    (v.pos === 'AUX' || (v.pos === 'VERB' && v.lower !== v.lemma && !v.lower.endsWith('ing')))
  );
}

/** Words that open a relative clause. */
const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** True when the verb at `verb` opens the sentence's time clause: "After admitting the theft, Hale was jailed". */
function opensTimeClause(doc: ParsedText, s: Sentence, verb: number): boolean {
  // "Noting that the river had risen, Lind ...": the participle itself opens the clause.
  if (verb === s.firstToken && doc.tokens[verb].lower.endsWith('ing')) return true;
  return TIME_LINKS.has(doc.tokens[s.firstToken].lower) && verb - s.firstToken <= 2;
}

/** The subject opening the sentence of the verb at `verb`, when it is near enough to be borrowed. */
export function clauseSubject(doc: ParsedText, s: Sentence, verb: number): Speaker | undefined {
  const t = doc.tokens;
  let from = s.firstToken;
  // "After admitting the theft, Hale was jailed": the verb sits in the opening clause, and its subject follows it.
  const inOpening = opensTimeClause(doc, s, verb);
  // "A few minutes later they ... and said", "On Monday Lind ... and said": a time phrase opening the clause
  // without a comma is not its subject; the subject follows it.
  const timed = inOpening ? from : afterOpeningTime(doc, from, verb);
  if (timed > from) from = timed;
  else if (OPENING_TAGS.has(t[from].pos) || inOpening) {
    // "On Monday, Lind ... and said": the subject comes after the opening adverbial's comma.
    let comma = from;
    const limit = inOpening ? s.endToken : verb;
    while (comma < limit && comma - from < MAX_OPENING && !isMark(t[comma], ',')) comma++;
    if (!isMark(t[comma], ',')) return undefined;
    from = comma + 1;
  }
  // "Responding to questions," at the end of a text: nothing follows the comma, so there is no subject to read.
  if (from >= s.endToken) return undefined;
  // "She also compared Lind to Okafor, saying": a subject pronoun is a phrase of its own.
  // "It appears that Hale ... by denying": an "it" that only opens "appears"/"seems" is nobody.
  if (t[from].lower === 'it' && SEEMING.has(t[from + 1]?.lemma ?? '')) return undefined;
  const pronoun = SUBJECT_PRONOUNS.has(t[from].lower) && t[from].pos === 'PRON';
  const phrase = pronoun ? { first: from, end: from + 1 } : phraseStartingAt(doc, from, inOpening ? s.endToken : verb);
  if (!phrase) return undefined;
  if (inOpening) return phrase.first > verb ? { phrase, order: 'after' } : undefined;
  return verb - phrase.end <= MAX_REACH ? { phrase, order: 'before' } : undefined;
}
