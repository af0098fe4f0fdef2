/** Table-driven tests of the claim detector: every rule both ways, non-claims, and how sourcing is resolved. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { CLAIM_WORDING } from '../../src/engine/detectors/claims/explain.ts';
import type { ClaimFinding, LinkSpan } from '../../src/engine/types.ts';
import { CLAIM_CASES, type ClaimCase, CONFIDENCE_ORDER, NON_CLAIMS } from './claims-cases.ts';

const claims = (text: string, links: LinkSpan[] = []) =>
  analyze(text, { links }).findings.filter((f): f is ClaimFinding => f.kind === 'claim');

const flagRows = Object.entries(CLAIM_CASES).flatMap(([rule, c]) => c.flags.map((f) => [rule, f] as [string, ClaimCase]));
const missRows = Object.entries(CLAIM_CASES).flatMap(([rule, c]) => c.misses.map((m) => [rule, m] as [string, string]));

describe('flags', () => {
  test.each(flagRows)('%s: %o', (rule, c) => {
    const found = claims(c.text);
    expect(found.map((f) => [f.rule, f.claimType])).toContainEqual([rule, c.claimType]);
  });
});

describe('does not flag', () => {
  test.each(missRows)('%s: %s', (rule, text) => {
    expect(claims(text).filter((f) => f.rule === rule)).toEqual([]);
  });

  test.each(NON_CLAIMS)('not a claim: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  test('an opinion inside a quotation is the speaker’s, not a claim of the article', () => {
    expect(claims('“This plan is a terrible mistake,” the mayor said.')).toEqual([]);
  });
});

describe('sourcing', () => {
  test.each([
    ['named in the same sentence', 'Interior minister Ali Reza said 40 people were killed in the blast.', 'named'],
    ['a vague source', 'According to field reports, the firefight left at least a dozen dead.', 'vague'],
    ['an anonymous source', 'A senior official said 40 people were killed in the blast.', 'anonymous'],
    ['an agentless attribution reads as vague', 'It is believed that 40 people were killed in the blast.', 'vague'],
    ['no source at all', 'Forty people were killed in the blast on Tuesday.', 'none'],
    ['the writer’s own view is no source', 'I think forty people were killed in the blast on Tuesday.', 'none'],
    ['nor is the writers’ view in the plural', 'We believe the depot lost 3 million dollars last year.', 'none'],
    ['a quoted first-person view is its speaker’s', '“I think forty people were killed,” said Interior minister Ali Reza.', 'named'],
  ])('%s', (_name, text, sourcing) => {
    const [claim] = claims(text);
    expect(claim?.sourcing).toBe(sourcing);
  });

  test('the attribution behind a sourced claim is named by id', () => {
    const report = analyze('Interior minister Ali Reza said 40 people were killed in the blast.');
    const claim = report.findings.find((f): f is ClaimFinding => f.kind === 'claim');
    const source = report.findings.find((f) => f.id === claim?.sourceFindingId);
    expect(source).toMatchObject({ kind: 'attribution', source: 'named' });
  });

  test('a link inside the claim makes it sourced by a document', () => {
    const text = 'Unemployment fell to 4.1 percent in March.';
    const start = text.indexOf('4.1 percent');
    const [claim] = claims(text, [{ start, end: start + 11, href: 'https://stats.example/march' }]);
    expect(claim?.sourcing).toBe('document');
  });

  test('speech introduced with a colon carries into the next sentence', () => {
    const text = 'The interior ministry said:\n\nForty people were killed in the blast on Tuesday.';
    const found = claims(text);
    expect(found.at(-1)?.sourcing).toBe('named');
  });
});

describe('confidence ranks check-worthiness', () => {
  const confidence = (text: string) => Math.max(0, ...claims(text).map((f) => f.confidence));
  test.each(CONFIDENCE_ORDER)('%s', (_why, higher, lower) => {
    expect(confidence(higher)).toBeGreaterThan(confidence(lower));
  });
});

describe('every rule', () => {
  test.each(Object.keys(CLAIM_WORDING))('%s has examples both ways', (rule) => {
    expect(CLAIM_CASES[rule]?.flags.length ?? 0).toBeGreaterThan(0);
    expect(CLAIM_CASES[rule]?.misses.length ?? 0).toBeGreaterThan(0);
  });
});
