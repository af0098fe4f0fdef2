/**
 * Report verbs that, in the sentence at hand, pass on nothing anyone said or believes:
 * - a denied telling with nothing told: "the school had not told them", "Vance did not say" (a silence is news, but
 *   no claim has a source in it); "never told staff that the plant would close", "did not say whether" and "did not
 *   tell them to leave" still carry what was (not) said;
 * - an invitation: "asked the neighbours over", "asked her out to dinner" (no question and no request for a view);
 * - knowing a person: "she knows the mayor well", "he knew them" (acquaintance, not a belief held); "officials knew
 *   the bridge was unsafe", "knew that" and "knows the rules" still report a belief;
 * - doubting a person or recognising oneself: "many doubted her", "few doubted their coach", "did not recognise
 *   themselves in the film";
 * - a feeling or a grasp in a relative clause whose object is the noun before it: "a title that readers recognize";
 * - repudiating a bond in law: "the tenant repudiated the lease" (an act); "repudiated the remarks" is still speech.
 */
import type { ParsedText, Token } from '../../nlp.ts';
import { isMark, QUOTE_MARKS } from '../../names/tokens.ts';
import { PERSON_ROLES, PLURAL_ROLES } from '../../names/words.ts';

/**
 * Verbs of telling whose denial, with nothing told, says only that someone kept quiet. Not "respond" or "comment":
 * "never answered the letters on the lease" still marks whom the matter was put to, a source asked.
 */
const TELLING = new Set(['tell', 'say']);
/** Words that deny the verb: "did not tell", "hasn't responded", "never replied". */
const DENIALS = new Set(['not', "n't", 'never']);
/** Words that open what was (not) said after the verb: a clause, a question or a quotation. */
const CONTENT_OPENERS = new Set(['that', 'whether', 'if', 'what', 'why', 'how', 'when', 'where', 'who', 'which', 'so']);
/** Tags after which a word wink reads as a verb is a noun: "several calls", "two replies". */
const NOUN_BEFORE = new Set(['DET', 'ADJ', 'NUM']);
/** How far after the verb the check looks for content; a longer stretch is taken to hold some. */
const REACH = 12;

/** True when the verb at i is denied: "not", "n't" or "never" just before it, over adverbs and auxiliaries. */
function denied(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  for (let k = i - 1; k >= i - 3 && t[k]; k--) {
    if (DENIALS.has(t[k].lower)) return true;
    if (t[k].pos !== 'ADV' && t[k].pos !== 'AUX' && t[k].pos !== 'PART') return false;
  }
  return false;
}

/**
 * True when nothing said follows the verb at i before its sentence ends: no clause opener, no quotation mark or
 * colon and no verb (a verb after it opens a clause or an order: "did not tell them to leave").
 */
function nothingFollows(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const sentence = t[i].sentence;
  for (let k = i + 1; k <= i + REACH; k++) {
    const w = t[k];
    if (!w || w.sentence !== sentence) return true;
    if (CONTENT_OPENERS.has(w.lower) || isMark(w, `:${QUOTE_MARKS}`)) return false;
    // "requests for comment", "several calls": after "for" or a determiner a verb's form is a noun, not a clause.
    if ((w.pos === 'VERB' || w.pos === 'AUX') && t[k - 1].lower !== 'for' && !NOUN_BEFORE.has(t[k - 1].pos)) return false;
  }
  return false;
}

/** Words that make "ask someone ___" an invitation: "asked them over", "asked her out", "asked us round". */
const INVITED = new Set(['over', 'round', 'around', 'out', 'along', 'in', 'inside', 'back']);
/** Tags of the words of a short object before the particle: "asked the new neighbours over". */
const OBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/** True for a particle of invitation ("over", "out"); wink may keep the full stop on a last short word ("in."), so it is read without it. */
function particle(w: Token | undefined): boolean {
  return INVITED.has(w?.lower.replace(/\.$/, '') ?? '');
}

/** True when "ask" at i invites: a short object, then over/out/round, then the sentence's end or a "for"/"to" of the occasion. */
function invites(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  let k = i + 1;
  while (k <= i + 4 && t[k] && OBJECT_TAGS.has(t[k].pos) && !particle(t[k])) k++;
  if (k === i + 1 || !particle(t[k])) return false;
  if (t[k].lower.endsWith('.')) return true;
  const after = t[k + 1];
  // "asked them out of the room" leaves; "asked him in for questioning" is still an invitation of a kind.
  return after === undefined || after.sentence !== t[i].sentence || after.pos === 'PUNCT' || after.lower === 'for' || after.lower === 'to';
}

/** People as the object of "know": "knew him", "knows them". */
const PERSONS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
/** Words after the object that make knowing an acquaintance: "knows the warden well", "knew them personally". */
const ACQUAINTED = new Set(['well', 'personally', 'intimately', 'since', 'from', 'through']);

/**
 * True when "know" at i is acquaintance: a person as its object, or an object followed by "well", "personally" or
 * "since", with no clause after it. "Knows the rules" and "knew the risks" stay a belief held.
 */
function knowsSomeone(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  let k = i + 1;
  if (!PERSONS.has(t[k]?.lower ?? '')) {
    while (k <= i + 4 && t[k] && OBJECT_TAGS.has(t[k].pos)) k++;
    if (k === i + 1 || !ACQUAINTED.has(t[k]?.lower ?? '')) return false;
  }
  return nothingFollows(doc, i);
}

/** Reflexives: "did not recognise themselves in the portrait" saw no likeness of their own. */
const SELVES = new Set(['themselves', 'himself', 'herself', 'itself', 'ourselves', 'myself', 'yourself', 'yourselves']);
/** Tags of the word after a person object that end the verb's phrase: "doubted her in May", "doubted him, but". */
const PHRASE_ENDS = new Set(['PUNCT', 'ADP', 'ADV', 'CCONJ']);
/** Words before a person noun doubted: "doubted their manager", "doubted the coach". */
const PERSON_DETERMINERS = new Set(['the', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'a']);

/** Index of the word after a person noun object at k ("their manager", "the coaches"), or -1 when none is there. */
function afterPersonNoun(doc: ParsedText, k: number): number {
  const t = doc.tokens;
  const noun = PERSON_DETERMINERS.has(t[k]?.lower ?? '') ? k + 1 : k;
  const w = t[noun];
  return w && (PERSON_ROLES.has(w.lower) || PLURAL_ROLES.has(w.lower)) ? noun + 1 : -1;
}

/**
 * "Many doubted her", "never doubted each other", "did not recognise themselves in it": doubting a person is
 * distrust and recognising oneself a likeness, no claim. "Doubted her account" (a possessive before a noun) and
 * "doubted that" still report a view.
 */
function personOnly(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const lemma = t[i].lemma;
  const objects = lemma === 'doubt' ? PERSONS : lemma === 'recognise' || lemma === 'recognize' ? SELVES : undefined;
  if (!objects) return false;
  const each = lemma === 'doubt' && t[i + 1]?.lower === 'each' && t[i + 2]?.lower === 'other';
  // "doubted their manager": a person named by a role is doubted as a person; "the official figures" goes on.
  const role = lemma === 'doubt' && !each ? afterPersonNoun(doc, i + 1) : -1;
  if (!each && role < 0 && !objects.has(t[i + 1]?.lower ?? '')) return false;
  const after = t[role >= 0 ? role : each ? i + 3 : i + 2];
  if (!after || after.sentence !== t[i].sentence) return true;
  return PHRASE_ENDS.has(after.pos) && after.lower !== 'to' && after.lower !== 'that' && !isMark(after, `:${QUOTE_MARKS}`);
}

/** Bonds in law: repudiating one is breaking it by an act ("repudiated the lease by changing the locks"), not speech. */
const BONDS = new Set(
  'contract contracts lease leases agreement agreements debt debts treaty treaties obligation obligations loan loans tenancy licence license mortgage'.split(' '),
);

/** True when "repudiate" at i takes a bond in law as its object, over a short determiner and describing words. */
function repudiatesBond(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i].lemma !== 'repudiate') return false;
  for (let k = i + 1; k <= i + 4 && t[k]; k++) {
    if (BONDS.has(t[k].lower)) return true;
    if (t[k].pos !== 'DET' && t[k].pos !== 'ADJ' && t[k].pos !== 'PRON' && t[k].pos !== 'NOUN') return false;
  }
  return false;
}

/** Words that bring in a relative clause after its noun: "the figure that analysts expected". */
const RELATIVES = new Set(['that', 'which', 'whom']);
/** Tags of the words of the relative clause's subject and its helpers: "that the older voters had long feared". */
const SUBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'AUX', 'ADV']);
/**
 * Verbs of a feeling or a grasp held towards a thing. Not speech ("the things that the mayor has said" passes on her
 * words) nor a forecast ("the figure that analysts expected" gives their estimate of it).
 */
const HELD_TOWARDS = new Set([
  ...['fear', 'dread', 'recognise', 'recognize', 'understand', 'know', 'appreciate', 'value', 'like', 'love'],
  ...['hate', 'want', 'remember', 'admire', 'trust', 'respect', 'enjoy', 'prefer', 'point', 'need'],
]);
/** Marks that may end the clause: "a story that readers recognize, value and share". */
const CLAUSE_ENDS = new Set([',', '.', ';', '!', '?', ')']);

/**
 * "A title that readers recognize, and love", "the mayor that voters fear the most": a verb of feeling closing a
 * relative clause takes the noun before it as its object, so its subject feels about that noun and claims nothing.
 * Only the verb with nothing after it but a particle ("the examples which critics point to") or "most", then the
 * clause's end; "the plan that residents feared would flood the lane" has its own content and still reports.
 */
function objectBefore(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (!HELD_TOWARDS.has(t[i].lemma)) return false;
  let k = i - 1;
  while (k >= i - 5 && t[k] && SUBJECT_TAGS.has(t[k].pos) && !RELATIVES.has(t[k].lower)) k--;
  if (k === i - 1 || !RELATIVES.has(t[k]?.lower ?? '')) return false;
  const head = t[k - 1];
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN' && head.pos !== 'NUM')) return false;
  let j = i + 1;
  if (t[j]?.pos === 'ADP' || t[j]?.pos === 'PART') j++;
  if (t[j]?.lower === 'the' && t[j + 1]?.lower === 'most') j += 2;
  else if (t[j]?.lower === 'most') j++;
  const after = t[j];
  return after === undefined || after.sentence !== t[i].sentence || CLAUSE_ENDS.has(after.text);
}

/** True when the report verb at i reports nothing: a denied telling with nothing told, an invitation, or knowing someone. */
export function saysNothing(doc: ParsedText, i: number): boolean {
  if (objectBefore(doc, i) || personOnly(doc, i) || repudiatesBond(doc, i)) return true;
  const lemma = doc.tokens[i].lemma;
  if (TELLING.has(lemma)) return denied(doc, i) && nothingFollows(doc, i);
  if (lemma === 'ask') return invites(doc, i);
  return lemma === 'know' && knowsSomeone(doc, i);
}
