/**
 * Agentless attributions: "it is believed that", "is widely seen as", "there are reports that",
 * "reportedly". They pass information on while saying that nobody in particular is behind it.
 */
import { AGENTLESS_ADVERBS, AGENTLESS_PHRASES, APPEARANCE_PHRASES, HOLDING_VERBS, LABEL_PHRASES, OWNERLESS_PHRASES } from '../../lexicon/sources-agentless.ts';
import { AGENTLESS_PARTICIPLES } from '../../lexicon/sources-verbs.ts';
import type { ParsedText, Sentence, Token } from '../../nlp.ts';
import type { Phrase } from '../../names/phrase.ts';
import { isCapitalised, isPossessive } from '../../names/tokens.ts';
import { opensDescription } from './comma-phrase.ts';
import { framePlaced } from './frame-place.ts';
import { BE as RANKING_BE, calledRankingAt, notAJudgement } from './credits.ts';
import { hasNotIs } from './passive.ts';
import { knownForYearsAs, refusesLabel } from './names-in-use.ts';
import { compilePatterns, findPatterns } from './patterns.ts';
import { givesName, mereStanding } from './standing.ts';
import { MONTHS, WEEKDAYS } from '../../names/words.ts';

const PHRASES = compilePatterns(AGENTLESS_PHRASES);
const APPEARANCES = compilePatterns(APPEARANCE_PHRASES);
const OWNERLESS = compilePatterns(OWNERLESS_PHRASES);
const LABELS = compilePatterns(LABEL_PHRASES);
/** Words before a noun that say whose belief or report it is: "his claims that". */
const OWNERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const EXPLETIVE_BE = new Set(['is', 'was', "'s", 'has', 'had', 'been', 'be', 'being', 'will', 'would', 'could', 'may', 'might', 'can']);

/** One agentless attribution: its token range and the rule that found it. */
export interface AgentlessMatch extends Phrase {
  rule:
    | 'attribution/agentless-passive'
    | 'attribution/agentless-adverb'
    | 'attribution/agentless-phrase'
    | 'attribution/agentless-speech'
    | 'attribution/agentless-appearance'
    | 'attribution/agentless-noun';
}

/** "it is (widely) believed": expletive "it", a form of "be", optional adverbs, and a hearsay participle. */
function expletiveAt(doc: ParsedText, i: number, end: number): number {
  const t = doc.tokens;
  if (t[i].lower !== 'it') return -1;
  let k = i + 1;
  while (k < end && k - i <= 4 && (EXPLETIVE_BE.has(t[k].lower) || t[k].pos === 'ADV')) k++;
  if (k === i + 1 || k >= end || !AGENTLESS_PARTICIPLES.has(t[k].lower)) return -1;
  // "it was said" needs "that" or a comma or the sentence end after it; "it was seen by millions" is no hearsay.
  const next = t[k + 1];
  if (next && next.lower === 'by') return -1;
  return k + 1;
}

/** Forms of "be" and "get" that make a following participle passive: "was asked", "got criticised". */
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'get', 'gets', 'got', 'gotten', 'getting']);

/**
 * Speech verbs whose passive still reports words someone spoke: "was announced", "was asked", "were warned", "was
 * dubbed". Other speech verbs are left out because their passive reads as a state or an act ("was stressed", "is
 * assured of winning", "the request was denied", "is guaranteed").
 */
const HEARSAY_PASSIVES = new Set([
  'announce', 'ask', 'tell', 'brief', 'inform', 'notify', 'warn', 'reveal', 'declare', 'quote', 'dub', 'label',
  'brand', 'term', 'nickname', 'claim', 'allege', 'predict', 'promise', 'propose', 'recommend', 'urge', 'report',
  'describe', 'characterise', 'characterize', 'mention', 'cite', 'accuse', 'charge', 'confirm', 'rumour', 'rumor',
  'tout', 'hail', 'criticise', 'criticize', 'condemn', 'praise', 'blame', 'question', 'leak',
]);

/**
 * "Symbolic gestures were announced", "the senator was asked about the vote": a speech verb in the passive with
 * no "by" after it. Someone announced or asked, and the sentence does not say who. Returns the phrase's end.
 */
function speechPassiveAt(doc: ParsedText, i: number, end: number): number {
  const t = doc.tokens;
  // "the mayor's claims": a possessive "'s" is no form of "be".
  if (!PASSIVE_AUXILIARIES.has(t[i].lower) || isPossessive(t[i]) || (t[i].lower === "'s" && t[i].pos === 'PART')) return -1;
  let k = i + 1;
  while (k < end && k - i <= 3 && t[k].pos === 'ADV') k++;
  const verb = t[k];
  if (k >= end || verb.lower === verb.lemma || /(ing|s)$/.test(verb.lower) || verb.type !== 'word') return -1;
  if (!HEARSAY_PASSIVES.has(verb.lemma)) return -1;
  // "Lind was quoted as saying": the words are Lind's own; the "saying" after it reports them, named.
  if (verb.lemma === 'quote' && t[k + 1]?.lower === 'as') return -1;
  // "The man was charged with assault.": a charge laid in law, and nothing more told, is the police's act, not words.
  if (verb.lemma === 'charge' && t[k + 1]?.lower === 'with' && chargeEndsSentence(t, k + 2, end)) return -1;
  // "was criticised by the mayor" names its agent; the cue detector reads that one.
  return t[k + 1]?.lower === 'by' ? -1 : k + 1;
}

/** True when the words from k to the sentence's end are one plain noun phrase: "with assault.", "with criminal damage." */
function chargeEndsSentence(t: readonly Token[], k: number, end: number): boolean {
  while (k < end && (t[k].pos === 'NOUN' || t[k].pos === 'ADJ' || t[k].pos === 'CCONJ')) k++;
  return k >= end || t[k].text === '.';
}

/**
 * True when the noun at k is a verb here ("the company claims that"), has an owner ("Okafor's fears that"), or is
 * the object of a verb whose subject holds or voices it ("he had high hopes that", "she voiced concerns that").
 */
function hasOwner(doc: ParsedText, k: number): boolean {
  const t = doc.tokens;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && (t[j].pos === 'ADJ' || t[j].pos === 'DET' || t[j].pos === 'ADV')) j--;
  const before = t[j];
  // "resigned in (the) hope that" is the subject's own hope, a purpose.
  if (before?.lower === 'in' && t[k].lemma === 'hope') return true;
  // "despite (the) earlier claims that": wink may tag the noun a verb, but after an article or a preposition it is one.
  const nounSlot = before?.pos === 'ADP' || (j < k - 1 && t[j + 1].pos === 'DET');
  if ((t[k].pos === 'VERB' || t[k].pos === 'AUX') && !nounSlot) return true;
  if (before === undefined) return false;
  // "The ad names Lind and claims that": after "and", a word like "claims" is the second verb of one subject.
  if (HOLDING_VERBS.has(before.lemma) || (j === k - 1 && before.pos === 'CCONJ')) return true;
  const adjacent = t[k - 1];
  return isPossessive(adjacent) || OWNERS.has(adjacent.lower) || isCapitalised(adjacent);
}

/**
 * "the claim that he made", "the allegations that Lind denied": after "that", a short subject and a verb that makes,
 * denies or repeats a claim, so "that" is the verb's object and the clause says who holds the claim, not what it is.
 */
function madeClaim(t: readonly Token[], k: number, end: number): boolean {
  let v = k;
  while (v < end && v - k < 3 && ['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ'].includes(t[v].pos)) v++;
  if (v === k || v >= end) return false;
  if (t[v].pos === 'AUX' && t[v + 1]?.pos === 'VERB') v++;
  return t[v].pos === 'VERB' && HOLDING_VERBS.has(t[v].lemma);
}

/** A person's certainty: "to be sure of", "to be certain that" say what the one acting wanted, not a verdict. */
const AIMED_CERTAINTY = new Set(['sure', 'certain', 'confident']);

/**
 * "were held to be exchanged later": "held to be" before a participle keeps someone for a purpose, judging nothing;
 * so does "The referendum was held to be sure of public support" (an event held so its organisers could be sure).
 * "The vote was held to be fair" and "was held to be certain" alone still judge.
 */
function heldForLater(t: readonly Token[], end: number): boolean {
  const next = t[end];
  if (t[end - 3]?.lower !== 'held') return false;
  if (AIMED_CERTAINTY.has(next?.lower ?? '') && (t[end + 1]?.lower === 'of' || t[end + 1]?.lower === 'that')) return true;
  return next?.pos === 'VERB' && next.lower !== next.lemma && /(ed|en)$/.test(next.lower);
}

/** Things one keeps rather than notices: holidays, rites, rules and truces are "observed" as a custom is kept. */
const OBSERVANCES = new Set([
  ...['holiday', 'holidays', 'festival', 'festivals', 'feast', 'fast', 'sabbath', 'tradition', 'traditions', 'custom'],
  ...['customs', 'rite', 'rites', 'ritual', 'rituals', 'silence', 'ceasefire', 'truce', 'curfew', 'rule', 'rules'],
  ...['anniversary', 'day', 'week', 'month', 'ramadan', 'lent', 'passover', 'diwali', 'christmas', 'easter'],
]);
/** Days and months that date a keeping: "observed on the first Monday in May", "observed every March". */
const DATES = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  ...['day', 'weekend'],
]);

/**
 * "The holiday is commonly observed on the first Monday in May": a custom kept, no pattern noticed. The thing kept
 * stands before the verb, or a day follows it. "Such flaws are often observed in older bridges" still notices one.
 */
function keepsCustom(t: readonly Token[], m: { first: number; end: number }): boolean {
  if (t[m.end - 1]?.lower !== 'observed') return false;
  if (OBSERVANCES.has(t[m.first - 1]?.lower ?? '')) return true;
  if (!['on', 'every', 'each', 'in'].includes(t[m.end]?.lower ?? '')) return false;
  for (let k = m.end + 1; k <= m.end + 4 && t[k]; k++) if (DATES.has(t[k].lower)) return true;
  return false;
}

/** The participle after the form of "be" at k, past one adverb: "'s (long) said". */
function participleAfter(t: readonly Token[], k: number): number {
  return t[k + 1]?.pos === 'ADV' ? k + 2 : k + 1;
}

/** Tags that open a noun phrase after "appeared to": "to the crowd", "to reporters", "to huge applause" (an
 * adjective before a noun); "to either be" is a verb's. */
const PLACE_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'NUM']);

/** Adverbs of frequency that make an observing general, and what is observed: "often observed", "commonly noted". */
const FREQUENCIES = new Set(['often', 'commonly', 'frequently', 'sometimes', 'usually', 'typically', 'repeatedly']);
const OBSERVED = new Set(['observed', 'noted', 'remarked']);
const PLAIN_BE = new Set(['is', 'are', 'was', 'were']);

/**
 * "Often mistakes are observed in drafts": the frequency adverb fronted before the subject, as "mistakes are often
 * observed" already reads. Only a short noun phrase between them ("Often cracks in the wall are noted"), no comma.
 * Returns the end of the participle, or -1.
 */
function frontedFrequency(t: readonly Token[], s: Sentence): number {
  if (!FREQUENCIES.has(t[s.firstToken].lower)) return -1;
  for (let k = s.firstToken + 1; k < s.endToken && k <= s.firstToken + 7; k++) {
    if (PLAIN_BE.has(t[k].lower)) return OBSERVED.has(t[k + 1]?.lower ?? '') && t[k + 2]?.lower !== 'by' && k > s.firstToken + 1 ? k + 2 : -1;
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM'].includes(t[k].pos)) return -1;
  }
  return -1;
}

/**
 * The words that can open one of the per-word readings of findAgentless's last loop: an agentless adverb, the "it"
 * of expletiveAt, the "being" of refusesLabel, a form of "be" or "get" for speechPassiveAt, and the "be" of
 * calledRankingAt. Each of those answers no for any other word, so a word outside this set skips all four.
 * Exported for tests/engine/gates-attribution.test.ts alone, which opens the gate to check that claim.
 */
export const WORD_CHECK_STARTS: ReadonlySet<string> = new Set([...AGENTLESS_ADVERBS, 'it', 'being', ...PASSIVE_AUXILIARIES, ...RANKING_BE]);

/** Nouns of a reckoning after "by some": "by some accounts", "by one estimate" (also a bank's, a sum's). */
const RECKONINGS = new Set(['accounts', 'account', 'estimates', 'estimate', 'reckonings', 'reckoning', 'calculations', 'calculation']);

/** Finds the agentless attributions of one sentence, in order. */
export function findAgentless(doc: ParsedText, s: Sentence): AgentlessMatch[] {
  const t = doc.tokens;
  // One loop, not a chain of filters and a map: four arrays per sentence, made even when nothing matched. The tests
  // only read the document, so asking them match by match instead of filter by filter answers the same.
  const found: AgentlessMatch[] = [];
  const phrases = findPatterns(t, s.firstToken, s.endToken, PHRASES);
  for (let p = 0; p < phrases.length; p++) {
    const m = phrases[p];
    // "was criticised by the mayor" names its agent: that is not agentless; "she's said that" is "she has said";
    // "is also known as" names; "under the act ... is deemed" applies a rule.
    if (!(t[m.end]?.lower !== 'by' && !hasNotIs(t, m.first, participleAfter(t, m.first)) && !mereStanding(doc, s, m))) continue;
    // "compared with its sequel in the review by Ana Ortiz" names its comparer; "credited as a co-author" credits.
    if (!(!notAJudgement(doc, s, m) && !heldForLater(t, m.end) && !keepsCustom(t, m) && !knownForYearsAs(t, m.end))) continue;
    // "made by several accounts linked to", "set by one calculation error": a reckoning only where set off as a frame.
    if (!(!RECKONINGS.has(t[m.end - 1].lower) || t[m.first + 1].lower === 'all' || framePlaced(t, s, m.first, m.end - 1, true))) continue;
    // ", reported to be worth": the comma only tells the pattern that nobody stands before the participle.
    found.push({ first: t[m.first].text === ',' ? m.first + 1 : m.first, end: m.end, rule: 'attribution/agentless-phrase' });
  }
  const appearances = findPatterns(t, s.firstToken, s.endToken, APPEARANCES);
  for (let p = 0; p < appearances.length; p++) {
    const m = appearances[p];
    // "The Pope appeared to the crowd": "to" read as a preposition before a noun is where one showed up.
    const opener = t[m.end]?.pos === 'ADJ' && t[m.end + 1]?.pos === 'NOUN' ? 'NOUN' : (t[m.end]?.pos ?? '');
    if (t[m.end - 1].lower === 'to' && t[m.end - 1].pos === 'ADP' && PLACE_OPENERS.has(opener)) continue;
    found.push({ first: m.first, end: m.end, rule: 'attribution/agentless-appearance' });
  }
  const ownerless = findPatterns(t, s.firstToken, s.endToken, OWNERLESS);
  for (let p = 0; p < ownerless.length; p++) {
    const m = ownerless[p];
    // "news that rattled the market": a "that" followed by its verb opens a relative clause, not the news itself.
    const relative =
      t[m.end - 1].lower === 'that' && (t[m.end]?.pos === 'VERB' || t[m.end]?.pos === 'AUX' || madeClaim(t, m.end, s.endToken));
    if (!relative && !hasOwner(doc, m.first)) found.push({ first: m.first, end: m.end, rule: 'attribution/agentless-noun' });
  }
  const labels = findPatterns(t, s.firstToken, s.endToken, LABELS);
  for (let p = 0; p < labels.length; p++) {
    const m = labels[p];
    // ", seen as": the comma only tells the pattern that nobody stands before the participle; it is not highlighted.
    const first = t[m.first].text === ',' ? m.first + 1 : m.first;
    // "the bridge known as the Iron Span": a name is no view.
    if ((first > m.first && !opensDescription(doc, m.first)) || givesName(doc, m)) continue;
    found.push({ first, end: m.end, rule: 'attribution/agentless-noun' });
  }
  for (let i = s.firstToken; i < s.endToken; i++) {
    // Most words open none of the readings below: one look-up spares four calls per word.
    if (!WORD_CHECK_STARTS.has(t[i].lower)) continue;
    if (AGENTLESS_ADVERBS.has(t[i].lower)) found.push({ first: i, end: i + 1, rule: 'attribution/agentless-adverb' });
    const end = expletiveAt(doc, i, s.endToken);
    if (end > 0) found.push({ first: i, end, rule: 'attribution/agentless-passive' });
    // "resist being termed folk bands": the subject turns a label down, no judge is hidden.
    const passive = end > 0 || refusesLabel(t, i) ? -1 : speechPassiveAt(doc, i, s.endToken);
    if (passive > 0) found.push({ first: i, end: passive, rule: 'attribution/agentless-speech' });
    const ranking = calledRankingAt(doc, i, s.endToken);
    if (ranking > 0) found.push({ first: i, end: ranking, rule: 'attribution/agentless-phrase' });
  }
  const fronted = frontedFrequency(t, s);
  if (fronted > 0) found.push({ first: s.firstToken, end: fronted, rule: 'attribution/agentless-phrase' });
  // A list of none or one is in order already (sort would only allocate its work space).
  return found.length < 2 ? found : found.sort((a, b) => a.first - b.first);
}
