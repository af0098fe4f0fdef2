/**
 * The observable features of one sentence that decide whether it is a claim, what kind, and how much a
 * fact-checker would want to check it. Every feature is counted in one pass over the sentence's tokens.
 */
import {
  ACCUSATION_PHRASES,
  CAUSAL_PHRASES,
  CEREMONY_PHRASES,
  CONVERSATION_PHRASES,
  INTENT_PHRASES,
  OPINION_PHRASES,
  PREDICTION_PHRASES,
  PRESCRIPTION_PHRASES,
  RANKING_SCOPES,
} from '../../lexicon/claims-markers.ts';
import type { ParsedText, Sentence } from '../../nlp.ts';
import { isCapitalised } from '../../names/tokens.ts';
import { isSpokenQuoteMark, opensWithAddress } from './addressed.ts';
import { isAimedChange } from './aimed-change.ts';
import { isCommonAtStart } from './common-start.ts';
import { isStatedComparative } from './comparatives.ts';
import { aboutAnimals } from './animals.ts';
import { isDialledNumber } from './dialled.ts';
import { countEntities, entityTokens, IN_CLOCK_TIME, isInEntity } from './entity-counts.ts';
import { isEstimate, isEstimateAfter } from './estimate.ts';
import { isDesignation, isOccasionCount, isShare } from './figure-words.ts';
import { isFigurativeKill } from './figurative-kills.ts';
import { isAssertingQuestion, isOngoingAct, isPastStance, predictsBeyondFrames, prescribesBeyondFrames } from './frames.ts';
import { isScoreOrStanding, isStandingGap } from './scores.ts';
import { isInitialism } from './initials.ts';
import { isLifeFactDeath } from './life-fact.ts';
import { isTopicMention } from './mentions.ts';
import { isPresentStance } from './present-stance.ts';
import { isNamingParticiple } from './naming.ts';
import { isOwnMovement } from './own-movements.ts';
import { isPublicOwnedVerb, isPrivateActorVerb, touchesPublicSphere } from './private-acts.ts';
import { isPublicActorVerb } from './public-actors.ts';
import { joinWordInfo, mergePhraseLists } from './phrase-scan.ts';
import { gateWordInfo, phrasesAt } from './phrase-gate.ts';
import { isTimetable } from './schedule.ts';
import { isRecordAct } from './record-senses.ts';
import { isVerdict } from './verdict.ts';
import { isWordShare } from './word-shares.ts';
import { isZeroCount } from './zero-counts.ts';
import { isPastForm, isPerfect, isReportByOthers } from './verb-forms.ts';
import { isAdvantageSense, MARK, MARKED_WORDS } from './word-marks.ts';
import { hasDigit, NO_FACTS, type WordFacts, wordFactsReader } from './word-facts.ts';

/** What one sentence contains, as counts and flags. */
export interface SentenceFeatures {
  words: number;
  question: boolean;
  /** Figures: digits, amounts, percentages, magnitudes ("thousands"). Years and dates are counted in `dates`. */
  numbers: number;
  /** Small counts written as words ("two debates", "one of them"): weaker evidence of a statistic. */
  counts: number;
  /** A condition or hypothesis ("if", "would have"): the sentence imagines rather than reports. */
  conditional: boolean;
  /** An action on the public record ("voted", "vetoed", "cut taxes"). */
  record: boolean;
  /** Unspecified content ("something", "a lot of things"). */
  vague: boolean;
  /** A modal of possibility ("could", "might"). */
  modal: boolean;
  dates: number;
  /** Verbs in a past or perfect form ("voted", "has cut", "fought"). */
  past: number;
  /** Capitalised words after the first word: names of people, places, organisations. */
  names: number;
  firstPerson: boolean;
  /** "I", "I'm", "I've": the speaker alone, not a group the speaker speaks for ("we"). */
  firstPersonSingular: boolean;
  secondPerson: boolean;
  comparative: boolean;
  /** A superlative or a record ("the largest", "the poorest in our hemisphere", "highest ever"): a ranking one can check. */
  superlative: boolean;
  evaluative: number;
  causal: boolean;
  prediction: boolean;
  prescription: boolean;
  opinion: boolean;
  casualty: boolean;
  accusation: boolean;
  intent: boolean;
  routine: boolean;
  /** Thanks, welcome, congratulation: the sentence marks an occasion. */
  ceremony: boolean;
  /** Turns, time and questions ("you have two minutes", "let me ask you"): talk that runs the exchange. */
  conversation: boolean;
  /** "The county is raising taxes": a third party's act under way now, as observable as one done. */
  ongoing: boolean;
  /** "The senator opposes the runway": a third party's position held now, a whole claim however short. */
  stance: boolean;
  /** "has been", "have been": a state or result that has held up to now, a track record one can look up. */
  perfect: boolean;
  /** A field the statement covers ("in the world", "in our history", "the best ever"): it speaks for a whole country or era. */
  scope: boolean;
  /** An amount given with its precision ("nearly 40 percent", "at least 200", "almost all"): presented as measured. */
  estimate: boolean;
  /** Initials naming an organisation, agreement or programme ("NATO", "the FBI", "NAFTA"): a public body on record. */
  initials: boolean;
  /** Mentions of public matters ("taxes", "the border", "the courts"): policy and its effects, not private life. */
  publicMatters: number;
  /** "Her neighbour ordered a taxi": a past act whose doer is a private person, family or acquaintance. */
  privateActor: boolean;
  /**
   * "The company ignored the warnings", "Thousands marched", "the country's children gained", "the judge's cousin sat
   * on the jury": a past act of an institution, a profession, a crowd, a population, or a relative in public life.
   */
  publicActor: boolean;
  /** "Senator Lane, you voted for the levy": the sentence opens by addressing someone by title (addressed.ts). */
  addressed: boolean;
  /** "You called the plan, quote, a disaster": words read out from someone else, said aloud (addressed.ts). */
  readOut: boolean;
}

/** The phrase features, in the bit order of PHRASES; "scope" is a ranking's field ("in the world"). */
const PHRASE_FEATURES = ['causal', 'prediction', 'prescription', 'opinion', 'accusation', 'intent', 'ceremony', 'conversation', 'scope'] as const;
/** Each phrase feature's bit in the mask listsFound returns. */
const PHRASE_BIT = Object.fromEntries(PHRASE_FEATURES.map((key, bit) => [key, 1 << bit])) as Record<(typeof PHRASE_FEATURES)[number], number>;
const PHRASES = mergePhraseLists([
  CAUSAL_PHRASES, PREDICTION_PHRASES, PRESCRIPTION_PHRASES, OPINION_PHRASES, ACCUSATION_PHRASES, INTENT_PHRASES,
  CEREMONY_PHRASES, CONVERSATION_PHRASES, RANKING_SCOPES,
]);
/** A word's marks and the phrases it opens, by the next word (phrase-gate.ts), in one look-up per token. */
const WORD_INFO = gateWordInfo(joinWordInfo(MARKED_WORDS, PHRASES));
/** A word's entry in WORD_INFO, its digit and its approximator end, memoised per word (word-facts.ts). */
const wordFacts = wordFactsReader(WORD_INFO);

// The expressions read at every word live here, not inline: a regular expression literal makes a new object
// each time it is evaluated, once per word, which in a text's first analysis costs 3-6 times the test itself.
/** "I", "I'm", "I've", "I'd", "I'll": capitalised, but nobody's name. */
const CAPITAL_I = /^i(['’](m|ve|d|ll))?$/;
const SUPERLATIVE_ENDING = /est$/;

/** Computes a sentence's features; `entityFrom` is the index of the first entity that may lie inside it. */
export function sentenceFeatures(doc: ParsedText, s: Sentence, entityFrom: number): SentenceFeatures {
  const t = doc.tokens;
  const entities = countEntities(doc, s, entityFrom);
  const f: SentenceFeatures = {
    words: 0, question: false, numbers: entities.figures, counts: entities.counts, conditional: false,
    record: false, vague: false, modal: false,
    dates: entities.dates, past: 0, names: 0, firstPerson: false, firstPersonSingular: false,
    secondPerson: false, comparative: false, superlative: false, evaluative: 0, causal: false, prediction: false, prescription: false,
    opinion: false, casualty: false, accusation: false, intent: false, routine: false, publicMatters: 0, scope: false, perfect: false, ceremony: false,
    conversation: false, estimate: false, initials: false, ongoing: false, stance: false, privateActor: false, publicActor: false,
    addressed: opensWithAddress(t, s), readOut: false,
  };
  let measured = false;
  let change = false;
  let rate = false;
  let ranked = false;
  let rankingJudgements = 0;
  let reportedByOthers = false;
  let ownVoice = false;
  let phrases = 0;
  let before: WordFacts = NO_FACTS;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const tok = t[i];
    const facts = wordFacts(tok.lower);
    const info = facts.info;
    // The phrase lists are read at every token, punctuation included, until each has been found.
    if (info?.entries !== undefined && phrases !== PHRASES.all) phrases = phrasesAt(t, i, s.endToken, info, phrases);
    if (tok.text === '?') f.question = true;
    // Before the word test: an estimate's amount is often a number or a currency sign ("nearly 40", "some $3").
    // "about 7 p.m." is a schedule, not a measurement (the entity test last: most tokens fail the first).
    // isEstimate's first test (the token before ends an approximator) is read off the previous token's facts.
    const afterApproximator = before.approximatorEnd;
    before = facts;
    const estimate = !f.estimate && (i === s.firstToken ? isEstimate(t, i) : afterApproximator && isEstimateAfter(t, i));
    if (estimate && entityTokens(doc)[i] !== IN_CLOCK_TIME) f.estimate = true;
    if (tok.type !== 'word') continue;
    f.words++;
    const w = tok.lower;
    if (w === 'quote' && isSpokenQuoteMark(t, i)) f.readOut = true;
    const mark = info === undefined ? 0 : info.mark;
    // Magnitude words and digits outside a number entity ("thousands of jobs", "up 141percent").
    if ((mark & MARK.quantity && tok.pos !== 'NUM' && !isOccasionCount(t, i)) || (facts.digit && !isDesignation(w) && !isInEntity(doc, tok) && !isScoreOrStanding(t, i) && !isDialledNumber(t, i)))
      f.numbers++;
    if (isShare(t, i, mark) || ((w === 'half' || tok.pos === 'NUM') && isWordShare(t, i))) f.numbers++;
    // "Not a single pipe was replaced": a count of none is a figure one can check.
    if ((w === 'not' || w === 'no' || w === "n't" || w === 'n’t') && isZeroCount(t, i)) f.numbers++;
    // One word in sixteen carries a mark: the tests of a mark alone are skipped together for the others.
    if (mark !== 0) {
      if (mark & MARK.measured) measured = true;
      if (mark & MARK.rate) rate = true;
      // "Five cents", "three miles": a number word with its unit is a measurement, not a mere count.
      if (mark & MARK.unit && t[i - 1]?.pos === 'NUM' && isInEntity(doc, t[i - 1]) && !hasDigit(t[i - 1].text) && !isScoreOrStanding(t, i - 1))
        f.numbers++;
      // "Wages went up" reports a change; "to get the deficit down" and "a tax cut" only aim at one.
      if (mark & MARK.change && !isAimedChange(t, i)) change = true;
      if (mark & MARK.conditional) f.conditional = true;
      if (mark & MARK.vague) f.vague = true;
      if (mark & MARK.modal) f.modal = true;
    }
    // The tag first: it rules out most words without hashing the lemma.
    if (tok.pos === 'VERB' && isRecordAct(t, i)) f.record = true;
    // "She was against the war": a stance held before is on the record, as "she opposed the war" is.
    if ((w === 'against' || w === 'favor' || w === 'favour') && isPastStance(t, i)) {
      f.record = true;
      f.past++;
    }
    // "I met a nurse in Leeds": the speaker's own visits are life; "a card called X" names: neither is an act.
    // The tag first: the three verb tests below all answer no for a word that is no verb or adjective.
    const pos = tok.pos;
    const verbal = pos === 'VERB' || pos === 'AUX' || pos === 'ADJ';
    if (verbal && isPastForm(t, i)) {
      f.past += isOwnMovement(t, i) || isNamingParticiple(t, i) || isTopicMention(t, i) ? 0 : 1;
      if (isPrivateActorVerb(t, i)) f.privateActor = true;
      else if (isPublicActorVerb(t, i) || isPublicOwnedVerb(t, i)) f.publicActor = true;
    } else if (pos === 'VERB' && isPresentStance(t, i)) f.ongoing = f.stance = true;
    else if (pos === 'VERB' && !f.ongoing && isOngoingAct(t, i)) f.ongoing = true;
    if (w === 'been' && isPerfect(t, i)) f.perfect = true;
    // Only a report before the speaker has said anything of their own: "I think the senator told the truth" is
    // still the speaker's opinion.
    if (mark & MARK.firstPerson && tok.text[0] !== 'i') ownVoice = true;
    if (!ownVoice && pos === 'VERB' && isReportByOthers(t, i)) reportedByOthers = true;
    // "I" is capitalised but names nobody. A sentence's first word is capitalised anyway: it counts only when
    // wink reads it as a proper noun ("China is").
    const commonAtStart = i === s.firstToken && isCommonAtStart(doc, i, mark);
    const named = i > s.firstToken ? isCapitalised(tok) : tok.pos === 'PROPN' && !commonAtStart;
    if (named && !CAPITAL_I.test(w)) f.names++;
    if (named && !f.initials && isInitialism(t, i)) f.initials = true;
    if (mark & MARK.comparative || (pos === 'ADJ' && isStatedComparative(t, i))) f.comparative = true;
    if ((tok.pos === 'ADJ' && SUPERLATIVE_ENDING.test(w) && w.length > 5) || ((w === 'most' || w === 'least') && t[i + 1]?.pos === 'ADJ')) {
      f.comparative = true;
      f.superlative = true;
    }
    if (mark & MARK.ranking || f.superlative) ranked = true;
    if (mark === 0) continue;
    // "I" only as the capital pronoun: a lower-case "i" is part of a name ("Tehrik-i-Taliban").
    if (mark & MARK.firstPerson && tok.text[0] !== 'i') {
      f.firstPerson = true;
      if (tok.text[0] === 'I') f.firstPersonSingular = true;
    }
    if (mark & MARK.secondPerson) f.secondPerson = true;
    if (mark & MARK.evaluative && !isStandingGap(t, i)) {
      f.evaluative++;
      if (mark & MARK.ranking) rankingJudgements++;
    }
    if (mark & MARK.casualty && !aboutAnimals(t, i) && !isLifeFactDeath(t, i) && !isFigurativeKill(t, i)) f.casualty = true;
    if (mark & MARK.routine) f.routine = true;
    // A common noun only: "Bill Clinton" and "Trade Secretary" are names, not public matters; "the benefits of" gains.
    if (mark & MARK.publicMatter && (tok.pos === 'NOUN' || commonAtStart) && !isAdvantageSense(t, i)) f.publicMatters++;
  }
  // "The judge's cousin sat on the jury": a private person acting in public life is no private errand.
  if (f.privateActor && touchesPublicSphere(t, s.firstToken, s.endToken)) {
    f.privateActor = false;
    f.publicActor = true;
  }
  // "three police officers for every crime": a count per something is a rate, a statistic.
  if (rate && f.counts > 0 && f.numbers === 0) f.numbers = 1;
  // Field by field, not a loop over PHRASE_FEATURES: a store under a computed key is a slow, generic one.
  f.causal = (phrases & PHRASE_BIT.causal) !== 0;
  f.prediction = (phrases & PHRASE_BIT.prediction) !== 0;
  f.prescription = (phrases & PHRASE_BIT.prescription) !== 0;
  f.opinion = (phrases & PHRASE_BIT.opinion) !== 0;
  f.accusation = (phrases & PHRASE_BIT.accusation) !== 0;
  f.intent = (phrases & PHRASE_BIT.intent) !== 0;
  f.ceremony = (phrases & PHRASE_BIT.ceremony) !== 0;
  f.conversation = (phrases & PHRASE_BIT.conversation) !== 0;
  f.scope = (phrases & PHRASE_BIT.scope) !== 0;
  // "the worst harvest in recorded history": a ranking over a stated field is a record one can check.
  // There "worst" ranks rather than judges.
  if (ranked && f.scope) {
    f.comparative = f.superlative = true;
    f.evaluative -= rankingJudgements;
  }
  // "Do you know that the mill closed?" puts the closure forward; "I'll tell you, …" only announces the speaker.
  if (f.question && isAssertingQuestion(t, s)) f.question = false;
  if (f.prediction && !predictsBeyondFrames(t, s)) f.prediction = false;
  // "He should know that the council closed the pier in 2019": a duty only to know a reported fact asks for no act.
  if (f.prescription && (f.past > 0 || f.numbers > 0) && !prescribesBeyondFrames(t, s)) f.prescription = false;
  // "Mr. Lee says it's a bad deal", "the senator said we should cut taxes": a view or a call reported in
  // someone else's name is a claim about their position (did they say it?), not the speaker's own view.
  if (reportedByOthers) f.opinion = f.prescription = false;
  // "The jury found him guilty of fraud": a verdict on record, not an accusation.
  if (f.accusation && isVerdict(t, s)) f.accusation = false;
  // "The library will host a book sale on Saturday": a notice of an arranged day, not a forecast.
  if (f.prediction && isTimetable(t, s)) {
    f.prediction = false;
    f.routine = true;
  }
  // "Nurses' pay has gone down": a measured quantity and a change make a statistic without digits.
  // "Costs are going to go up" forecasts a change: nothing has been measured yet.
  // "I want to get the debt down" is the speaker's wish for a change: nothing has been measured either.
  if (measured && change && f.numbers === 0 && !f.prediction && !f.opinion) f.numbers = 1;
  return f;
}
