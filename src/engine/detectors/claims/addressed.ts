/**
 * "Senator Lane, you voted for the levy in 2019.", "Mr. Mayor, we have lost 400 jobs.": a sentence that opens by
 * addressing someone by title is a turn in an exchange (an interview, a hearing, a debate). What follows is put to
 * that person as the premise of a question or a rebuttal: it stays a claim, but a fact-checker reaches it after the
 * statements made to the public. Read once per sentence, from its first few tokens.
 */
import type { Sentence, Token } from '../../nlp.ts';
import { isCapitalised } from '../../names/tokens.ts';

/**
 * Titles used to address a person ("Senator,", "Madam Secretary,", "Mr. President,"); wink's lower-cased form of
 * "Councillor" is "councilor".
 */
const TITLES = new Set(
  [
    'senator governor secretary mr. mrs. ms. mr mrs ms madam mayor congressman congresswoman president sir dr.',
    'minister chancellor councillor councilor councilman councilwoman judge general ambassador commissioner sheriff',
    'professor',
  ]
    .join(' ')
    .split(' '),
);

/** Words that may come before the address ("And, Senator, ...", "Well, Governor, ..."). */
const OPENERS = new Set(['and', 'well', 'so', 'now', 'ok', 'okay', 'but', 'alright']);

/**
 * What opens the clause after the address: a pronoun of the exchange or a word that turns to the listener. An
 * apposition, a relative clause or an inserted phrase ("Senator Lane, the committee's chair, said", "Senator Lane,
 * who chairs it,", "Senator Lane, in a statement, said") opens with none of them and speaks to no "you", so the
 * title's holder stays the sentence's subject there.
 */
const AFTER_ADDRESS = new Set([
  'you',
  'your',
  "you're",
  "you've",
  'i',
  "i'm",
  "i've",
  'we',
  "we're",
  "we've",
  'let',
  "let's",
  'thank',
  'please',
  'what',
  'how',
  'why',
  'there',
  'this',
  'that',
  'he',
  'she',
  'they',
  'it',
]);

/** At most this many capitalised words of a name after the title ("Secretary of State Ana Ruiz" is no address). */
const MAX_NAME_WORDS = 3;

/** True when the sentence opens by addressing someone by title, then speaks to them. */
export function opensWithAddress(tokens: readonly Token[], s: Sentence): boolean {
  let i = s.firstToken;
  if (OPENERS.has(tokens[i]?.lower ?? '')) {
    i++;
    if (tokens[i]?.text === ',') i++;
  }
  // The title first: it rules out nearly every sentence at once.
  const title = tokens[i];
  if (title === undefined || !TITLES.has(title.lower) || !isCapitalised(title)) return false;
  i++;
  const nameEnd = Math.min(s.endToken, i + MAX_NAME_WORDS + 1);
  while (i < nameEnd && tokens[i].text !== ',') {
    if (!isCapitalised(tokens[i])) return false;
    i++;
  }
  if (tokens[i]?.text !== ',' || i + 1 >= s.endToken) return false;
  const next = tokens[i + 1];
  if (AFTER_ADDRESS.has(next.lower)) return !isInsertedReport(tokens, i + 2, s.endToken);
  if ((next.pos === 'ADP' || next.pos === 'ADV') && subjectAfterInsert(tokens, i + 2, s.endToken)) return true;
  return speaksToListener(tokens, i + 1, s.endToken);
}

/** How many tokens a report inserted after the name may take ("this paper has learned"). */
const MAX_INSERT = 5;

/**
 * "Governor Ruiz, she noted, cut taxes", "Judge Okafor, this paper has learned, dismissed 30 cases": a short report
 * set off by commas, then the verb whose subject the title's holder is. Nobody is addressed. "Senator, you voted,
 * as I recall, for the levy" goes on with no verb after the comma: still an address.
 */
function isInsertedReport(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end - 1 && k < from + MAX_INSERT; k++) {
    if (tokens[k].type !== 'punctuation') continue;
    const after = tokens[k + 1];
    return tokens[k].text === ',' && (after.pos === 'VERB' || after.pos === 'AUX');
  }
  return false;
}

/**
 * "Senator Lane, on the bypass, the council has spent 4 million", "Governor, just today, a charity said": after
 * phrases set off by commas a new subject comes, so the name was an address. "Senator Lane, in a statement, said":
 * a verb comes, whose subject she is. "Senator Lane, last week, in Leeds, said": every inserted phrase is passed.
 */
function subjectAfterInsert(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end - 1; k++) {
    if (tokens[k].text !== ',') continue;
    const after = tokens[k + 1];
    if (after.pos === 'ADP' || after.pos === 'ADV') continue;
    return after.pos !== 'VERB' && after.pos !== 'AUX' && after.type === 'word';
  }
  return false;
}

/** "Councillor, in May, two of your aides were suspended": a phrase first, then the listener is spoken to. */
function speaksToListener(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (SECOND_PERSON.has(tokens[k].lower)) return true;
  return false;
}

/** The listener in the clause after the address. */
const SECOND_PERSON = new Set(['you', 'your', "you're", "you've", 'yours', 'yourself']);

/** What may follow the spoken quotation mark: a pause or the quotation itself. */
const AFTER_SPOKEN_QUOTE = new Set([',', ':', '"', '“', "'", '‘']);

/**
 * "You called the plan, quote, a disaster": "quote" said aloud before words read out from someone else, as in a
 * transcript of an interview or a hearing. The sentence puts forward what that person said, a premise for them to
 * answer, and ranks like an address. "A quote from the minister", "to quote him", "I quote you" mark nothing.
 */
export function isSpokenQuoteMark(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.sentence === tokens[i].sentence && AFTER_SPOKEN_QUOTE.has(next.text);
}
