/**
 * A small seeded pseudo-random generator for the fuzz test. Fixed seeds make every run test the same
 * thousands of cases, so a failure names a case that can be replayed exactly (seed + case number).
 */

/** A source of numbers in [0, 1), like Math.random but reproducible. */
export type Random = () => number;

/**
 * mulberry32: a tiny 32-bit generator with good enough spread for test inputs (not for cryptography).
 * Math.imul keeps the multiplications in 32-bit integer arithmetic, as the algorithm expects.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** The generator for case `index` of a run seeded with `seed`: each case can be replayed on its own. */
export function caseRandom(seed: number, index: number): Random {
  // Mixing the index through a multiplication keeps neighbouring cases' streams unrelated.
  return seededRandom(seed ^ Math.imul(index + 1, 0x9e3779b1));
}
