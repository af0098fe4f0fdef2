/** Speaker labels at the start of a sentence: a transcript's ("TAPPER: Do you think ...") and a headline's ("Economists: rates will rise"). */
import type { ParsedText, Sentence } from '../../nlp.ts';
import { phraseStartingAt } from '../../names/phrase.ts';
import { isMark, QUOTE_MARKS } from '../../names/tokens.ts';
import { classifySpeaker } from './classify.ts';
import { isHeading } from './name-in-s.ts';
import type { Discourse } from './memory.ts';
import { serviceNotice } from './service-notice.ts';
import type { Found } from './verbs.ts';

/** Labels that end in a colon but name no speaker ("Update:", "Watch:"). */
const NOT_SPEAKERS = new Set([
  ...[
    'update',
    'note',
    'watch',
    'related',
    'photo',
    'video',
    'warning',
    'breaking',
    'editor',
    'correction',
    'abstract',
  ],
  ...[
    'source',
    'credit',
    'byline',
    'latest',
    'alert',
    'exclusive',
    'twitter',
    'facebook',
    'instagram',
    'podcast',
    'live',
  ],
  // Section labels of a news page ("Weather: Heavy rain ...", "Traffic: The M6 is closed").
  ...['weather', 'traffic', 'travel', 'sport', 'sports', 'business', 'politics', 'opinion', 'analysis', 'world'],
  ...['health', 'science', 'tech', 'technology', 'culture', 'entertainment', 'markets', 'money', 'summary', 'recap'],
  ...[
    'background',
    'context',
    'explainer',
    'timeline',
    'factbox',
    'fact',
    'check',
    'verdict',
    'quiz',
    'poll',
    'listen',
    'read',
    'more',
  ],
  // Interjections before a colon ("Phew: the flights left").
  ...[
    'phew',
    'wow',
    'oops',
    'ouch',
    'yes',
    'no',
    'ok',
    'okay',
    'well',
    'so',
    'hmm',
    'alas',
    'oh',
    'ah',
    'ugh',
    'yikes',
  ],
]);

/** A single letter is an interview's question or answer mark ("Q: Will the plant close?"), not a speaker. */
const isLetterMark = (word: string) => word.length === 1;

/** True when a verb (or an auxiliary) stands in the token range [from, to). */
export function hasVerb(doc: ParsedText, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.tokens[k].pos === 'VERB' || doc.tokens[k].pos === 'AUX') return true;
  return false;
}

/** Words that open a service headline's question rather than a statement ("Parents: how to apply"). */
const QUESTION_OPENERS = new Set([
  'what',
  'how',
  'why',
  'when',
  'where',
  'which',
  'who',
  'whether',
  'everything',
  'all',
  'here',
]);
/** Words for the reader: a crowd told "you must ..." is addressed, not quoted ("Residents: you must ..."). */
const ADDRESSED = new Set(['you', 'your', 'yours', "you're", "you'll"]);
/** Possessives before a word that make it a noun however it is tagged ("your pay award"). */
const POSSESSIVES = new Set(['your', 'our', 'their', 'his', 'her', 'its', 'my']);

/**
 * True when [from, to) is a clause with a finite verb ("the new rota is unsafe"), not a service label's topic ("what
 * you need to know about bin collections", "how to apply", "your pay award explained"): a crowd before a colon
 * speaks only when a statement follows, and one told "you" is addressed. An infinitive, an "-ing" word and a headline's closing participle are not finite.
 */
function finiteClause(doc: ParsedText, from: number, to: number): boolean {
  const t = doc.tokens;
  if (QUESTION_OPENERS.has(t[from]?.lower ?? '')) return false;
  for (let k = from; k < to; k++) if (ADDRESSED.has(t[k].lower)) return false;
  let last = to - 1;
  while (last > from && t[last].type !== 'word') last--;
  for (let k = from; k < to; k++) {
    const w = t[k];
    if (w.pos !== 'VERB' && w.pos !== 'AUX') continue;
    const before = t[k - 1]?.lower ?? '';
    if (before === 'to' || POSSESSIVES.has(before) || w.lower.endsWith('ing')) continue;
    if (w.pos === 'VERB' && k === last) continue;
    return true;
  }
  return false;
}

/**
 * True when the words in [from, to) are a list of names: two commas or more and every word capitalised ("Ana
 * Ruiz, Tom Reyes, Jo Ortiz Jr."). wink may read a surname in a long list as a verb, so a list is checked first.
 */
function listOfNames(doc: ParsedText, from: number, to: number): boolean {
  let commas = 0;
  for (let k = from; k < to; k++) {
    const w = doc.tokens[k];
    if (w.text === ',') commas++;
    else if (w.type === 'word' && !/^[A-Z]/.test(w.text)) return false;
  }
  return commas >= 2;
}

/** True when a colon stands at a token from `from` to `last`, both included. */
function colonWithin(doc: ParsedText, from: number, last: number): boolean {
  for (let k = from; k <= last; k++) if (isMark(doc.tokens[k], ':')) return true;
  return false;
}

/** "TAPPER: Do you think ...": a transcript's speaker label at the start of a sentence. */
export function speakerLabel(doc: ParsedText, s: Sentence, memory: Discourse): Found | undefined {
  const t = doc.tokens;
  const ceiling = Math.min(s.endToken, s.firstToken + 4);
  // The label's colon comes right after a phrase of at most four words: most sentences have none there, and
  // looking for it first spares them the phrase reading, which this runs once per sentence.
  if (!colonWithin(doc, s.firstToken + 1, ceiling)) return undefined;
  const phrase = phraseStartingAt(doc, s.firstToken, ceiling);
  if (!phrase || !isMark(t[phrase.end], ':')) return undefined;
  if (NOT_SPEAKERS.has(t[phrase.first].lower) || NOT_SPEAKERS.has(t[phrase.end - 1].lower)) return undefined;
  if (phrase.end - phrase.first === 1 && isLetterMark(t[phrase.first].lower)) return undefined;
  // "Top Stories:", "Match Highlights:": a page's heading, not a speaker.
  if (isHeading(doc, phrase.first, phrase.end)) return undefined;
  // "Iowa: Ana Ruiz, Tom Reyes": a heading over a list of names; a speaker's turn says something, with a verb,
  // or opens a quotation ("Chief Executive Tom Hale: “A record year.”").
  if (listOfNames(doc, phrase.end + 1, s.endToken)) return undefined;
  if (!hasVerb(doc, phrase.end + 1, s.endToken) && !isMark(t[phrase.end + 1], QUOTE_MARKS)) return undefined;
  const guess = classifySpeaker(doc, phrase, 'speech', memory);
  // "Inspectors: the dam is safe": a headline's crowd before a colon speaks as its named source would, vaguely.
  // "Residents: what you need to know": a crowd over a service label's topic is its readers, not a source.
  // "Commuters: the trains will run hourly": a notice of a service addresses its riders (service-notice.ts).
  const statement =
    finiteClause(doc, phrase.end + 1, s.endToken) &&
    !serviceNotice(doc, phrase.end + 1, s.endToken, t[phrase.end - 1].lower);
  const crowd = (guess?.source === 'vague' || guess?.source === 'anonymous') && statement;
  // "Case in point: ...", "Point of order: ...": a name read only from the sentence's first capital, with a
  // lower-case word at its end, is a set phrase; a name ends on a capital ("Okafor:", "Chief executive Tom Hale:").
  const setPhrase = guess?.rule === 'attribution/named-source' && !/^\p{Lu}/u.test(t[phrase.end - 1].text);
  const speaks = (guess?.source === 'named' && !setPhrase) || crowd;
  return guess && speaks ? { first: phrase.first, end: phrase.end + 1, guess, speaker: phrase } : undefined;
}
