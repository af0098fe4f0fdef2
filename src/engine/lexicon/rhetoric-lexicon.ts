/** The whole rhetoric lexicon: every group of every technique, in one list the matcher indexes once. */
import { CERTAINTY } from './rhetoric-certainty.ts';
import { EDITORIAL } from './rhetoric-editorial.ts';
import { EMOTION } from './rhetoric-emotion.ts';
import { EXAGGERATION } from './rhetoric-exaggeration.ts';
import { FEAR } from './rhetoric-fear.ts';
import { FIGURATIVE } from './rhetoric-figurative.ts';
import { FRAMING } from './rhetoric-framing.ts';
import { GRADED_CHARGES } from './rhetoric-graded-charges.ts';
import { HEDGES } from './rhetoric-hedge.ts';
import { IDIOMS } from './rhetoric-idioms.ts';
import { JUDGEMENT } from './rhetoric-judgement.ts';
import { LOADED_ADJECTIVES } from './rhetoric-loaded-adjectives.ts';
import { LOADED_NOUNS } from './rhetoric-loaded-nouns.ts';
import { LOADED_VERBS } from './rhetoric-loaded-verbs.ts';
import { NAME_CALLING } from './rhetoric-name-calling.ts';
import { PARTISAN } from './rhetoric-partisan.ts';
import { PRAISE } from './rhetoric-praise.ts';
import { REBUKES } from './rhetoric-rebukes.ts';
import { STORYTELLING } from './rhetoric-storytelling.ts';
import { TONE } from './rhetoric-tone.ts';
import { VERDICTS } from './rhetoric-verdicts.ts';
import type { LexiconGroup } from './types.ts';
import { WORDS_TO_WATCH } from './rhetoric-words-to-watch.ts';

/** Every rhetoric lexicon group. */
export const RHETORIC_LEXICON: readonly LexiconGroup[] = [
  ...LOADED_VERBS,
  ...LOADED_ADJECTIVES,
  ...LOADED_NOUNS,
  ...PRAISE,
  ...STORYTELLING,
  ...FRAMING,
  ...GRADED_CHARGES,
  ...EMOTION,
  ...EDITORIAL,
  ...JUDGEMENT,
  ...NAME_CALLING,
  ...PARTISAN,
  ...EXAGGERATION,
  ...FEAR,
  ...CERTAINTY,
  ...FIGURATIVE,
  ...IDIOMS,
  ...REBUKES,
  ...TONE,
  ...VERDICTS,
  ...HEDGES,
  ...WORDS_TO_WATCH,
];
