/**
 * Trusted source names (AnalyzeOptions.trustedSources): a vague or agentless attribution containing one of
 * the reader's names counts as named, and the claims it sources follow.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { TRUSTED_NAME_RULE } from '../../src/engine/options/trusted-sources.ts';
import type { AttributionFinding, ClaimFinding, Report } from '../../src/engine/types.ts';
import { cpuMs } from './options-cpu.ts';

const attributions = (r: Report) => r.findings.filter((f): f is AttributionFinding => f.kind === 'attribution');
const claims = (r: Report) => r.findings.filter((f): f is ClaimFinding => f.kind === 'claim');

describe('flags', () => {
  test.each([
    ['Reporters at the Valley Courier said the dam cost 40 million dollars.', 'Valley Courier', 'Valley Courier'],
    ['Reporters at the Valley Courier said the dam cost 40 million dollars.', 'valley courier', 'Valley Courier'],
    ['Analysts at a watchdog group said the agency spent 3 million dollars.', 'Watchdog Group', 'watchdog group'],
    ['Researchers at the R&D Lab said the dam cost 40 million dollars.', 'R&D Lab', 'R&D Lab'],
  ])('%j with %j is named (%j)', (text, name, sourceName) => {
    const report = analyze(text, { trustedSources: [name] });
    const [a] = attributions(report);
    expect([a.source, a.rule, a.sourceName, a.confidence]).toEqual(['named', TRUSTED_NAME_RULE, sourceName, 0.9]);
    expect(a.explanation).toMatch(/settings/);
    const [c] = claims(report);
    expect([c.sourcing, c.sourceFindingId]).toEqual(['named', a.id]);
  });
});

describe('does not flag', () => {
  test.each([
    [
      'a name the attribution does not contain',
      'Reporters at the Valley Courier said the dam cost 40 million dollars.',
      'Hill Gazette',
    ],
    ['part of a word', 'Analysts at a watchdog group said the agency spent 3 million dollars.', 'watch'],
    [
      'an anonymous source of a trusted outlet',
      'Sources close to the Valley Courier said the mayor resigned on Monday.',
      'Valley Courier',
    ],
    ['a name only in the claim', 'Experts said the Valley Courier lost 40 million dollars.', 'Valley Courier'],
    ['an empty name', 'Experts said the dam cost 40 million dollars.', ''],
    ['a name without a letter', 'Experts - some - said the dam cost 40 million dollars.', '-'],
  ])('%s', (_why, text, name) => {
    const plain = analyze(text);
    const trusted = analyze(text, { trustedSources: [name] });
    expect(attributions(trusted).map((a) => a.rule)).not.toContain(TRUSTED_NAME_RULE);
    expect(trusted.findings).toEqual(plain.findings);
  });
});

describe('the score', () => {
  test('rises when the reader trusts the source of the claims', () => {
    const text = 'Reporters at the Valley Courier said the dam cost 40 million dollars. They said it opened in 2019.';
    expect(analyze(text, { trustedSources: ['Valley Courier'] }).score.value).toBeGreaterThan(
      analyze(text).score.value,
    );
  });
});

describe('bad lists', () => {
  test('unusable names are left out with a warning; the usable ones still apply', () => {
    const names = ['', 7, null, 'Valley Courier', 'x'.repeat(201)] as unknown as string[];
    const report = analyze('Reporters at the Valley Courier said the dam broke in 2019.', { trustedSources: names });
    expect(attributions(report)[0].rule).toBe(TRUSTED_NAME_RULE);
    expect(report.warnings?.join(' ')).toMatch(/4 trusted source names were left out/);
  });

  test('anything but an array is the caller’s error', () => {
    expect(() => analyze('Text.', { trustedSources: 'Valley Courier' as never })).toThrow(
      /trustedSources must be an array/,
    );
  });

  test('1,000 names cost little', () => {
    const names = Array.from({ length: 1000 }, (_, i) => `Outlet Number ${i}`);
    const text = 'Reporters at Outlet Number 999 said the dam cost 40 million dollars. '.repeat(200);
    const report = analyze(text, { trustedSources: names });
    expect(attributions(report).filter((a) => a.rule === TRUSTED_NAME_RULE).length).toBe(200);
    // The names are one trie read once per attribution: no slower than twice the analysis without them.
    const plainMs = cpuMs(() => analyze(text), 1);
    expect(cpuMs(() => analyze(text, { trustedSources: names }), 1)).toBeLessThan(plainMs * 2 + 200);
  });
});
