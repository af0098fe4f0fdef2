/**
 * "Rivera flew to Lisbon on Monday", "the committee met twice": a claim with no figure, no public matter and
 * nothing contested (no death, accusation, motive or cause, no public body named by its initials) is true or
 * false, but it gives a fact-checker nothing to measure and no policy to weigh. It stays a claim and keeps its
 * place above the floor; among claims it ranks after those that carry a figure or touch public business ("the
 * council cut the bus budget by 12 percent").
 */
import type { SentenceFeatures } from './features.ts';

/** How much lower a plain claim ranks at most: less than the speaker's own anecdote is lowered (0.1). */
export const PLAIN_CLAIM_DISCOUNT = 0.08;

/**
 * The rank discount for a claim that carries neither a figure nor a public matter nor contested content, given its
 * `margin` above the floor: at most half of it, so plain claims keep their order among themselves and a third
 * party's plain act never sinks to the floor where the speaker's own anecdote sits.
 */
export function plainClaimDiscount(f: SentenceFeatures, margin: number): number {
  if (f.numbers > 0 || f.publicMatters > 0 || f.casualty || f.accusation) return 0;
  // "Thousands marched", "the airline cancelled the inspections": a body's or a crowd's act is on record (round 15).
  if (f.publicActor) return 0;
  // "She resigned to protect her allies", "the leak caused the delay", "routes used by NATO": a motive or a cause is
  // what sides dispute (DESIGN), and initials name a public body on record, so none of them is plain.
  if (f.intent || f.causal || f.initials) return 0;
  // "Meek was appointed finance director in March": an act of office with its date is in the public record.
  if (f.record && f.dates > 0) return 0;
  return Math.min(PLAIN_CLAIM_DISCOUNT, Math.max(0, margin / 2));
}
