/** Superlatives stretched to the limit: "the worst ever", "the biggest scandal in history". */
import type { Candidate } from './candidate.ts';
import { findAhead, matchOf, type PatternRule, wordSet } from './rule.ts';
import { fileStartTest } from './rule-starts.ts';
import type { TextFacts } from './text-facts.ts';

/** Words after a superlative that stretch it over all time or the whole world. */
const STRETCH = wordSet('ever history time imaginable conceivable world planet earth memory');
const IRREGULAR = wordSet('best worst most least');
/** The word half of the test below (the tag is read per token): the rule visits only these words (rule-starts.ts). */
const SUPERLATIVE_START = fileStartTest((f) => IRREGULAR.has(f.lower) || (f.lower.endsWith('est') && f.lemma !== f.lower));
/** Words from the superlative to the stretch: "the deadliest rail crash in modern British history" needs six. */
const STRETCH_WINDOW = 7;
/** A possessive before "history" bounds the record to one body, as "the club's" does: "in its history". */
const OWNERS = wordSet('its their his her my your');

/**
 * Superlatives of a measure (age, size, heat, speed): "the hottest day ever recorded" and "the oldest person
 * ever elected" name a record kept in a register, which a reader can look up; "the worst deal ever made" judges.
 */
const MEASURED = wordSet(
  'oldest youngest tallest shortest longest largest biggest smallest heaviest lightest highest lowest fastest ' +
    'slowest earliest latest deepest hottest coldest warmest wettest driest windiest',
);

/** True for "ever" followed by a participle of record-keeping after a measured superlative ("ever recorded"). */
function recordKept(facts: TextFacts, superlative: number, stretch: number): boolean {
  const next = facts.doc.tokens[stretch + 1];
  return (
    MEASURED.has(facts.forms[superlative].lower) &&
    facts.forms[stretch].lower === 'ever' &&
    next?.pos === 'VERB' &&
    facts.forms[stretch + 1].lower.endsWith('ed')
  );
}

/** Ordinal words that rank a measured superlative ("the second largest", "the fourth-tallest"). */
const ORDINALS = wordSet(
  'second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth ' +
    'seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth hundredth',
);
/** Written ordinals ("5th", "21st"). */
const NUMERIC_ORDINAL = /^\d+(st|nd|rd|th)$/;

/**
 * True for a measured superlative ranked by an ordinal, with or without a hyphen ("the fourth-tallest tower in the
 * world", "the 5th largest port in the world"): a place in a list anyone can check, not a boast of a record.
 */
function ranked(facts: TextFacts, superlative: number): boolean {
  if (!MEASURED.has(facts.forms[superlative].lower)) return false;
  const before = facts.forms[superlative - 1]?.lower === '-' ? superlative - 2 : superlative - 1;
  const word = facts.forms[before]?.lower ?? '';
  return ORDINALS.has(word) || NUMERIC_ORDINAL.test(word);
}

/** The superlative rule. */
export const superlative: PatternRule = {
  examples: {
    flags: [
      'It was [the worst deal ever] made.',
      'It was [the biggest scandal ever], the paper said.',
      'The [biggest scandal in history] broke today.',
      'It was the [largest fine in modern European history].',
      'It was the [deadliest rail crash in modern British history].',
    ],
    ignores: [
      'It was the worst storm this year.',
      'The best time to visit is May.',
      'The best history teacher in town retired.',
      'The strike was the longest in the history of the railway.',
      "It was the biggest win in the club's history.",
      'He was the best student the school had seen in its history.',
      'Tuesday was the hottest day ever recorded in the city.',
      'At 81 he is the oldest man ever elected to the board.',
      'The new mast made it the fourth-tallest tower in the world.',
      'Rotterdam was then the 3rd largest port in the world.',
    ],
  },
  info: {
    rule: 'rhetoric/exaggeration/superlative',
    technique: 'exaggeration',
    explanation:
      'A superlative stretched over all time or the whole world ("the worst ever", "the biggest in history"). Such records are rarely checked and are used to make a point feel bigger.',
    question: 'Compared with what, measured how? Is it really a record?',
    confidence: 0.6,
  },
  find(facts: TextFacts): Candidate[] {
    const { tokens } = facts.doc;
    const out: Candidate[] = [];
    // Only the tokens that pass SUPERLATIVE_START, in text order (rule-starts.ts); an index loop, cheap before V8 optimises it.
    const at = facts.starts[SUPERLATIVE_START];
    for (let n = 0; n < at.length; n++) {
      const i = at[n];
      const t = tokens[i];
      const f = facts.forms[i];
      const isSuperlative =
        IRREGULAR.has(f.lower) || (t.pos === 'ADJ' && f.lower.endsWith('est') && f.lemma !== f.lower);
      if (!isSuperlative) continue;
      if (f.lower === 'least' && facts.forms[i - 1]?.lower === 'at') continue;
      const stretch = findAhead(facts, i + 1, STRETCH, STRETCH_WINDOW);
      if (stretch < 0 || !stretchesFully(facts, stretch) || recordKept(facts, i, stretch) || ranked(facts, i)) continue;
      out.push(matchOf(this.info, i, stretch + 1));
    }
    return out;
  },
};

/** The words before the stretch word that make it a scope: "of all time", "in the world", "in history". */
const SCOPE_BEFORE: Record<string, readonly string[]> = {
  time: ['all'],
  history: ['in', 'human', 'recorded', 'modern', 'american', 'british'],
  world: ['the', 'whole', 'entire'],
  earth: ['on'],
  planet: ['the'],
  memory: ['living', 'recent'],
};

/** How far before "history" an "in" may open its scope ("in modern U.S. history", "in the club's history"). */
const HISTORY_SCOPE = 4;

function stretchesFully(facts: TextFacts, i: number): boolean {
  const need = SCOPE_BEFORE[facts.forms[i].lower];
  if (need === undefined || need.includes(facts.forms[i - 1]?.lower ?? '')) return true;
  if (facts.forms[i].lower !== 'history') return false;
  // "In the history of the railway" and "in the club's history" bound the record to one body: a plain fact.
  if (facts.forms[i + 1]?.lower === 'of') return false;
  for (let k = i - 1; k >= Math.max(0, i - HISTORY_SCOPE); k--) {
    const word = facts.forms[k].lower;
    if (word === "'s" || word === '\u2019s' || OWNERS.has(word)) return false;
    if (facts.forms[k].lower === 'in') return k < i - 1;
  }
  return false;
}
