/**
 * Claims typed by a word used in another sense: a number dialled is no statistic, "killed it" is a triumph and
 * "killed the bill" a vote (no casualty), and "exam results in" is a tally, not "results in" a cause. Each has a
 * row where the same word still types the claim. All rows written for this project.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import type { ClaimFinding } from '../../src/engine/types.ts';

/** The claims of a text. */
const claims = (text: string) =>
  analyze(text, { links: [] }).findings.filter((f): f is ClaimFinding => f.kind === 'claim');

/** text, the rule or the claim type its claim must carry. */
const FLAGS: [string, string][] = [
  ['Police received 999 calls in a single night.', 'claim/statistic'],
  ['The blast killed three people, police said.', 'claim/casualty'],
  ['A bus hit the cyclist and killed him.', 'claim/casualty'],
  ['The strike resulted in delays across the network on Monday.', 'causal'],
  ['Closing the bridge, which results in longer queues, began on Monday.', 'causal'],
];

/** text, a rule its claims must not carry. */
const MISTYPED: [string, string][] = [
  ['The ambulance service urged people to call 999 only in an emergency.', 'claim/statistic'],
  ['Residents should dial 111 for advice on minor injuries.', 'claim/statistic'],
  ['The comedian killed it at the festival, critics said.', 'claim/casualty'],
  ['The senate killed the bill on Tuesday.', 'claim/casualty'],
  ["Pupils achieved the best exam results in the school's history.", 'claim/cause'],
  ['The club posted its best results in a decade.', 'claim/cause'],
];

describe('flags', () => {
  test.each(FLAGS)('%s', (text, rule) => {
    expect(claims(text).flatMap((f) => [f.rule, f.claimType])).toContain(rule);
  });
});

describe('does not mistype', () => {
  test.each(MISTYPED)('%s', (text, rule) => {
    expect(claims(text).map((f) => f.rule)).not.toContain(rule);
  });
});
