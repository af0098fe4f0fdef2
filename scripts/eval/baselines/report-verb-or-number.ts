/**
 * The baseline the data README names "has a number or a report verb" (claims) and "report-verb list +
 * according to" (attribution), rebuilt so it can be measured on the development split beside the engine:
 * - a text with a number (digits or a number word) or a report verb is one check-worthy claim (statistical
 *   when it has a number), the whole text long;
 * - each report verb or "according to" is an attribution, named when a capitalised word stands among the
 *   three words before it (not the text's first word), vague otherwise.
 */
import type { Analyzer } from '../analyse.ts';
import { readLexicon } from './lexicon-file.ts';
import { baselineReport, type DraftFinding, draftBase } from './report.ts';
import { findListed, type Word, wordsOf } from './words.ts';

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion trillion percent half dozen'.split(
    ' ',
  ),
);

/** Past forms the list's base forms cannot be turned into by adding endings. */
const IRREGULAR: Record<string, string> = {
  said: 'say',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  thought: 'think',
  knew: 'know',
  known: 'know',
  found: 'find',
  held: 'hold',
  spoke: 'speak',
  spoken: 'speak',
  taught: 'teach',
  felt: 'feel',
  meant: 'mean',
  shown: 'show',
  swore: 'swear',
  sworn: 'swear',
  foresaw: 'foresee',
  foreseen: 'foresee',
};

/** The base forms a word may be an inflection of: "reports", "reported", "reporting" → "report". */
export function baseForms(word: string): string[] {
  const forms = [word];
  if (IRREGULAR[word]) forms.push(IRREGULAR[word]);
  for (const [ending, replacements] of [
    ['ies', ['y']],
    ['ied', ['y']],
    ['es', ['', 'e']],
    ['s', ['']],
    ['ed', ['', 'e']],
    ['d', ['']],
    ['ing', ['', 'e']],
  ] as const) {
    if (word.length > ending.length + 2 && word.endsWith(ending)) {
      for (const r of replacements) forms.push(word.slice(0, -ending.length) + r);
    }
  }
  return forms;
}

function hasNumber(words: readonly Word[]): boolean {
  return words.some((w) => /\d/.test(w.lower) || NUMBER_WORDS.has(w.lower));
}

/**
 * The baseline as an Analyzer over the report verbs in `dataDir`/lexicons: the list's words as they are
 * written (which reproduces the README's held-out figures within a few hundredths), or, with `inflected`,
 * their inflections too ("said", "reports"), a stronger baseline.
 */
export function reportVerbOrNumber(dataDir: string, inflected = false): Analyzer {
  const verbs = readLexicon(dataDir, 'report_verbs.txt');
  verbs.add('according to');
  return (text) => {
    const words = wordsOf(text);
    const hits = findListed(words, verbs, inflected ? baseForms : undefined);
    const drafts: DraftFinding[] = hits.map((hit) => {
      const before = words.slice(Math.max(1, hit.word - 3), hit.word);
      const source = before.some((w) => w.capital) ? 'named' : 'vague';
      return { ...draftBase(text, hit.start, hit.end, 'baseline/report-verb'), kind: 'attribution', source };
    });
    const numeric = hasNumber(words);
    if ((numeric || hits.length > 0) && text.trim() !== '') {
      const claimType = numeric ? 'statistical' : 'factual';
      const claim = { ...draftBase(text, 0, text.length, 'baseline/number-or-report-verb'), kind: 'claim' as const };
      drafts.push({ ...claim, claimType, sourcing: 'none' });
    }
    return baselineReport(text, drafts, 'report-verb-or-number');
  };
}
