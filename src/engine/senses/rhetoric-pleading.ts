/**
 * "Claim" as the word of a legal pleading: "the lawsuit claims the firm ignored warnings", "a complaint claiming
 * she was fired", "the plaintiffs claim", "claimed in court papers that". A court report has to say what a
 * filing or the prosecution asserts without endorsing it, and "claims" (or "alleges") is the careful, neutral verb
 * there ("prosecutors claim the defendant stole the money"); it casts no doubt of the writer's own. "The company
 * claimed the product was safe" stays a speech verb that can.
 */
import type { ParsedText } from '../nlp.ts';

/** Filings and parties to a suit, whose assertions are pleadings ("the suit claims", "plaintiffs claim"). */
const PLEADERS = new Set([
  'lawsuit',
  'lawsuits',
  'suit',
  'suits',
  'complaint',
  'complaints',
  'filing',
  'filings',
  'petition',
  'petitions',
  'motion',
  'writ',
  'indictment',
  'affidavit',
  'counterclaim',
  'plaintiff',
  'plaintiffs',
  'claimant',
  'claimants',
  'petitioner',
  'petitioners',
  // The prosecution pleads the state's case ("prosecutors claim the defendant stole"), as "prosecutors allege" does.
  'prosecutor',
  'prosecutors',
  'prosecution',
]);

/** Words after "in" naming where a pleading was made ("claimed in a lawsuit", "claims in court papers"). */
const PLEADING_PLACES = new Set(['lawsuit', 'suit', 'complaint', 'filing', 'court', 'petition', 'affidavit', 'writ']);

/** How far back the subject of "claim" is looked for ("a complaint to the labour board claiming"). */
const SUBJECT_WINDOW = 10;
/** How far ahead "in a lawsuit" may follow ("claimed on Monday in a lawsuit"). */
const PLACE_WINDOW = 5;

/** How far back the pleading's verb may stand before a charge it reports ("claim the defendant lied to"). */
const CHARGE_WINDOW = 6;

/**
 * True when "claim" at `i` is a verb reporting what a lawsuit, complaint or party to a suit asserts, or when the
 * doubt word at `i` is the charge such a pleading makes ("prosecutors claim the defendant lied"): the pleader's
 * charge, reported, not the writer's.
 */
export function pleadsInCourt(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const token = t[i];
  if (token?.lemma === 'lie' && token.lower.startsWith('lie')) {
    for (let j = i - 1; j >= 0 && j >= i - CHARGE_WINDOW && t[j].sentence === token.sentence; j--) {
      // "Claim" or "allege" made by a pleader ("prosecutors allege he lied").
      if (t[j].lemma === 'claim' && pleadsClaim(doc, j)) return true;
      if (t[j].lemma === 'allege' && pleaderBefore(doc, j)) return true;
    }
    return false;
  }
  return pleadsClaim(doc, i);
}

/** True when "claim" at `i` is a verb reporting what a lawsuit, complaint or party to a suit asserts. */
function pleadsClaim(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const token = t[i];
  if (token?.lemma !== 'claim' || !token.lower.startsWith('claim')) return false;
  const s = token.sentence;
  if (pleaderIsSubject(doc, i)) return true;
  for (let j = i + 1; j < t.length && j <= i + PLACE_WINDOW && t[j].sentence === s; j++) {
    if (t[j].lower !== 'in') continue;
    for (let k = j + 1; k <= j + 3 && k < t.length && t[k].sentence === s; k++) {
      if (PLEADING_PLACES.has(t[k].lower)) return true;
    }
  }
  return false;
}

/** Words that fill the gap between a subject and its verb ("has also claimed", "still claims"). */
const VERB_GAP = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'also',
  'still',
  'now',
  'further',
  'repeatedly',
]);

/** Words of the subject's noun phrase, its modifiers and the phrases hanging off it ("a complaint to the board"). */
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP', 'CCONJ', 'PART']);

/** Pleaders that are also everyday words ("a grey suit", "the motion of the boat"), legal only as the head. */
const AMBIGUOUS_PLEADERS = new Set(['suit', 'suits', 'motion']);

/**
 * True when the subject of "claim" at `i` is a filing or a party to a suit: the noun phrase just before the verb
 * (past a parenthesis between commas, "the lawsuit, filed on Monday, claims"), not a noun in a fronted phrase
 * ("Despite a petition signed by thousands, the council claimed") or in the parenthesis itself ("The minister,
 * dressed in a grey suit, claimed"). "Suit" and "motion" plead only as the phrase's head ("the suit claims"), not
 * inside a phrase hanging off another noun ("the man in a grey suit claimed").
 */
function pleaderIsSubject(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const s = t[i].sentence;
  const inSentence = (j: number) => j >= 0 && j >= i - SUBJECT_WINDOW && t[j].sentence === s;
  let j = i - 1;
  while (inSentence(j) && VERB_GAP.has(t[j].lower)) j--;
  if (inSentence(j) && t[j].lower === ',') {
    // A parenthesis closes just before the verb: the subject stands before its opening comma.
    let k = j - 1;
    while (inSentence(k) && t[k].lower !== ',') k--;
    if (!inSentence(k)) return false;
    j = k - 1;
  }
  // The noun phrase, gathered backwards to its first word that cannot belong to it.
  const end = j;
  let start = j + 1;
  for (; inSentence(j); j--) {
    const w = t[j];
    if (!NP_POS.has(w.pos) || w.lower === ',' || w.lower === 'that') break;
    start = j;
  }
  // Its head is the last noun before the first preposition ("complaint" in "a complaint to the board").
  let head = -1;
  for (let k = start; k <= end && t[k].pos !== 'ADP'; k++) {
    if (t[k].pos === 'NOUN' || t[k].pos === 'PROPN') head = k;
  }
  for (let k = start; k <= end; k++) {
    if (PLEADERS.has(t[k].lower) && (k === head || !AMBIGUOUS_PLEADERS.has(t[k].lower))) return true;
  }
  return false;
}

/** A filing or a party to a suit as the subject of the verb at `i`, within SUBJECT_WINDOW tokens before it. */
function pleaderBefore(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  for (let j = i - 1; j >= 0 && j >= i - SUBJECT_WINDOW && t[j].sentence === t[i].sentence; j--) {
    if (PLEADERS.has(t[j].lower)) return true;
    if (t[j].pos === 'VERB' || t[j].lower === ';' || t[j].lower === 'but') return false;
  }
  return false;
}
