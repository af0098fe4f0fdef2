/**
 * Attributions built around a cue: a report verb with its speaker ("Kirby said", "said Kirby", "the study
 * found"), "according to X", and "citing X".
 */
import { NEED_PARTICLE, STANCE_VERBS, type VerbKind, VOICE_VERBS, WORDS_ONLY_VERBS } from '../../lexicon/sources-verbs.ts';
import { analysePhrase } from '../../names/analyse.ts';
import type { ParsedText, Sentence } from '../../nlp.ts';
import { type Phrase, phraseEndingAt, phraseText } from '../../names/phrase.ts';
import { bracketOpen, isMark, isTitleCaseSentence } from '../../names/tokens.ts';
import { classifySpeaker, type SourceGuess } from './classify.ts';
import { HEARD_IN_HEARING, heardInHearing } from './heard-in-court.ts';
import { reportVerbAt } from './cues.ts';
import { contentCue } from './contents.ts';
import { describedDocument } from './documents.ts';
import { givesFigureOrName } from './estimates.ts';
import { withPublisher } from './publisher.ts';
import { signatureAt } from './signature.ts';
import { firstPersonView } from './first-person.ts';
import { speakerLabel } from './speaker-label.ts';
import { speakerFloor } from './splits.ts';
import type { Discourse } from './memory.ts';
import { borrowsSubject, clauseSubject, joinedByComma } from './shared-subject.ts';
import { classifyUnknown } from './unknown.ts';
import { speakerFollows } from './inversion.ts';
import { foundClause } from './clause-after.ts';
import { wholeSubject } from './subject-reach.ts';
import { addIfFree, addOrMerge, type FoundIndex, newFoundIndex } from './found-list.ts';
import { examplesInClause } from './named-examples.ts';
import { commentClause } from './comment-clause.ts';
import { sharesToldWords, wordsGiven } from './speech-idioms.ts';
import { takesSides } from './takes-sides.ts';
import { asksQuestion } from './asked-question.ts';
import { citedWork } from './cited-works.ts';
import { sourceCueStart, sourcePhrase, unlistedSource } from './according.ts';
import { type DateTest, findSpeaker, type Speaker } from './speaker.ts';
import { mayCue } from './cue-gate.ts';
import { closingComment, fits, lacksComplement, nextToQuote, weighted } from './verb-fit.ts';

/** An attribution found in a sentence, before it becomes a draft finding. */
export interface Found {
  /** Token range of the whole attribution phrase (speaker and cue). */
  first: number;
  end: number;
  guess: SourceGuess;
  /** The speaker phrase and any clause attached to it, where anonymity phrases may sit. */
  speaker?: Phrase;
  clause?: Phrase;
  /** "I think", "we believe": the speaker's own view rather than a source the text cites. */
  ownView?: boolean;
}

/** Verbs that report speech only next to a quotation or its punctuation: '"...," he continued.' */
const NEED_QUOTE = new Set(['continue']);

/**
 * "Jeb Bush, who announced ...": the verb belongs to the relative clause itself (its "who" is all that stands
 * before it). A view or a wish there ("who was seeking the nomination") describes the person; it reports nothing.
 */
function isRelativeVerb(doc: ParsedText, clause: Phrase): boolean {
  const last = doc.tokens[clause.end - 1].lower;
  return last === 'who' || last === 'which';
}

/** "Tomas Berg, a senior aide to the mayor, said": the name in front of an unnamed role's appositive. */
function nameBefore(doc: ParsedText, p: Phrase, floor: number, kind: VerbKind, memory: Discourse) {
  // "Ana Ruiz (D-OH) state senator who called for": a caption's role after a bracketed tag is the name's too.
  const comma = isMark(doc.tokens[p.first - 1], ')') ? bracketOpen(doc, p.first - 1) : p.first - 1;
  if (!isMark(doc.tokens[comma], ',(')) return undefined;
  const before = phraseEndingAt(doc, comma - 1, floor);
  if (!before || before.end !== comma) return undefined;
  // "Appearing on CBS, the front-runner said": a name after a preposition is no subject.
  if (before.first > floor && doc.tokens[before.first - 1].pos === 'ADP') return undefined;
  // "Clinic Closed Early, Former Nurse Says": in a headline's title case any words before the comma look like a name.
  const sentence = doc.sentences[doc.tokens[p.first].sentence];
  if (sentence && isTitleCaseSentence(doc.tokens, sentence)) return undefined;
  const guess = classifySpeaker(doc, before, kind, memory);
  return guess?.source === 'named' ? { guess, first: before.first } : undefined;
}

/** "Holmes revealed ..., saying he recalled it": a pronoun after a named speaker in the same sentence is that speaker. */
function sameSentenceName(guess: SourceGuess, found: readonly Found[]): SourceGuess {
  for (let k = found.length - 1; k >= 0; k--) {
    const g = found[k].guess;
    if (g.source === 'named' && g.sourceName) return { ...guess, sourceName: g.sourceName };
  }
  return guess;
}

/**
 * The speaker phrase's kind. A phrase the lists do not know still speaks when it is the plain subject of a
 * words-only verb (`plain`: right before it, or right after "according to"), not a guess through a clause.
 */
function classifyOrRead(doc: ParsedText, p: Phrase, kind: VerbKind, memory: Discourse, cue: number, plain: boolean, reading?: Speaker['reading']): SourceGuess | undefined {
  // "Researchers found (that) the drug worked", "investigators established that": findings with a clause are their
  // conclusion, read like a view ("experts believe"); "Police found a body" without it stays no report.
  // "Police identified the man as Tomas Berg", "The union puts the losses at 400" carry theirs in the object.
  const sentenceEnd = doc.sentences[doc.tokens[cue].sentence].endToken;
  const concluded = kind === 'evidence' && (doc.tokens[cue + 1]?.lower === 'that' || foundClause(doc, cue) || givesFigureOrName(doc, cue, sentenceEnd));
  // "The documentary recounts how": a work of fact reporting what happened is cited like a report.
  const guess = citedWork(doc, p, cue) ?? classifySpeaker(doc, p, concluded ? 'cognition' : kind, memory);
  // A phrase the lists know, or one that is no plain subject, is answered without the words-only tests below.
  if (guess || !plain) return guess;
  const t = doc.tokens[cue];
  // '"Rain again," sighed the groundsman': a verb that changed places with its subject only ever reports words.
  // "The levy, the panel concluded, must rise": a comment clause reports the sentence around it, whatever its verb.
  // "The widow shared her memories": sharing what is only ever told is words too.
  const wordsOnly = WORDS_ONLY_VERBS.has(t.lemma) || WORDS_ONLY_VERBS.has(t.lower) || reading === 'inverted' || commentClause(doc, p, cue) || sharesToldWords(doc, cue);
  return wordsOnly ? classifyUnknown(doc, p, analysePhrase(doc, p), reading === 'described') : undefined;
}

/** "according to X", "citing X", "as stated in X": the source follows the cue. Returns the attribution and where to resume. */
function nominalCue(doc: ParsedText, s: Sentence, i: number, from: number, memory: Discourse, isDate: DateTest): { found?: Found; resume: number } {
  const phrase = sourcePhrase(doc, from, s.endToken);
  if (!phrase) return { resume: i };
  const read = classifyOrRead(doc, phrase, 'speech', memory, i, true) ?? unlistedSource(doc, s, i, phrase);
  if (!read) return { resume: phrase.end - 1 };
  // "According to a survey by the Lindgren Institute": the publisher's name is part of the source.
  const { guess, publisher } = withPublisher(doc, phrase, read, s.endToken, memory, isDate);
  const end = publisher?.end ?? phrase.end;
  return { found: { first: i, end, guess, speaker: phrase }, resume: end - 1 };
}

/** Words that open a list of examples after a subject: "Several unions, including the nurses, warned". */
const EXAMPLE_OPENERS = new Set(['including', 'like', 'such', 'especially', 'notably']);

/** True when the clause between the subject and its verb only lists examples of it, so the subject is still plain. */
function listsExamples(doc: ParsedText, clause: Phrase): boolean {
  return EXAMPLE_OPENERS.has(doc.tokens[clause.first].lower);
}

/** The attribution built on the report verb at token i, or undefined when its speaker is no source. */
function verbCue(doc: ParsedText, s: Sentence, i: number, kind: VerbKind, found: readonly Found[], memory: Discourse, isDate: DateTest): Found | undefined {
  const particles = NEED_PARTICLE.get(doc.tokens[i].lemma);
  // "sounded a cautious note about": a verb of words with its own noun needs no particle ("sounded off").
  if (particles && !particles.has(doc.tokens[i + 1]?.lower ?? '') && !wordsGiven(doc, i)) return undefined;
  const needsQuote = NEED_QUOTE.has(doc.tokens[i].lemma) || VOICE_VERBS.has(doc.tokens[i].lemma);
  if (needsQuote && !nextToQuote(doc, i) && !speakerFollows(doc, i, s.endToken, isDate)) return undefined;
  const trailing = borrowsSubject(doc, i, kind);
  if (trailing && found.length > 0) return undefined;
  const own = trailing ? clauseSubject(doc, s, i) : findSpeaker(doc, i, s.firstToken, s.endToken, isDate);
  const listed = !own && found.length === 0 && joinedByComma(doc, s, i, kind);
  const asFound = own ?? (listed ? clauseSubject(doc, s, i) : undefined);
  if (!asFound) return undefined;
  const speaker = wholeSubject(doc, s, asFound);
  // "Notes written in the margins explain": a phrase after a preposition is that preposition's object.
  const afterPreposition = doc.tokens[speaker.phrase.first - 1]?.pos === 'ADP';
  // "A report by the Harbour Trust said": the trust is who wrote the report; the report is what speaks.
  const ownDocument = afterPreposition && speaker.order === 'before' ? documentCue(doc, s, i, kind, memory, isDate) : undefined;
  if (ownDocument) return ownDocument;
  const subjectOnly = !speaker.clause || speaker.reading === 'described' || listsExamples(doc, speaker.clause);
  // "the justice sounded off on the plan, saying": the subject a participle borrows is as plain as one before it.
  const borrowed = trailing && doc.tokens[i].lower.endsWith('ing') && isMark(doc.tokens[i - 1], ',');
  const plain = (speaker.order === 'before' && subjectOnly && (!trailing || borrowed) && !listed && !afterPreposition) || speaker.reading === 'inverted';
  const heard = heardInHearing(doc, i, speaker.phrase);
  let guess = heard ? HEARD_IN_HEARING : classifyOrRead(doc, speaker.phrase, kind, memory, i, plain, speaker.reading);
  const apposed = speaker.appositive && classifySpeaker(doc, speaker.appositive, kind, memory);
  let last = speaker.phrase.end;
  // "The agency's director, Maria T. Lund, told": a person's name beats a description of their role.
  const roleOnly = guess?.source !== 'named' || guess.rule === 'attribution/named-role';
  if (speaker.appositive && apposed?.source === 'named' && roleOnly) {
    guess = apposed;
    last = speaker.appositive.end;
  }
  const ownView = kind === 'cognition' && firstPersonView(doc, speaker.phrase, i);
  if (!guess) return undefined;
  // fits() takes any speaker of a speech verb: only other verbs ask whether their complement is missing (verb-fit.ts).
  if (!heard && kind !== 'speech' && !fits(guess, kind, lacksComplement(doc, i, kind, s.endToken) && !closingComment(doc, speaker, i, kind), ownView)) return undefined;
  const stance = STANCE_VERBS.has(doc.tokens[i].lemma);
  if (stance && !takesSides(doc, guess, speaker.phrase) && !asksQuestion(doc, i)) return undefined;
  if (speaker.clause && isRelativeVerb(doc, speaker.clause) && STANCE_VERBS.has(doc.tokens[i].lemma)) return undefined;
  if (guess.source === 'pronoun' && guess.rule === 'attribution/pronoun') guess = sameSentenceName(guess, found);
  // "Critics, including Tom Reyes, said": the crowd's named examples are on record.
  if (guess.source === 'vague' && speaker.clause && listsExamples(doc, speaker.clause)) guess = examplesInClause(doc, speaker.clause) ?? guess;
  let first = speaker.order === 'before' ? speaker.phrase.first : i;
  // Only a single unnamed role can be an appositive of a name: "Sloan, banking analysts say," is no appositive.
  const apposable = guess.rule === 'attribution/unnamed-person' || guess.rule === 'attribution/definite-reference';
  const named = apposable && speaker.order === 'before' ? nameBefore(doc, speaker.phrase, s.firstToken, kind, memory) : undefined;
  if (named) {
    guess = named.guess;
    first = named.first;
  }
  // "A report published by the Harbour Trust said": the clause describing the document names who put it out.
  if (speaker.clause && speaker.reading === 'described') guess = withPublisher(doc, speaker.phrase, guess, i, memory, isDate).guess;
  const issuer = guess.source === 'document' && speaker.order === 'before' ? issuerOf(doc, s, speaker.phrase, isDate) : undefined;
  if (issuer) {
    first = issuer.first;
    guess = { ...guess, sourceName: phraseText(doc, issuer) };
  }
  const end = speaker.order === 'before' ? i + 1 : last;
  const extras = { ...(speaker.clause ? { clause: speaker.clause } : {}), ...(ownView ? { ownView } : {}) };
  return { first, end, guess: weighted(guess, kind), speaker: speaker.phrase, ...extras };
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** "A poll conducted by the university last week showed": a document described at length before its verb. */
function documentCue(doc: ParsedText, s: Sentence, i: number, kind: VerbKind, memory: Discourse, isDate: DateTest): Found | undefined {
  const lemma = doc.tokens[i].lemma;
  if (kind === 'cognition' || NEED_PARTICLE.has(lemma) || NEED_QUOTE.has(lemma) || VOICE_VERBS.has(lemma) || STANCE_VERBS.has(lemma)) return undefined;
  // "A letter sent to the board was described as": a passive's subject is what is reported on, not who reports.
  if (BE.has(doc.tokens[i - 1]?.lower ?? '')) return undefined;
  const described = describedDocument(doc, s, i, kind, memory);
  if (!described) return undefined;
  const { guess } = withPublisher(doc, described.phrase, described.guess, i, memory, isDate);
  return { first: described.phrase.first, end: i + 1, guess: weighted(guess, kind), speaker: described.phrase };
}

/** Verbs by which someone puts a document out: "the club put out a notice saying". */
const ISSUING_VERBS = new Set(['release', 'issue', 'send', 'put', 'post', 'publish', 'file', 'tweet', 'circulate', 'distribute']);

/** "The club put out a notice saying ...": who put out the document that speaks, when the sentence says. */
function issuerOf(doc: ParsedText, s: Sentence, documentPhrase: Phrase, isDate: DateTest): Phrase | undefined {
  let v = documentPhrase.first - 1;
  if (doc.tokens[v]?.lower === 'out') v--;
  const verb = doc.tokens[v];
  if (!verb || v < s.firstToken || verb.pos !== 'VERB' || !ISSUING_VERBS.has(verb.lemma)) return undefined;
  const issuer = findSpeaker(doc, v, s.firstToken, s.endToken, isDate);
  return issuer?.order === 'before' ? issuer.phrase : undefined;
}

/** The sentence with its start moved back over a wrong split ("Rep. Jane Roe (D-Md.) | said"), for speaker searches. */
function widened(doc: ParsedText, s: Sentence): Sentence {
  const floor = speakerFloor(doc, s.index);
  return floor < s.firstToken ? { ...s, firstToken: floor } : s;
}

/**
 * Finds cue-based attributions in one sentence, left to right, without overlaps. Speakers may be found before the
 * sentence when wink split it wrongly; that is checked only once the sentence shows a report verb.
 */
export function cueAttributions(doc: ParsedText, s: Sentence, memory: Discourse, isDate: DateTest): Found[] {
  const t = doc.tokens;
  let wide: Sentence | undefined;
  const label = speakerLabel(doc, s, memory);
  const found: Found[] = label ? [label] : [];
  // Made at the first addition (most sentences have none): the index reads nothing before addOrMerge or addIfFree
  // first syncs it, and that first sync reads the whole list from its start, so a later start knows the same.
  let ix: FoundIndex | undefined;
  for (let i = s.firstToken; i < s.endToken; i++) {
    // Most tokens can open no cue at all: one test spares them the four readers below (cue-gate.ts).
    if (!mayCue(t[i])) continue;
    const from = sourceCueStart(doc, s, i);
    if (from !== undefined) {
      const cue = nominalCue(doc, s, i, from, memory, isDate);
      if (cue.found) {
        if (ix === undefined) ix = newFoundIndex();
        addIfFree(found, cue.found, ix);
      }
      i = cue.resume;
      continue;
    }
    const kind = reportVerbAt(doc, i);
    let f: Found | undefined;
    if (kind) {
      wide ??= widened(doc, s);
      f = verbCue(doc, wide, i, kind, found, memory, isDate) ?? documentCue(doc, s, i, kind, memory, isDate);
    } else f = t[i].type === 'word' ? contentCue(doc, s, i, memory, isDate) : signatureAt(doc, s, i, memory);
    if (f) {
      if (ix === undefined) ix = newFoundIndex();
      addOrMerge(found, f, ix);
    }
  }
  return found;
}
