/**
 * Scare quotes: one or two words put in quotation marks by the writer, not quoted from a speaker
 * ('the "reform"', 'so-called "experts"'). The marks say "they call it this, but it is not", without arguing it.
 */
import type { Candidate } from './candidate.ts';
import { isCapitalised, matchOf, type PatternRule, wordSet } from './rule.ts';
import type { TextFacts } from './text-facts.ts';

const CLOSING: Record<string, string> = { '"': '"', '\u201C': '\u201D', '\u2018': '\u2019', "'": "'" };
const MAX_WORDS = 2;
/** Scare quotes mark a name for a thing: a noun or an adjective after a determiner, adjective or preposition. */
const QUOTED_TAGS = new Set(['NOUN', 'ADJ', 'PROPN']);
const TAGS_BEFORE = new Set(['DET', 'ADJ', 'ADP', 'PRON', 'NUM']);
/** Words before a quote that show it is a name, a title or a mention of a word, not sarcasm. */
const MENTION_BEFORE = wordSet(
  'say said says tell told call called calls named name dubbed titled entitled word words term phrase slogan ' +
    'motto headline hashtag label labelled labeled nicknamed known as read reads wrote writes chanted shouted',
);

/** Nouns for a measure or a programme, which governments name with quoted compounds. */
const MEASURES = wordSet(
  'order policy rule law scheme plan programme program approach strategy campaign zone deal initiative bill ' +
    'measure tax system model mandate ban guidance regime package lockdown',
);

/** The scare-quotes rule. */
export const scareQuotes: PatternRule = {
  examples: {
    flags: ['The [“reform”] cuts pensions by a third.', 'Readers of the [“right-wing”] paper wrote in.'],
    ignores: [
      'She said “no” twice.',
      'He read “Hamlet” at school.',
      'The “stay-at-home” order ends on Friday.',
      'Ministers unveiled a “zero-tolerance” policy.',
    ],
  },
  info: {
    rule: 'rhetoric/loaded-language/scare-quotes',
    technique: 'loaded-language',
    explanation:
      'Quotation marks around a single word that nobody is being quoted for ("reform", "experts"). They mock the word and suggest it is false, without saying why.',
    question: 'What is wrong with the word? What would the writer call it, and why?',
    confidence: 0.6,
  },
  find(facts: TextFacts): Candidate[] {
    const { tokens } = facts.doc;
    const out: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const close = CLOSING[tokens[i].text];
      if (close === undefined) continue;
      const end = closingIndex(facts, i, close);
      if (end < 0) continue;
      if (isScare(facts, i, end)) out.push(matchOf(this.info, i, end + 1));
      i = end;
    }
    return out;
  },
};

/** Index of the closing mark after 1..MAX_WORDS words in the same sentence, or -1. */
function closingIndex(facts: TextFacts, open: number, close: string): number {
  const { tokens } = facts.doc;
  let words = 0;
  // A hyphen joins the parts of one word ("right-wing"), which wink splits into three tokens: each part after
  // a hyphen is not counted as a word of its own.
  let joins = 0;
  for (let j = open + 1; j < tokens.length && tokens[j].sentence === tokens[open].sentence; j++) {
    if (tokens[j].text === close || (close === '\u2019' && tokens[j].text === "'")) return words > 0 ? j : -1;
    if (tokens[j].text === '-' && tokens[j - 1].end === tokens[j].start) {
      joins++;
      continue;
    }
    if (tokens[j].type !== 'word') return -1;
    if (++words > MAX_WORDS + joins) return -1;
  }
  return -1;
}

/** Inside a sentence, lower-case, after no speech or naming word: the writer's own marks. */
function isScare(facts: TextFacts, open: number, close: number): boolean {
  const { tokens } = facts.doc;
  const s = facts.doc.sentences[tokens[open].sentence];
  if (!s || (open === s.firstToken && close === s.endToken - 1)) return false;
  if (isCapitalised(facts, open + 1) || facts.titleCase[s.index]) return false;
  // A straight apostrophe glued to a word is a possessive or a contraction, not a quotation mark.
  if (tokens[open].text === "'" && tokens[open - 1]?.end === tokens[open].start) return false;
  const before = facts.forms[open - 1];
  if (!before || tokens[open - 1].sentence !== tokens[open].sentence) return false;
  if (MENTION_BEFORE.has(before.lower) || MENTION_BEFORE.has(before.lemma)) return false;
  if (!TAGS_BEFORE.has(tokens[open - 1].pos)) return false;
  if (namesCompound(facts, open, close)) return false;
  return QUOTED_TAGS.has(tokens[close - 1].pos);
}

/**
 * A quoted hyphenated compound right before the word for a measure gives the measure its official name (a
 * “zero-tolerance” policy, the “stay-at-home” order); before other nouns it stays a label (the “right-wing” paper).
 */
function namesCompound(facts: TextFacts, open: number, close: number): boolean {
  const { tokens } = facts.doc;
  let hyphenated = false;
  for (let j = open + 1; j < close; j++) if (tokens[j].text === '-') hyphenated = true;
  const next = facts.forms[close + 1];
  return hyphenated && tokens[close + 1]?.sentence === tokens[close].sentence && MEASURES.has(next?.lemma ?? '');
}
