/**
 * The baselines of the data README, runnable on the development split with `npm run eval -- --baseline NAME`,
 * so the engine's figures can be read against the obvious tools measured on the same texts (the README's own
 * baseline figures are for the held-out split).
 */
import type { Analyzer } from '../analyse.ts';
import { biasLexiconMatcher } from './lexicon-matcher.ts';
import { reportVerbOrNumber } from './report-verb-or-number.ts';
import { retextIntensifyBaseline, writeGoodBaseline } from './style-checkers.ts';

/** A baseline: what it is, the sets it was meant for, and how to build it over the data folder. */
export interface Baseline {
  name: string;
  description: string;
  sets: string[];
  build(dataDir: string): Analyzer;
}

/** Every baseline, by name. */
export const BASELINES: Baseline[] = [
  {
    name: 'bias-lexicon',
    description: 'the Recasens et al. NPOV bias lexicon as a word matcher',
    sets: ['ptc', 'babe', 'wnc-sample', 'basil'],
    build: biasLexiconMatcher,
  },
  {
    name: 'report-verb-or-number',
    description: '"has a number or a report verb" (claims), report verbs + "according to" (attribution)',
    sets: ['claimbuster', 'checkthat2019-t1', 'polnear-sentences', 'polnear'],
    build: (dir) => reportVerbOrNumber(dir),
  },
  {
    name: 'inflected-report-verb-or-number',
    description: 'the same with every inflection of the report verbs ("said", "reports"): a stronger baseline',
    sets: ['claimbuster', 'checkthat2019-t1', 'polnear-sentences', 'polnear'],
    build: (dir) => reportVerbOrNumber(dir, true),
  },
  {
    name: 'retext-intensify',
    description: 'retext + retext-english + retext-intensify, every message a hedge',
    sets: ['conll2010-wiki-weasel'],
    build: () => retextIntensifyBaseline(),
  },
  {
    name: 'write-good',
    description: 'write-good with its default checks, every suggestion a hedge',
    sets: ['conll2010-wiki-weasel'],
    build: () => writeGoodBaseline(),
  },
];

/** The baseline called `name`, or an error listing the known ones. */
export function findBaseline(name: string): Baseline {
  const found = BASELINES.find((b) => b.name === name);
  if (!found) throw new Error(`unknown baseline "${name}"; baselines: ${BASELINES.map((b) => b.name).join(', ')}`);
  return found;
}
