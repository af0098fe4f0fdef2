/**
 * Numbers that are no figure anyone counted: a person's age ("his 22-year-old son", "Jane Hale, 52,", "aged
 * 14", "12 years old") and a number that opens a name ("Ninety Mile Beach", "Twelve Apostles Road"). A
 * report gives an age or a place name as identification; neither makes the sentence a statistic to check.
 */
import type { Entity, ParsedText } from '../../nlp.ts';
import { isCapitalised } from '../../names/tokens.ts';

/** Units of an age ("22-year-old", "three months old"): a Set, not a regex literal (a new object per entity). */
const AGE_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks']);
/** A capitalised word ("Ninety"), not an initialism ("NHS") or a lower-case one. */
const CAPITALISED_WORD = /^[A-Z][a-z]/;

/** Persons a bare number may give the age of, after "when" ("when he was 12", "when they were six"). */
const AGED_PERSONS = new Set(['i', 'he', 'she', 'they', 'we', 'you']);

/** "his father died when he was 12": a bare number closing "when" + a person + "was": the age they were. */
function isAgeAfterWhen(tokens: ParsedText['tokens'], entity: Entity): boolean {
  const at = (k: number) => tokens[entity.firstToken - k]?.lower;
  const after = tokens[entity.endToken];
  const closes =
    after === undefined || after.sentence !== tokens[entity.firstToken].sentence || after.type === 'punctuation';
  return (
    closes &&
    entity.endToken - entity.firstToken === 1 &&
    (at(1) === 'was' || at(1) === 'were') &&
    AGED_PERSONS.has(at(2) ?? '') &&
    at(3) === 'when'
  );
}

/** True when the number entity is an age or the start of a name, not a measured figure. */
export function isAgeOrNameNumber(doc: ParsedText, entity: Entity): boolean {
  const { tokens } = doc;
  const before = tokens[entity.firstToken - 1];
  const after = tokens[entity.endToken];
  const next = (k: number) => tokens[entity.endToken + k]?.lower;
  // "22-year-old", "22 year old", "12 years old", "three-month-old"
  const unitAt = after?.text === '-' ? 1 : 0;
  const unit = next(unitAt);
  if (unit !== undefined && AGE_UNITS.has(unit)) {
    const rest = next(unitAt + 1) === '-' ? next(unitAt + 2) : next(unitAt + 1);
    if (rest === 'old') return true;
  }
  // "12 years old"; and the "year" of "22-year-old", which wink reads as a duration of its own.
  if (entity.type === 'DURATION' && (after?.lower === 'old' || (after?.text === '-' && next(1) === 'old'))) return true;
  // "aged 14"; "Jane Hale, 52, of Leeds": a bare number between commas right after a name.
  if (before?.lower === 'aged' || isAgeAfterWhen(tokens, entity)) return true;
  const name = tokens[entity.firstToken - 2];
  const single = entity.endToken - entity.firstToken === 1;
  if (single && before?.text === ',' && after?.text === ',' && name?.pos === 'PROPN') return true;
  // A number written as a capitalised word inside a sentence, opening a name ("at Ninety Mile Beach"); at the
  // sentence's start the capital says nothing ("Forty Britons died").
  const first = tokens[entity.firstToken];
  const midSentence = before !== undefined && before.sentence === first.sentence;
  // The tag first: most numbers have no proper noun after them, and it spares the regex.
  return midSentence && after?.pos === 'PROPN' && CAPITALISED_WORD.test(first.text) && isCapitalised(after);
}
