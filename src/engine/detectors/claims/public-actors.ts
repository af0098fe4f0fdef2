/**
 * A past act whose doer acts for an institution or a profession, or is a crowd: "The company ignored the
 * warnings", "The pilot ignored the warning light", "Scientists discovered that", "Thousands marched". A firm's,
 * a pilot's or a laboratory's act has consequences others answer for, and a mass event is counted by someone:
 * fact-checkers look these up, so they keep the full weight of a past act even with no name or public matter.
 */
import type { Token } from '../../nlp.ts';
import { OWNERS } from './life-fact.ts';

/**
 * Doers acting for an institution or in a profession whose acts are answered for, and crowds. A private
 * role ("the neighbour") or a bare person ("the man") is not here: their acts rank as before.
 */
const PUBLIC_ACTORS = new Set([
  'company', 'companies', 'firm', 'firms', 'corporation', 'bank', 'banks', 'airline', 'airlines', 'manufacturer',
  'operator', 'contractor', 'contractors', 'developer', 'insurer', 'utility', 'hospital', 'hospitals', 'university',
  'pilot', 'pilots', 'crew', 'captain', 'surgeon', 'surgeons', 'doctors', 'engineers', 'inspectors', 'scientists',
  'researchers', 'investigators', 'auditors', 'regulators', 'officials', 'officers', 'soldiers', 'troops', 'thousands',
  'hundreds', 'millions', 'crowds', 'protesters', 'protestors', 'demonstrators', 'strikers',
]);

/** True when the past verb at i has an institution, a profession or a crowd for its subject ("the pilot ignored"). */
export function isPublicActorVerb(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  const doer = tokens[k];
  if (doer === undefined || !PUBLIC_ACTORS.has(doer.lower)) return false;
  // "The fate of thousands" is a part of something else: only a subject opens the clause. "His doctors told him"
  // are one person's own carers, no institution acting.
  const before = tokens[k - 1]?.lower ?? '';
  return before !== 'of' && !OWNERS.has(before);
}
