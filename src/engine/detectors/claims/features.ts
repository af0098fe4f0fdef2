/**
 * The observable features of one sentence that decide whether it is a claim, what kind, and how much a
 * fact-checker would want to check it. Every feature is counted in one pass over the sentence's tokens.
 */
import {
  ACCUSATION_PHRASES,
  CASUALTY_WORDS,
  CAUSAL_PHRASES,
  CEREMONY_PHRASES,
  CHANGE_WORDS,
  CONVERSATION_PHRASES,
  EVALUATIVE_WORDS,
  INTENT_PHRASES,
  MEASURED_NOUNS,
  OPINION_PHRASES,
  POSSIBILITY_MODALS,
  PREDICTION_PHRASES,
  PRESCRIPTION_PHRASES,
  PUBLIC_MATTER_NOUNS,
  QUANTITY_WORDS,
  RECORD_VERBS,
  RANKING_SCOPES,
  RANKING_WORDS,
  RATE_WORDS,
  ROUTINE_WORDS,
  UNIT_WORDS,
  VAGUE_CONTENT_WORDS,
} from '../../lexicon/claims-markers.ts';
import type { ParsedText, Sentence, Token } from '../../nlp.ts';
import { isCapitalised } from '../../names/tokens.ts';
import { compilePatterns, findPatterns, type PatternIndex } from '../attribution/patterns.ts';
import { FIRST_PERSON, isPastForm, isPerfect, isReportByOthers } from './verb-forms.ts';

/** What one sentence contains, as counts and flags. */
export interface SentenceFeatures {
  words: number;
  question: boolean;
  /** Figures: digits, amounts, percentages, magnitudes ("thousands"). Years and dates are counted in `dates`. */
  numbers: number;
  /** Small counts written as words ("two debates", "one of them"): weaker evidence of a statistic. */
  counts: number;
  /** A condition or hypothesis ("if", "would have"): the sentence imagines rather than reports. */
  conditional: boolean;
  /** An action on the public record ("voted", "vetoed", "cut taxes"). */
  record: boolean;
  /** Unspecified content ("something", "a lot of things"). */
  vague: boolean;
  /** A modal of possibility ("could", "might"). */
  modal: boolean;
  dates: number;
  /** Verbs in a past or perfect form ("voted", "has cut", "fought"). */
  past: number;
  /** Capitalised words after the first word: names of people, places, organisations. */
  names: number;
  firstPerson: boolean;
  secondPerson: boolean;
  comparative: boolean;
  /** A superlative or a record ("the largest", "the poorest in our hemisphere", "highest ever"): a ranking one can check. */
  superlative: boolean;
  evaluative: number;
  causal: boolean;
  prediction: boolean;
  prescription: boolean;
  opinion: boolean;
  casualty: boolean;
  accusation: boolean;
  intent: boolean;
  routine: boolean;
  /** Thanks, welcome, congratulation: the sentence marks an occasion. */
  ceremony: boolean;
  /** Turns, time and questions ("you have two minutes", "let me ask you"): talk that runs the exchange. */
  conversation: boolean;
  /** "has been", "have been": a state or result that has held up to now, a track record one can look up. */
  perfect: boolean;
  /** A field the statement covers ("in the world", "in our history", "the best ever"): it speaks for a whole country or era. */
  scope: boolean;
  /** Mentions of public matters ("taxes", "the border", "the courts"): policy and its effects, not private life. */
  publicMatters: number;
}

const RANKING = compilePatterns(RANKING_SCOPES);
const PATTERNS: Record<'causal' | 'prediction' | 'prescription' | 'opinion' | 'accusation' | 'intent' | 'ceremony' | 'conversation', PatternIndex> = {
  causal: compilePatterns(CAUSAL_PHRASES),
  prediction: compilePatterns(PREDICTION_PHRASES),
  prescription: compilePatterns(PRESCRIPTION_PHRASES),
  opinion: compilePatterns(OPINION_PHRASES),
  accusation: compilePatterns(ACCUSATION_PHRASES),
  intent: compilePatterns(INTENT_PHRASES),
  ceremony: compilePatterns(CEREMONY_PHRASES),
  conversation: compilePatterns(CONVERSATION_PHRASES),
};
const FIGURE_ENTITIES = new Set(['MONEY', 'PERCENT']);
const DATE_ENTITIES = new Set(['DATE', 'TIME', 'DURATION']);
const COMPARATIVES = new Set(['more', 'less', 'fewer', 'most', 'least', 'record', 'highest', 'lowest', 'largest', 'biggest', 'smallest', 'fastest', 'first', 'only', 'never', 'ever']);
const SECOND_PERSON = new Set(['you', "you're", "you've"]);

/** True when a token lies inside one of wink's entities (numbers there are already counted). */
function isInEntity(doc: ParsedText, tok: Token): boolean {
  return entityTokens(doc)[tok.index] === 1;
}

const MARKS = new WeakMap<ParsedText, Uint8Array>();

/** Marks the tokens inside wink's entities, once per parsed text. */
function entityTokens(doc: ParsedText): Uint8Array {
  let mask = MARKS.get(doc);
  if (!mask) {
    mask = new Uint8Array(doc.tokens.length);
    for (const e of doc.entities) mask.fill(1, e.firstToken, e.endToken);
    MARKS.set(doc, mask);
  }
  return mask;
}

/** "seventy-two", "fifteen": past ten, a number in words is a figure someone counted, not a small count. */
const LARGE_NUMBER_WORD = /\b(eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/;

/** Shares: "two-thirds of", "a quarter of", "one-eighth of". */
const FRACTION_WORD = /^(half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)$/;

/** True for a fraction word that measures a share: after a number or "a", before "of" ("two-thirds of the people"). */
function isShare(tokens: Token[], i: number): boolean {
  if (!FRACTION_WORD.test(tokens[i].lower) || tokens[i + 1]?.lower !== 'of') return false;
  const before = tokens[i - 1]?.text === '-' ? tokens[i - 2] : tokens[i - 1];
  return before !== undefined && (before.pos === 'NUM' || before.lower === 'a');
}

/** Counts the sentence's entities by kind: figures, small counts written as words, and dates. */
function countEntities(doc: ParsedText, s: Sentence, from: number): { figures: number; counts: number; dates: number } {
  const n = { figures: 0, counts: 0, dates: 0 };
  for (let e = from; e < doc.entities.length && doc.entities[e].start < s.end; e++) {
    const entity = doc.entities[e];
    if (entity.start < s.start) continue;
    const text = doc.text.slice(entity.start, entity.end).toLowerCase();
    if (FIGURE_ENTITIES.has(entity.type)) n.figures++;
    else if (entity.type === 'CARDINAL') {
      // "400", "eight million" are figures; "one", "two" are counts that rarely carry a statistic.
      if (/\d/.test(text) || text.split(/\s+/).some((w) => QUANTITY_WORDS.has(w)) || LARGE_NUMBER_WORD.test(text)) n.figures++;
      else n.counts++;
    } else if (DATE_ENTITIES.has(entity.type)) n.dates++;
  }
  return n;
}

/** Computes a sentence's features; `entityFrom` is the index of the first entity that may lie inside it. */
export function sentenceFeatures(doc: ParsedText, s: Sentence, entityFrom: number): SentenceFeatures {
  const t = doc.tokens;
  const entities = countEntities(doc, s, entityFrom);
  const f: SentenceFeatures = {
    words: 0, question: false, numbers: entities.figures, counts: entities.counts, conditional: false,
    record: false, vague: false, modal: false,
    dates: entities.dates, past: 0, names: 0, firstPerson: false,
    secondPerson: false, comparative: false, superlative: false, evaluative: 0, causal: false, prediction: false, prescription: false,
    opinion: false, casualty: false, accusation: false, intent: false, routine: false, publicMatters: 0, scope: false, perfect: false, ceremony: false,
    conversation: false,
  };
  let measured = false;
  let change = false;
  let rate = false;
  let ranked = false;
  let rankingJudgements = 0;
  let reportedByOthers = false;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const tok = t[i];
    if (tok.text === '?') f.question = true;
    if (tok.type !== 'word') continue;
    f.words++;
    const w = tok.lower;
    // Magnitude words and digits outside a number entity ("thousands of jobs", "up 141percent").
    if ((QUANTITY_WORDS.has(w) && tok.pos !== 'NUM') || (/\d/.test(w) && !isInEntity(doc, tok))) f.numbers++;
    if (isShare(t, i)) f.numbers++;
    if (MEASURED_NOUNS.has(w)) measured = true;
    if (RATE_WORDS.has(w)) rate = true;
    // "Five cents", "three miles": a number word with its unit is a measurement, not a mere count.
    if (UNIT_WORDS.has(w) && t[i - 1]?.pos === 'NUM' && isInEntity(doc, t[i - 1]) && !/\d/.test(t[i - 1].text)) f.numbers++;
    if (CHANGE_WORDS.has(w)) change = true;
    if (w === 'if' || w === 'unless' || w === 'whether') f.conditional = true;
    if (RECORD_VERBS.has(tok.lemma) && tok.pos === 'VERB') f.record = true;
    if (VAGUE_CONTENT_WORDS.has(w)) f.vague = true;
    if (POSSIBILITY_MODALS.has(w)) f.modal = true;
    if (isPastForm(t, i)) f.past++;
    if (w === 'been' && isPerfect(t, i)) f.perfect = true;
    if (isReportByOthers(t, i)) reportedByOthers = true;
    // "I" is capitalised but names nobody. A sentence's first word is capitalised anyway: it counts only when
    // wink reads it as a proper noun ("China is").
    const named = i > s.firstToken ? isCapitalised(tok) : tok.pos === 'PROPN';
    if (named && !/^i(['’](m|ve|d|ll))?$/.test(w)) f.names++;
    // "I" only as the capital pronoun: a lower-case "i" is part of a name ("Tehrik-i-Taliban").
    if (FIRST_PERSON.has(w) && tok.text[0] !== 'i') f.firstPerson = true;
    if (SECOND_PERSON.has(w)) f.secondPerson = true;
    if (COMPARATIVES.has(w)) f.comparative = true;
    if ((tok.pos === 'ADJ' && /est$/.test(w) && w.length > 5) || ((w === 'most' || w === 'least') && t[i + 1]?.pos === 'ADJ')) {
      f.comparative = true;
      f.superlative = true;
    }
    if (RANKING_WORDS.has(w) || f.superlative) ranked = true;
    if (EVALUATIVE_WORDS.has(w)) f.evaluative++;
    if (EVALUATIVE_WORDS.has(w) && RANKING_WORDS.has(w)) rankingJudgements++;
    if (CASUALTY_WORDS.has(w)) f.casualty = true;
    if (ROUTINE_WORDS.has(w)) f.routine = true;
    // A common noun only: "Bill Clinton" and "Trade Secretary" are names, not public matters.
    if (PUBLIC_MATTER_NOUNS.has(w) && tok.pos === 'NOUN') f.publicMatters++;
  }
  // "three police officers for every crime": a count per something is a rate, a statistic.
  if (rate && f.counts > 0 && f.numbers === 0) f.numbers = 1;
  // "the worst trade year in American history": a ranking over a stated field is a record one can check.
  // There "worst" ranks rather than judges.
  f.scope = findPatterns(t, s.firstToken, s.endToken, RANKING).length > 0;
  if (ranked && f.scope) {
    f.comparative = f.superlative = true;
    f.evaluative -= rankingJudgements;
  }
  for (const key of Object.keys(PATTERNS) as (keyof typeof PATTERNS)[]) {
    f[key] = findPatterns(t, s.firstToken, s.endToken, PATTERNS[key]).length > 0;
  }
  // "Mr. Lee says it's a bad deal", "the senator said we should cut taxes": a view or a call reported in
  // someone else's name is a claim about their position (did they say it?), not the speaker's own view.
  if (reportedByOthers) f.opinion = f.prescription = false;
  // "The wages of Americans have gone down": a measured quantity and a change make a statistic without digits.
  // "Costs are going to go up" forecasts a change: nothing has been measured yet.
  if (measured && change && f.numbers === 0 && !f.prediction) f.numbers = 1;
  return f;
}
