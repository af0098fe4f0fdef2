/** Every evaluation set, in the order they are printed. */
import { babe } from './babe.ts';
import { basil } from './basil.ts';
import { checkthat } from './checkthat.ts';
import { claimbuster } from './claimbuster.ts';
import { conll } from './conll.ts';
import { newsPages } from './news-pages.ts';
import { polnear } from './polnear.ts';
import { polnearSentences } from './polnear-sentences.ts';
import { ptc } from './ptc.ts';
import type { EvalSet } from './set.ts';
import { wnc } from './wnc.ts';

/** All sets, by the name of their folder in the data directory. */
export const SETS: EvalSet[] = [
  ptc,
  babe,
  wnc,
  basil,
  conll,
  claimbuster,
  checkthat,
  polnearSentences,
  polnear,
  newsPages,
];
