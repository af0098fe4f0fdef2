/**
 * The published weights of the sourcing score. README prints these tables; changing a number here changes
 * every score, so each one says why it is what it is.
 */
import type { Grade, Sourcing } from '../types.ts';

/** Points each component carries out of 100. */
export const COMPONENT_WEIGHTS = {
  /** Are the claims that matter sourced? The heart of the score. */
  'claim-sourcing': 45,
  /** Can the reader check the sources the article does give? */
  'source-quality': 25,
  /** Does the article name people, organisations or documents at all, for its length? */
  'named-sources': 15,
  /** Does the author's own wording inform rather than argue? */
  tone: 15,
} as const;

/**
 * How much an unsourced claim of each kind weighs. Contestable claims (deaths, accusations, motives, causes,
 * numbers with no origin, predictions stated as fact) weigh most; a routine observable fact weighs little,
 * so wire copy that reports what happened in its own voice is not punished for it.
 */
export const CLAIM_WEIGHTS: Readonly<Record<string, number>> = {
  'claim/casualty': 3,
  'claim/accusation': 3,
  'claim/intent': 2.5,
  'claim/cause': 2,
  'claim/statistic': 2,
  'claim/prediction': 1.5,
  'claim/event': 0.6,
  'claim/routine': 0.2,
};

/**
 * The least room one checkable claim takes in the claim-sourcing component, whatever its weight. The weights
 * alone only compare one article's claims with each other, so a match report made of routine facts, none of
 * them sourced, lost the whole component, which is the punishment of wire copy the weights exist to prevent.
 * With this floor an unsourced event costs 0.6 of its 1 and a routine fact 0.2, while an unsourced death toll
 * still costs all of its 3.
 */
export const CLAIM_ROOM_FLOOR = 1;

/** How much of a claim's weight each kind of sourcing earns back. */
export const SOURCING_CREDIT: Readonly<Record<Sourcing, number>> = {
  named: 1,
  document: 1,
  anonymous: 0.4,
  vague: 0.15,
  none: 0,
};

/** An anonymous source whose reason for anonymity is stated earns this much instead of SOURCING_CREDIT.anonymous. */
export const ANONYMOUS_WITH_REASON_CREDIT = 0.6;

/** How checkable each kind of attribution is, for the source-quality component. */
export const SOURCE_CHECKABILITY = {
  named: 1,
  document: 1,
  pronoun: 0.8,
  anonymousWithReason: 0.5,
  anonymous: 0.3,
  vague: 0,
  agentless: 0,
} as const;

/** Named or document sources per 100 words that earn the full named-sources component. */
export const NAMED_PER_100_WORDS_FOR_FULL = 2.5;

/** Rhetoric findings per 100 words (author's voice) at which the tone component reaches zero. */
export const RHETORIC_PER_100_WORDS_FOR_ZERO = 4;

/** Rhetoric inside a quotation is the speaker's, not the author's: it counts this much. */
export const QUOTED_RHETORIC_FACTOR = 0.25;

/** A hedge softens rather than loads: it counts this much against tone. */
export const HEDGE_FACTOR = 0.5;

/** Grade bands: the lowest value of each grade. */
export const GRADE_BANDS: readonly { grade: Grade; from: number }[] = [
  { grade: 'strong', from: 80 },
  { grade: 'good', from: 65 },
  { grade: 'mixed', from: 50 },
  { grade: 'weak', from: 30 },
  { grade: 'poor', from: 0 },
];

/** The grade word for a score value. */
export function gradeOf(value: number): Grade {
  return (GRADE_BANDS.find((b) => value >= b.from) ?? GRADE_BANDS[GRADE_BANDS.length - 1]).grade;
}
