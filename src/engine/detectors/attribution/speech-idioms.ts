/**
 * Idioms of "make" that report speech: "made it clear that", "made clear that", "made the case that", "is making an
 * impassioned case to voters that"; and "took issue with", an objection voiced.
 */
import type { VerbKind } from '../../lexicon/sources-verbs.ts';
import { isMark } from '../../names/tokens.ts';
import type { ParsedText } from '../../nlp.ts';
import { heldView } from './held-views.ts';

/** "made it clear that", "made clear that", "made the case that": "make" with these words reports speech. */
export function speechIdiom(doc: ParsedText, i: number): VerbKind | undefined {
  if (doc.tokens[i].lemma !== 'make') return wordsGiven(doc, i) ? 'speech' : undefined;
  const next = (k: number) => doc.tokens[i + k]?.lower;
  const clear = next(1) === 'clear' ? 2 : next(1) === 'it' && next(2) === 'clear' ? 3 : 0;
  if (clear > 0 && (next(clear) === 'that' || isMark(doc.tokens[i + clear], ':,'))) return 'speech';
  return makesTheCase(doc, i) || makesOwnViewClear(doc, i) || makesMention(doc, i) || wordsGiven(doc, i) ? 'speech' : undefined;
}

/**
 * Verbs that report speech with a noun of words as their object: "made similar comments", "offered his
 * congratulations", "sounded a cautious note", "delivered a forceful promise", "gave a speech", "voiced concern".
 * Each verb takes only its own nouns: "made a note" (wrote one down), "offered support" (lent it), "gave a warning
 * look" (the noun is "look") and "delivered the goods" report nothing.
 */
const WORDS_GIVEN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['make', new Set([
    ...['comment', 'comments', 'remark', 'remarks', 'statement', 'statements', 'announcement', 'promise', 'promises'],
    ...['pledge', 'accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'joke', 'jokes'],
    ...['plea', 'appeal', 'apology', 'prediction', 'predictions', 'speech', 'speeches', 'assurances', 'threats'],
    ...['pronouncement', 'pronouncements'],
  ])],
  ['offer', new Set(['advice', 'congratulations', 'condolences', 'praise', 'apology', 'assurances', 'thanks', 'criticism', 'words'])],
  ['sound', new Set(['note', 'alarm', 'warning', 'warnings'])],
  ['deliver', new Set(['speech', 'promise', 'warning', 'message', 'rebuke', 'address', 'remarks', 'verdict', 'eulogy', 'ultimatum', 'lecture'])],
  ['give', new Set(['speech', 'speeches', 'interview', 'interviews', 'statement', 'warning', 'testimony', 'evidence', 'eulogy', 'assurances', 'assurance'])],
  ['send', new Set(['message', 'messages', 'condolences', 'congratulations', 'greetings', 'warning', 'warnings'])],
  ['pose', new Set(['question', 'questions'])],
  ['level', new Set(['accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges', 'criticism'])],
  ['hurl', new Set(['insults', 'accusations', 'abuse', 'epithets'])],
  // "drew a sharp contrast between", "drew parallels with": a comparison the speaker sets out in words.
  ['draw', new Set(['contrast', 'contrasts', 'distinction', 'distinctions', 'parallel', 'parallels'])],
  // "broke her silence on the toll": spoke in public after saying nothing.
  ['break', new Set(['silence'])],
  // "shared her belief that", "shares his misgivings about": views put into words for others (not "shared the prize").
  ['share', new Set(['view', 'views', 'belief', 'beliefs', 'thoughts', 'opinion', 'opinions', 'concern', 'concerns', 'misgivings', 'reservations', 'doubts', 'fears', 'frustration', 'frustrations', 'anecdotes', 'recollections', 'memories'])],
  // "raised concerns about the depot", "cast doubt on the figures": doubts put into words (not "raised funds").
  ['raise', new Set(['concern', 'concerns', 'doubts', 'question', 'questions', 'objections', 'fears', 'alarm'])],
  ['cast', new Set(['doubt', 'aspersions'])],
  ['voice', new Set(['concern', 'concerns', 'support', 'opposition', 'doubts', 'doubt', 'frustration', 'anger', 'fears', 'objections', 'scepticism', 'skepticism', 'criticism'])],
]);
/** The lemmas whose idioms speechIdiom reads: "make" and every verb that takes a noun of words. */
export const IDIOM_VERBS: ReadonlySet<string> = new Set(['make', ...WORDS_GIVEN.keys()]);
/** Possessives that make a shared view one's own, put into words: "shared her belief", "shares their doubts". */
const OWN_WORDS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
/** Things shared that are only ever told, with or without a possessive: "shared anecdotes about", "shared her memories of". */
const TOLD_ALOUD = new Set(['anecdotes', 'recollections', 'memories', 'thoughts']);

/**
 * True when "share" at i shares something only ever told ("the sisters shared anecdotes about the farm", "the widow
 * shared her memories"): words only, so like "said" it makes any subject a speaker, even one the lists do not know.
 */
export function sharesToldWords(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const k = OWN_WORDS.has(t[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  return t[i].lemma === 'share' && TOLD_ALOUD.has(t[k]?.lower ?? '') && wordsGiven(doc, i);
}
/** What may stand between such a verb and its noun: "his", "a", "some", "no". */
const WORDS_GIVEN_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'some', 'similar', 'these', 'those', 'no', 'further', 'more']);
/** Nouns that count only with a clause or a topic after them: "sounded a note of caution", "sounded a cautious note about". */
const NEED_TOPIC = new Set(['note', 'evidence', 'support']);

/** True when the verb at i takes a noun of words as its object ("made similar comments", "offered some pointed advice"). */
export function wordsGiven(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const nouns = WORDS_GIVEN.get(t[i].lemma);
  if (!nouns || t[i].pos !== 'VERB') return false;
  let k = i + 1;
  if (WORDS_GIVEN_OPENERS.has(t[k]?.lower ?? '')) k++;
  // "broke a two-year silence": wink splits the length into a number, a hyphen and a unit.
  if (t[i].lemma === 'break' && t[k]?.pos === 'NUM' && t[k + 1]?.text === '-' && UNITS.has(t[k + 2]?.lower ?? '')) k += 3;
  // At most two describing words: "a cautious note", "some pointed advice", "a forceful new promise".
  for (let n = 0; n < 2 && (t[k]?.pos === 'ADJ' || t[k]?.pos === 'ADV') && !nouns.has(t[k].lower); n++) k++;
  const noun = t[k];
  if (!noun || !nouns.has(noun.lower) || noun.pos === 'VERB') return false;
  // "gave a speech therapist", "voiced support staff": a noun right after is the head, the word a modifier.
  if (t[k + 1]?.pos === 'NOUN') return false;
  // "broke her silence": only one's own silence is broken by speaking ("the goal broke the silence" is a noise).
  if (noun.lower === 'silence' && !ownSilence(t, i, k)) return false;
  // "drew a contrast between", "drew parallels with": the things compared follow ("drew parallels in chalk" is art).
  if (t[i].lemma === 'draw' && !drawsComparison(t, i, k)) return false;
  // "shared her concerns" is voiced; "the two leaders share a concern for the river" is held in common.
  if (t[i].lemma === 'share' && !OWN_WORDS.has(t[i + 1]?.lower ?? '') && !TOLD_ALOUD.has(noun.lower)) return false;
  if (NEED_TOPIC.has(noun.lower)) return ['of', 'about', 'on', 'that', 'over', 'for', 'to'].includes(t[k + 1]?.lower ?? '');
  const after = t[k + 1]?.lower ?? '';
  // "made a claim on his insurance", "a claim for compensation", "against its insurer": a claim lodged, no words.
  if (LODGED.has(noun.lower) && (CLAIM_LODGED.has(after) || claimOnOwn(t, k + 1))) return false;
  // "made an appeal against the fine", "a plea on behalf of": a case lodged; "an appeal for calm" is words.
  if (PLEAS.has(noun.lower) && (after === 'against' || after === 'on')) return false;
  // "The jury delivered its verdict": a court's; "Voters delivered a verdict on the government" is a metaphor.
  if (noun.lower === 'verdict' && !COURTS.has(subjectBefore(t, i))) return false;
  // "made a statement win over the champions": sport's slang for a result that proves a point.
  return !(noun.lower === 'statement' && STATEMENT_RESULTS.has(after));
}

/** Rules, tables and collections that sort things into kinds: "the law draws a distinction" classifies, says nothing. */
const CLASSIFIERS = new Set([
  ...['law', 'laws', 'rule', 'rules', 'act', 'bill', 'code', 'table', 'catalogue', 'catalog', 'museum', 'system'],
  ...['policy', 'scheme', 'treaty', 'statute', 'regulations', 'guidance', 'guidelines', 'tax', 'league', 'list', 'index'],
]);
/** Tools of drawing on paper: "drew parallels to the horizon in pencil" is a sketch. */
const DRAWING_TOOLS = new Set(['pencil', 'chalk', 'ink', 'pen', 'crayon', 'charcoal', 'paint', 'ruler']);

/**
 * True when "drew a contrast/parallels" at i (noun at k) compares in words: the things compared follow, a person
 * or a body speaks (not "the law draws a distinction", which classifies), and no pencil or chalk is at hand.
 */
function drawsComparison(t: ParsedText['tokens'], i: number, k: number): boolean {
  if (!['between', 'with', 'to', 'from'].includes(t[k + 1]?.lower ?? '')) return false;
  const subject = subjectBefore(t, i);
  if (CLASSIFIERS.has(subject) || (subject === 'draw' && CLASSIFIERS.has(t[i - 1]?.lower ?? ''))) return false;
  for (let n = k + 2; n <= k + 8 && t[n] && t[n].sentence === t[i].sentence; n++) if (DRAWING_TOOLS.has(t[n].lower)) return false;
  return true;
}

/** Claims that may be lodged with an insurer, a court or a fund rather than made in words. */
const LODGED = new Set(['claim', 'claims']);
/** Appeals and pleas, lodged against a ruling as often as made to the public. */
const PLEAS = new Set(['appeal', 'plea']);
/** Bodies whose verdict is a finding given in words: "the jury delivered its verdict". */
const COURTS = new Set(['jury', 'jurors', 'court', 'judge', 'judges', 'tribunal', 'panel', 'coroner', 'magistrates', 'inquest']);

/** The word before the verb at i past an auxiliary or an adverb ("the jury has finally delivered"): its subject's head. */
function subjectBefore(t: ParsedText['tokens'], i: number): string {
  let k = i - 1;
  while (k > 0 && (t[k].pos === 'AUX' || t[k].pos === 'ADV') && i - k <= 3) k--;
  return t[k]?.lower ?? '';
}

/** Words after "made a claim" that make it a claim lodged with an insurer, a court or a fund. */
const CLAIM_LODGED = new Set(['for', 'against', 'under', 'with', 'to', 'from', 'over']);
/** Owners after "a claim on": "on his insurance", "on their policy"; "similar claims on the radio" are words. */
const CLAIM_OWNERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** True for "claim on" + an owner: a claim made on one's own cover ("made a claim on his insurance"). */
function claimOnOwn(t: ParsedText['tokens'], k: number): boolean {
  return t[k]?.lower === 'on' && CLAIM_OWNERS.has(t[k + 1]?.lower ?? '');
}
/** Results a side "makes a statement" of: "a statement win", "a statement victory", "statement signing". */
const STATEMENT_RESULTS = new Set(['win', 'wins', 'victory', 'signing', 'performance', 'result', 'display']);

/** Lengths of a silence: "broke a two-year silence", "a long silence" (a spell without words, not a hush). */
const SPELL = /^(long|lengthy|rare|[a-z]+-(day|week|month|year|decade)s?(-long)?|(days|weeks|months|years|decades)-long)$/;
/** Units of a silence's length after a number and a hyphen: "two-year". */
const UNITS = new Set(['day', 'week', 'month', 'year', 'decade']);

/** True when the silence broken at k (verb at i) is the speaker's own: "broke her silence", "broke a two-year silence". */
function ownSilence(t: ParsedText['tokens'], i: number, k: number): boolean {
  if (VIEW_OWNERS.has(t[i + 1]?.lower ?? '')) return true;
  return (t[i + 1]?.lower === 'a' || t[i + 1]?.lower === 'an') && k > i + 2 && (SPELL.test(t[k - 1].lower) || (UNITS.has(t[k - 1].lower) && t[k - 2].text === '-'));
}

/** Owners of a view made clear: "made his support clear", "made their opposition to the plan clear". */
const VIEW_OWNERS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
/** What may follow "clear" when the view is made plain: a place or time ("clear in a letter"), or the clause's end. */
const CLEAR_ENDS = new Set(['in', 'at', 'to', 'on', 'during', 'when', 'after', 'before', 'last', 'this', 'by']);

/**
 * "made his support for the plan clear in a letter", "made her views known": someone's own view, owned by a
 * possessive, set out in public. "made his way clear" and "made it clear" (handled above) differ: the first needs a
 * view word between the owner and "clear", which "way", "path" or "desk" are not.
 */
function makesOwnViewClear(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (!VIEW_OWNERS.has(t[i + 1]?.lower ?? '')) return false;
  for (let k = i + 2; k < t.length && k - i <= 9; k++) {
    const w = t[k].lower;
    if (w === 'clear' || w === 'known') {
      const after = t[k + 1];
      return k > i + 2 && VIEWS.has(t[i + 2].lower) && (after === undefined || isMark(after, '.,;') || CLEAR_ENDS.has(after.lower));
    }
    if (t[k].type !== 'word') return false;
  }
  return false;
}
/** Words for a view or a stance that one can make clear: "his support", "her opposition", "their views". */
const VIEWS = new Set([
  ...['support', 'opposition', 'views', 'view', 'position', 'stance', 'feelings', 'displeasure', 'disapproval'],
  ...['objections', 'concerns', 'intentions', 'intention', 'preference', 'wishes', 'frustration', 'unhappiness'],
]);

/** "makes no mention of", "made passing mention of": whether a speaker or a text mentions something. */
function makesMention(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const k = t[i + 1]?.lower === 'no' || t[i + 1]?.lower === 'passing' || t[i + 1]?.lower === 'a' ? i + 2 : i + 1;
  return t[k]?.lower === 'mention' && t[k + 1]?.lower === 'of';
}

/** Owners and articles of "case": "made the case", "making an impassioned case", "made her case". */
const CASE_OWNERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my']);

/**
 * "made the case that", "was making a fervent case to the board that", "made her case for": "make" + a case argued
 * (two describing words at most) + "that"/"for", with an audience ("to voters") between. "made a case of wine" and
 * "made a strong case" with nothing argued after it report nothing.
 */
function makesTheCase(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (!CASE_OWNERS.has(t[i + 1]?.lower ?? '')) return false;
  let k = i + 2;
  while (k < i + 4 && t[k]?.pos === 'ADJ') k++;
  if (t[k]?.lower !== 'case') return false;
  if (t[k + 1]?.lower === 'for' || t[k + 1]?.lower === 'that') return true;
  if (t[k + 1]?.lower !== 'to') return false;
  for (let j = k + 2; j < t.length && j - k <= 10; j++) {
    if (t[j].lower === 'that') return true;
    if (t[j].type !== 'word') return false;
  }
  return false;
}

/**
 * "She touched on the housing crisis", "he touched briefly upon rents": to touch on a topic is to mention it.
 * "The plane touched down" and "touched her arm" are other senses.
 */
export function touchesOn(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i].lemma !== 'touch' || t[i].pos !== 'VERB') return false;
  const k = t[i + 1]?.pos === 'ADV' && t[i + 1].lower !== 'down' ? i + 2 : i + 1;
  return (t[k]?.lower === 'on' || t[k]?.lower === 'upon') && t[k + 1]?.pos === 'DET';
}

/**
 * "Reyes took issue with the mayor's remarks": to take issue with something is to object to it aloud, so it reports
 * the objector's stance. "The issue took weeks" and "took the issue to court" are other words.
 */
export function takesIssue(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  return t[i].lemma === 'take' && t[i].pos === 'VERB' && t[i + 1]?.lower === 'issue' && t[i + 2]?.lower === 'with';
}

/** "took issue with", "touched on", and the phrases of a view held or a stand on words (held-views.ts). */
export function phraseSpeech(doc: ParsedText, i: number): boolean {
  return takesIssue(doc, i) || touchesOn(doc, i) || heldView(doc, i);
}
