/**
 * Report verbs in an everyday sense that reports nothing, told apart by what follows them: "posted a profit" (a
 * result), "pitched seven innings" (baseball), "issued new shares" (finance), "charged down the wing" (a run) or
 * "charged a fee" (a price), "embraced his daughter" (a hug), "assumed control" (a post), "a charity called Harbour
 * Hope" (a name). "Posted on the forum that", "pitched the plan", "issued a warning", "charged that", "embraced the
 * proposal" and "assumed the bridge was safe" still report. Also "claimed victory" (won it), "adding to her lead"
 * (grew it), "declared bankruptcy" (an act), "called the police" (rang them up, in phone-calls.ts), "claimed
 * asylum" (applied for it), "commanded huge fees" (earned them), "backed down" (retreated) and "released the
 * hostages" (freed them); "speak" and "talk" are in speech-senses.ts, "boasts a pool" in senses/possession.ts. A
 * plea or a charge still reports: "pleaded guilty" is the accused's own word on record, and "was charged with
 * fraud after an audit" leaves unsaid who charged; a bare charge ending its sentence ("was charged with assault.")
 * is the legal act itself (agentless.ts).
 */
import { DOCUMENT_NOUNS } from '../../lexicon/sources-documents.ts';
import { SAYING_NOUNS } from '../../lexicon/sources-verbs.ts';
import { DETERMINERS, isMark, isPossessive, QUOTE_MARKS } from '../../names/tokens.ts';
import type { ParsedText, Token } from '../../nlp.ts';
import { boastsPossession } from '../../senses/possession.ts';
import { addedAfterWith } from './added-with.ts';
import { reachesDeal } from './agreements.ts';
import { concedesThing } from './conceded.ts';
import { callsSomeone } from './phone-calls.ts';
import { speechWithoutReport } from './speech-senses.ts';
import { handlesThing } from './things-shown.ts';
import { tellsAPlot } from './told-stories.ts';
import { saysNothing } from './unsaid.ts';

/** Per verb (lemma), the nouns whose arrival as its object makes the other sense. */
const OTHER_OBJECTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'post',
    new Set([
      ...['profit', 'profits', 'loss', 'losses', 'gain', 'gains', 'rise', 'fall', 'drop', 'decline', 'increase'],
      ...['jump', 'surge', 'slump', 'deficit', 'surplus', 'revenue', 'revenues', 'sales', 'earnings', 'growth'],
      ...['best', 'time', 'score', 'win', 'wins', 'victory', 'defeat', 'lead', 'bail', 'bond', 'margin', 'record'],
    ]),
  ],
  // "by admitting 400 more students", "admitted two patients": letting people in is no admission of anything.
  [
    'admit',
    new Set([
      ...['students', 'pupils', 'patients', 'members', 'applicants', 'refugees', 'migrants', 'immigrants', 'women'],
      ...['men', 'children', 'visitors', 'guests', 'fans', 'spectators', 'passengers', 'inmates', 'prisoners'],
    ]),
  ],
  // "assumed control of the port", "assumes office in May": taking up a post or a power is no belief.
  [
    'assume',
    new Set([
      ...['control', 'power', 'office', 'command', 'responsibility', 'responsibilities', 'role', 'duties'],
      ...['leadership', 'presidency', 'post', 'ownership'],
    ]),
  ],
  // Not "game": "pitched the game as a test" sells it.
  [
    'pitch',
    new Set(['innings', 'inning', 'shutout', 'no-hitter', 'tent', 'tents', 'camp', 'ball', 'balls', 'strikes']),
  ],
  [
    'issue',
    new Set([
      ...['shares', 'stock', 'bonds', 'bond', 'debt', 'tickets', 'passports', 'passport', 'licences'],
      ...['licenses', 'licence', 'license', 'permits', 'permit', 'visas', 'visa', 'fines', 'currency', 'coins'],
      ...['stamps', 'refunds', 'refund', 'invoices', 'loans', 'cards', 'uniforms'],
    ]),
  ],
  [
    'charge',
    new Set([
      ...['fee', 'fees', 'interest', 'rent', 'price', 'prices', 'premium', 'premiums', 'commission', 'tolls', 'toll'],
      ...['battery', 'batteries', 'phone', 'phones', 'percent', 'cents', 'dollars', 'pounds', 'euros'],
    ]),
  ],
  [
    'embrace',
    new Set([
      ...['daughter', 'son', 'wife', 'husband', 'mother', 'father', 'sister', 'brother', 'children', 'family'],
      // Not "her": "embraced her plan" takes a side.
      ...['friend', 'friends', 'teammate', 'teammates', 'coach', 'him', 'them', 'me', 'us', 'each'],
    ]),
  ],
]);

/** Words after "charged" that make it a run: "charged down the wing", "charged into the crowd". */
const DIRECTIONS = new Set([
  ...['down', 'up', 'into', 'through', 'toward', 'towards', 'forward', 'ahead', 'across', 'past', 'onto'],
]);

/** Tags of the words that may stand between the verb and its object's head: "posted a 4 percent rise". */
const BEFORE_HEAD = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADV', 'NOUN', 'PROPN', 'SYM']);

/** Verbs that give something its name: "a charity called Harbour Hope", "a scheme dubbed “Operation Tide”". */
const NAMING = new Set(['call', 'dub', 'term', 'label', 'brand']);

/**
 * "A charity called Harbour Hope opened", "His group, called the Harbour Fund, will": a naming participle after a
 * noun, then the name, then the sentence's own verb (or the comma closing the aside). "Okafor called Hale a liar"
 * and "The mayor called Hale on Monday" have no verb after the name: there the subject calls.
 */
function namesSomething(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (!NAMING.has(t[i].lemma) || !t[i].lower.endsWith('ed')) return false;
  const noun = t[i - 1]?.text === ',' ? t[i - 2] : t[i - 1];
  if (noun?.pos !== 'NOUN' && noun?.pos !== 'PROPN') return false;
  let k = i + 1;
  if (t[k]?.lower === 'the') k++;
  const nameStart = k;
  while (t[k] && (/^\p{Lu}/u.test(t[k].text) || isMark(t[k], QUOTE_MARKS))) k++;
  if (k === nameStart) return false;
  return t[i - 1].text === ',' ? isMark(t[k], ',') : t[k]?.pos === 'VERB' || t[k]?.pos === 'AUX';
}

/** True when the report verb at i is used in its everyday sense, judged by the object (or the direction) after it. */
export function otherSense(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (namesSomething(doc, i) || callsSomeone(doc, i)) return true;
  const objects = OTHER_OBJECTS.get(t[i].lemma);
  if (!objects) return false;
  if (t[i].lemma === 'charge' && DIRECTIONS.has(t[i + 1]?.lower ?? '')) return true;
  // "charged $40": a sum is a price ("charged two bankers with fraud" is not).
  if (t[i].lemma === 'charge' && t[i + 1]?.pos === 'SYM') return true;
  for (let k = i + 1; k <= i + 5 && t[k]; k++) {
    if (objects.has(t[k].lower)) return true;
    if (!BEFORE_HEAD.has(t[k].pos)) return false;
  }
  return false;
}

/** What one claims when one wins it: "claimed victory", "claims the title", "claiming a third seat". */
const PRIZES = new Set([
  ...['victory', 'victories', 'win', 'wins', 'title', 'titles', 'seat', 'seats', 'prize', 'crown', 'trophy', 'cup'],
  ...['medal', 'medals', 'gold', 'silver', 'bronze', 'goal', 'goals', 'championship', 'pole', 'point', 'points', 'lead'],
  // "The fire claimed the life of a volunteer", "claimed three victims": a death, not a statement.
  ...['life', 'lives', 'victims'],
]);
/** Particles that make "back" a retreat: "backed down", "backed off", "backed out", "backed away". */
const RETREATS = new Set(['down', 'off', 'out', 'away']);
/** What one claims as an entitlement: "claimed asylum", "claims benefits", "claim a refund", "claiming expenses". */
const ENTITLEMENTS = new Set([
  ...['asylum', 'benefits', 'benefit', 'residency', 'refund', 'refunds', 'expenses', 'compensation', 'damages'],
  ...['allowance', 'allowances', 'pension', 'rebate', 'rebates', 'relief', 'citizenship', 'sanctuary'],
]);
/** What is declared by an act rather than a statement: "declared bankruptcy", "declared martial law". */
const DECLARED_ACTS = new Set(['bankruptcy', 'insolvency', 'war', 'independence', 'martial', 'emergency']);
/** Tags of the words that may stand between "claimed" and the prize: "claimed her third victory" (wink tags "first" ADV). */
const PRIZE_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADV']);

/**
 * Report verbs in a sense that reports nothing: "claimed a victory" (won it), "is adding to her lead", "added two
 * players" (grew it), "Additional reporting by" (a credit line), "declared bankruptcy" (an act).
 */
export function notReporting(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const lemma = t[i].lemma;
  if (otherSense(doc, i) || speechWithoutReport(doc, i) || boastsPossession(doc, i) || handlesThing(doc, i) || reachesDeal(doc, i) || tellsAPlot(doc, i) || concedesThing(doc, i) || saysNothing(doc, i)) return true;
  // "adding to her lead", "added to the pressure": only a tally or a burden grows; "she added to reporters" and
  // "Ruiz added to the BBC" still report, so the object decides (and never right after a quotation).
  if (lemma === 'add') {
    if (isMark(t[i - 1], `,${QUOTE_MARKS}`)) return false;
    if (addedAfterWith(doc, i)) return true;
    return (t[i + 1]?.lower === 'to' && growsTally(doc, i + 2)) || addsCount(doc, i) || addsThing(doc, i);
  }
  if (lemma === 'speculate') return tradesOn(doc, i);
  if (lemma === 'report') return t[i].lower === 'reporting' && t[i + 1]?.lower === 'by';
  // "declared bankruptcy", "declared war", "declared a state of emergency": an act in law, no words reported.
  if (lemma === 'declare') {
    return DECLARED_ACTS.has(t[i + 1]?.lower ?? '') || (t[i + 1]?.lower === 'a' && t[i + 2]?.lower === 'state');
  }
  // "directed the jury to acquit", "directed that the files be released" give an order; "a film directed by
  // Lena Park", "traffic was directed away" report nothing.
  if (lemma === 'direct') return !ordersNearby(doc, i);
  // "commanded huge fees", "commands respect": earned or held; "commanded the troops to withdraw" is an order.
  if (lemma === 'command') return !ordersNearby(doc, i);
  // "the council backed down", "backed off", "backed out of the deal": a retreat, no stance.
  if (lemma === 'back') return RETREATS.has(t[i + 1]?.lower ?? '');
  // "panned for gold", "the camera panned across", "never panned out": only "panned the plan" or "panned by" reviews.
  if (lemma === 'pan') return t[i + 1]?.pos === 'ADP' && t[i + 1].lower !== 'by';
  // "released its annual report", "released 1,100 pages of emails" publish; "released the hostages" frees them.
  if (lemma === 'release') return !releasesRecord(doc, i);
  if (lemma !== 'claim') return false;
  // "claimed asylum", "claiming benefits", "claim a refund": an entitlement applied for, not a statement.
  if (ENTITLEMENTS.has(t[i + 1]?.lower ?? '') || (DETERMINERS.has(t[i + 1]?.lower ?? '') && ENTITLEMENTS.has(t[i + 2]?.lower ?? ''))) return true;
  // "claimed victory", "claims the title", "claiming his third victory": skip a determiner and up to two modifiers.
  for (let k = i + 1; k <= i + 4 && t[k]?.type === 'word'; k++) {
    if (PRIZES.has(t[k].lower)) return true;
    if (!DETERMINERS.has(t[k].lower) && !isPossessive(t[k]) && !PRIZE_MODIFIERS.has(t[k].pos)) return false;
  }
  return false;
}

/** Pieces of a release counted out: "1,100 pages of emails", "a batch of records". */
const PORTIONS = new Set(['pages', 'batch', 'set', 'trove', 'cache', 'copy', 'copies', 'excerpts', 'summary']);

/** True when a document, or pages of one, is the object of "release" at i: "released its report", "released pages of emails". */
function releasesRecord(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  for (let k = i + 1; k <= i + 6 && t[k] && t[k].sentence === t[i].sentence; k++) {
    // "released a statement saying", "released figures showing": the document speaks and names its issuer itself.
    if (DOCUMENT_NOUNS.has(t[k].lower)) return !(t[k + 1]?.pos === 'VERB' && t[k + 1].lower.endsWith('ing'));
    // "1,100 pages of emails": a portion is released only of a document ("a copy of the film" goes to cinemas).
    if (PORTIONS.has(t[k].lower)) return t[k + 1]?.lower === 'of' && releasesRecord(doc, k + 1);
    // "more than 1,100 pages": a count before the pages.
    if (t[k].lower === 'than') continue;
    if (!DETERMINERS.has(t[k].lower) && !isPossessive(t[k]) && !PRIZE_MODIFIERS.has(t[k].pos) && !TALLY_MODIFIERS.has(t[k].pos)) return false;
  }
  return false;
}

/** True when an order's "to" or "that" follows the verb at i within a few words of its sentence. */
function ordersNearby(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  for (let k = i + 1; k <= i + 8 && t[k] && t[k].sentence === t[i].sentence; k++) {
    if (t[k].lower === 'to' || t[k].lower === 'that') return true;
  }
  return false;
}

/** Ordinals a count grows by ("added a second goal"), and the words that open one ("added her third"). */
const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
const COUNT_OPENERS = new Set(['a', 'another', 'the', 'her', 'his', 'their', 'its', 'our', 'my', 'your']);

/**
 * True when "add" at i takes a count as its object: "added two new players", "added 40 jobs", "added a third
 * goal", "added another 12 points". A number grows; nothing is said ("added that ...", "added a warning" still report).
 */
function addsCount(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const next = t[i + 1];
  if (next?.pos === 'NUM' || next?.type === 'number') return true;
  const after = t[i + 2];
  const counted = after !== undefined
    && (ORDINALS.has(after.lower) || /^\d+(st|nd|rd|th)$/.test(after.lower) || after.pos === 'NUM' || after.type === 'number');
  return COUNT_OPENERS.has(next?.lower ?? '') && counted;
}

/** What "added to" makes bigger rather than tells: "added to her lead", "adding to the pressure on the mayor". */
const GROWN = new Set([
  ...['lead', 'tally', 'total', 'count', 'score', 'advantage', 'haul', 'record', 'collection', 'list', 'pressure'],
  ...['burden', 'woes', 'problems', 'troubles', 'concerns', 'fears', 'tension', 'tensions', 'confusion', 'momentum', 'debt', 'costs'],
  // Things counted up as they are won or lost: "adding to his wins", "added to their points".
  ...['wins', 'gains', 'losses', 'winnings', 'seats', 'points', 'goals', 'medals', 'titles', 'savings'],
]);
/** Tags of the nouns and names that may modify a tally: "her points lead", "his World Cup goals". */
const TALLY_MODIFIERS = new Set(['NOUN', 'PROPN', 'NUM']);

/** True when the noun phrase from token k (after "to") is a tally or a burden: a determiner and modifiers, then a GROWN noun. */
function growsTally(doc: ParsedText, k: number): boolean {
  const t = doc.tokens;
  // "adding to her points lead", "added to his World Cup goals": nouns and names may modify the head.
  for (let j = k; j <= k + 4 && (t[j]?.type === 'word' || t[j]?.type === 'number'); j++) {
    if (GROWN.has(t[j].lower)) return true;
    // "added to the report that costs rose": "that" opens what was added, not the tally.
    if (t[j].lower === 'that') return false;
    if (!DETERMINERS.has(t[j].lower) && !isPossessive(t[j]) && !PRIZE_MODIFIERS.has(t[j].pos) && !TALLY_MODIFIERS.has(t[j].pos)) return false;
  }
  return false;
}

/** Nouns for what is said or stood for, so "added a note", "added her voice" still report. */
const SAID_OBJECTS = new Set(['note', 'caveat', 'detail', 'details', 'word', 'words', 'voice', 'support', 'backing', 'name', 'thanks']);

/** True when token k can stand in a plain noun phrase before its head: a determiner, an adjective, a noun or a possessive mark. */
function inObjectPhrase(t: readonly Token[], k: number): boolean {
  return t[k] !== undefined && ((BEFORE_HEAD.has(t[k].pos) && t[k].pos !== 'PRON') || isPossessive(t[k]));
}

/**
 * "The hotel added a rooftop restaurant", "The walnuts added a pleasant crunch": "add" with a plain noun phrase as
 * its object, and no verb after it, puts a thing in (or on); nothing is said. "He added the plan would fail" (a
 * clause: a verb follows), "added that", "added a warning" and "added her voice" still report.
 */
function addsThing(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i + 1]?.lower === 'that' || !inObjectPhrase(t, i + 1)) return false;
  let k = i + 1;
  while (k - i < 5 && inObjectPhrase(t, k + 1)) k++;
  const head = t[k];
  const after = t[k + 1];
  if (head.pos !== 'NOUN' || SAYING_NOUNS.has(head.lower) || SAID_OBJECTS.has(head.lower)) return false;
  return after === undefined || after.sentence !== head.sentence || (after.pos !== 'VERB' && after.pos !== 'AUX' && after.lower !== 'that');
}

/** What is bought and sold in a market: "speculate on the price of oil", "speculating in property". */
const TRADED = new Set([
  ...['price', 'prices', 'shares', 'stock', 'stocks', 'currency', 'currencies', 'oil', 'gold', 'silver', 'property'],
  ...['land', 'housing', 'commodities', 'futures', 'bonds', 'bitcoin', 'crypto', 'market', 'markets', 'pound'],
  ...['dollar', 'euro', 'yen', 'grain', 'wheat', 'metals', 'copper', 'gas'],
]);

/** True when "speculate" at i is trading: "on" or "in" and a traded good ("speculate on whether ..." still guesses). */
function tradesOn(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i + 1]?.lower !== 'on' && t[i + 1]?.lower !== 'in') return false;
  for (let k = i + 2; k <= i + 5 && t[k]?.type === 'word'; k++) {
    if (TRADED.has(t[k].lower)) return true;
    if (!DETERMINERS.has(t[k].lower) && !isPossessive(t[k]) && !PRIZE_MODIFIERS.has(t[k].pos) && !TALLY_MODIFIERS.has(t[k].pos)) return false;
  }
  return false;
}
