/**
 * A poll or survey named before the clause it frames: "In the latest Harbour Post poll, the mayor led by six
 * points", "In a survey of 500 farmers, most opposed the tax", "In exit polls, voters were split". What the clause
 * then tells (who led, what most thought) is the poll's finding, so the poll is its source, as in "the poll
 * found". "In the poll booth, ..." and "In the polling station, ..." name a place, not a finding. A headline's
 * kicker does the same: "Poll: Voters sour on the bridge".
 */
import type { ParsedText, Sentence } from '../../nlp.ts';
import { DETERMINERS, isCapitalised, isMark, isPossessive } from '../../names/tokens.ts';
import { closingComma } from './frames.ts';
import type { Found } from './verbs.ts';

/** Words for a poll of people. */
const SURVEYS = new Set(['poll', 'polls', 'survey', 'surveys', 'questionnaire', 'census']);
/** Words that may open the sentence before the frame: "But in the latest poll, ...". */
const OPENERS = new Set(['but', 'and', 'yet', '(']);
/** Tags of words that may describe the poll: "the latest national poll", "a 2024 survey", "a Harbour Post poll". */
const MODIFIERS = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN']);
/** Marks inside a pollster's name: "Harbour Post-Lindgren poll", "Post/Ipsos survey". */
const NAME_MARKS = '-/&';
/** How many words may describe the poll. */
const MAX_MODIFIERS = 8;
/** A frame reports what the poll found less directly than "the poll found". */
const CONFIDENCE = 0.7;

/** The index of the poll noun of a frame opening at k ("In a ... poll"), or -1. */
function pollNounAt(doc: ParsedText, k: number): number {
  const t = doc.tokens;
  if (t[k]?.lower !== 'in') return -1;
  let j = k + 1;
  if (isPossessive(t[j + 1])) j += 2;
  else if (DETERMINERS.has(t[j]?.lower ?? '')) j++;
  const first = j;
  while (
    j - first < MAX_MODIFIERS &&
    t[j] &&
    !SURVEYS.has(t[j].lower) &&
    (MODIFIERS.has(t[j].pos) || isMark(t[j], NAME_MARKS))
  )
    j++;
  if (!SURVEYS.has(t[j]?.lower ?? '')) return -1;
  // "In exit polls": without a determiner only a plural or a described poll frames a finding ("In polling").
  if (first === k + 1 && !t[j].lower.endsWith('s') && j === first) return -1;
  // "in the poll booth": the poll noun only describes a thing after it.
  const after = t[j + 1];
  return after?.pos === 'NOUN' && after.text === after.lower ? -1 : j;
}

/** True when the poll's description holds a capitalised name (its pollster or paper): "a Harbour Post poll". */
function namesPollster(doc: ParsedText, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isCapitalised(doc.tokens[k]) && doc.tokens[k].pos === 'PROPN') return true;
  return false;
}

/** Documents a headline names before a colon to say where its news comes from: "Poll: Voters sour on the bridge". */
const KICKERS = new Set([...SURVEYS, 'study', 'analysis', 'research']);

/** "Poll: Voters sour on the bridge", "Study: Coffee lengthens life": a headline's kicker names its source. */
function kickerAt(doc: ParsedText, s: Sentence): Found | undefined {
  const word = doc.tokens[s.firstToken];
  if (!KICKERS.has(word.lower) || !isMark(doc.tokens[s.firstToken + 1], ':') || s.firstToken + 2 >= s.endToken)
    return undefined;
  // "Poll: Which side will win?": a page's poll for its readers asks; it reports no finding.
  if (isMark(doc.tokens[s.endToken - 1], '?')) return undefined;
  const guess = { source: 'document' as const, rule: 'attribution/document', confidence: CONFIDENCE };
  return { first: s.firstToken, end: s.firstToken + 1, guess, speaker: { first: s.firstToken, end: s.firstToken + 1 } };
}

/** Words of a share or a standing that a poll measures: "41 percent backing in a Herald poll", "leads in the polls". */
const POLL_STANDING = new Set(['percent', '%', 'points', 'lead', 'leads', 'leading', 'ahead', 'behind', 'trails', 'trailing']);

/**
 * "The mayor won 41 percent backing in a Herald poll", "Reyes leads in the polls", "Six percent of voters in the
 * survey were undecided": a poll named after the share or the standing it measured is the source of that figure.
 * Only in a sentence that cites nothing else, and only after a share or a standing: "Forty people took part in
 * the survey" tells who answered, not what it found.
 */
function pollAfterFigure(doc: ParsedText, s: Sentence): number {
  const t = doc.tokens;
  let figure = -1;
  // "45 percent support among older voters in a new poll": the people sampled may stand between figure and poll.
  let sample = false;
  for (let k = s.firstToken; k < s.endToken; k++) {
    const word = t[k].lower;
    // "won 40 percent of the vote in the polls", "Turnout was 62 percent": a result at the ballot box, no poll's finding.
    if (ELECTION_WORDS.has(word)) return -1;
    // "points" only as a margin counted ("six points"); "the bridge, which leads to the island" holds no figure.
    if (POLL_STANDING.has(word) && (word !== 'points' || t[k - 1]?.pos === 'NUM' || t[k - 1]?.type === 'number')) {
      figure = k;
      sample = false;
    }
    // "grew by 8 percent, and its name was misspelt in the census": a new clause leaves the figure behind.
    else if (word === ',' || word === ';' || word === 'and' || word === 'but') figure = -1;
    else if (word === 'among' || word === 'of') sample = figure >= 0;
    // The poll close to its figure: "41 percent backing in a Herald poll", "leads in the polls".
    else if (figure >= 0 && k - figure <= (sample ? SAMPLE_REACH : FIGURE_REACH) && word === 'in' && pollNounAt(doc, k) >= 0) {
      return ELECTION_POLLS.has(t[k + 1]?.lower ?? '') ? -1 : k;
    }
  }
  return -1;
}

/** How far "in" may stand after the figure's word: "six percent of voters in the survey" (three words). */
const FIGURE_REACH = 3;
/** How far, when the people sampled stand between ("among older voters", "of likely voters"). */
const SAMPLE_REACH = 6;
/** Words of an election's result: a share "of the vote", "turnout", "seats" won at the polls. */
const ELECTION_WORDS = new Set(['vote', 'votes', 'turnout', 'seats', 'ballots', 'electorate']);
/** Polls that are elections in British news: "in local polls", "in the general polls", "in council polls". */
const ELECTION_POLLS = new Set(['local', 'general', 'council', 'municipal', 'mayoral', 'parliamentary', 'presidential', 'regional']);

/** Adds the poll that frames the sentence as its source, unless the clause already cites one of its own. */
export function addSurveyFrame(doc: ParsedText, s: Sentence, found: Found[]): void {
  const t = doc.tokens;
  const kicker = found.length === 0 ? kickerAt(doc, s) : undefined;
  if (kicker) found.push(kicker);
  const opener = OPENERS.has(t[s.firstToken]?.lower ?? '') ? s.firstToken + 1 : s.firstToken;
  const openerNoun = pollNounAt(doc, opener);
  const framed = openerNoun >= 0 && closingComma(doc, s, openerNoun + 1) >= 0;
  const start = framed ? opener : found.length === 0 ? pollAfterFigure(doc, s) : -1;
  if (start < 0) return;
  const noun = pollNounAt(doc, start);
  if (found.some((f) => f.first <= noun)) return;
  const named = namesPollster(doc, start + 1, noun);
  found.push({
    first: start,
    end: noun + 1,
    guess: {
      source: 'document',
      rule: 'attribution/document',
      confidence: CONFIDENCE,
      ...(named ? { sourceName: doc.text.slice(t[start + 1].start, t[noun].end) } : {}),
    },
    speaker: { first: start + 1, end: noun + 1 },
  });
}
