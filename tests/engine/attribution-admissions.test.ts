/** An accused's admission in court is their own statement: the claim it carries is sourced, a hospital admission is not. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';

const sourcingOf = (text: string) =>
  analyze(text, { links: [] })
    .findings.filter((f) => f.kind === 'claim')
    .map((f) => (f.kind === 'claim' ? f.sourcing : undefined));

describe('sources the claim', () => {
  test.each([
    'She was jailed after admitting she stole 9,000 pounds.',
    'He was fined after admitting careless driving.',
    'Hale, who admitted the theft, was jailed.',
  ])('%s', (text) => {
    const sourcing = sourcingOf(text);
    expect(sourcing.length).toBeGreaterThan(0);
    expect(sourcing).not.toContain('none');
  });
});
