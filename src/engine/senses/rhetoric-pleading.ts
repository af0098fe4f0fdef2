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
  for (let j = i - 1; j >= 0 && j >= i - SUBJECT_WINDOW && t[j].sentence === s; j--) {
    // A new clause ("; but", "and he claimed") has its own subject.
    if (t[j].lower === ';' || t[j].lower === 'but' || t[j].lower === 'while') break;
    // A report of what the pleader says names another speaker ("prosecutors say the firm claimed").
    if (t[j].lower === 'that' || t[j].lemma === 'say' || t[j].lemma === 'allege') break;
    // A pronoun between is the verb's own subject ("after the suit failed, he claimed").
    if (t[j].pos === 'PRON' && ['he', 'she', 'they', 'we', 'i', 'you'].includes(t[j].lower)) break;
    if (PLEADERS.has(t[j].lower)) return true;
  }
  for (let j = i + 1; j < t.length && j <= i + PLACE_WINDOW && t[j].sentence === s; j++) {
    if (t[j].lower !== 'in') continue;
    for (let k = j + 1; k <= j + 3 && k < t.length && t[k].sentence === s; k++) {
      if (PLEADING_PLACES.has(t[k].lower)) return true;
    }
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
