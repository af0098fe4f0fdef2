/**
 * A sentence's first word is capitalised whatever it is, and wink often tags it a proper noun there
 * ("Unemployment rose", "Premiums doubled", "Thousands marched", "Exercise supports heart health"). When our own
 * lexicons or wink's vocabulary know the word as a common one, it names nothing: it is not counted as a name, and
 * a public matter there counts as one.
 */
import { KIN_WORDS, PRIVATE_PEOPLE } from '../../lexicon/claims-markers.ts';
import { isKnownWord, type ParsedText } from '../../nlp.ts';
import { isCapitalised } from '../../names/tokens.ts';
import { isNameInWinkVocabulary } from '../../names/known-names.ts';
import { isNameBySense } from './start-name.ts';
import { MARK } from './word-marks.ts';

/** The marker lists that hold only common nouns: amounts, measured quantities, deaths, public matters. */
const COMMON_NOUN_MARKS = MARK.quantity | MARK.measured | MARK.casualty | MARK.publicMatter | MARK.unit;

/**
 * True when the sentence's first token at i, tagged a proper noun, is a common noun of our lexicons. wink's own
 * lexicon keeps the capital in the lemma of a name it knows ("China", "Turkey"): those stay names. A capital
 * after it makes it part of a name or a title ("Medicare Advantage", "Trade Secretary Ross").
 */
export function isCommonAtStart(doc: ParsedText, i: number, mark: number): boolean {
  const tokens = doc.tokens;
  const t = tokens[i];
  if (t.pos !== 'PROPN' || t.lemma !== t.lower) return false;
  const next = tokens[i + 1];
  if (next !== undefined && next.type === 'word' && isCapitalised(next)) return false;
  if ((mark & COMMON_NOUN_MARKS) !== 0 || KIN_WORDS.has(t.lower) || PRIVATE_PEOPLE.has(t.lower)) return true;
  // wink's vocabulary holds "exercise" in lower case: a word it knows is common, unless it is also a name
  // ("Apple supports the standard", "Florida has no income tax"), written in capitals as initials ("ICE", "TIME"),
  // or read as a name by its sense: used again mid-sentence, or doing what only a person does ("Baker said").
  return (
    isKnownWord(t.lower) && !isNameInWinkVocabulary(t) && !isAllCapitals(t.text) && !isNameBySense(doc, i)
  );
}

/** "ICE", "NAFTA": a word in capitals is initials or a title, whatever the lower-case word means. */
function isAllCapitals(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase();
}
