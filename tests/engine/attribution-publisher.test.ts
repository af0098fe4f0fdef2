/** A document's publisher is named only when the description names one: bodies of a kind and dates name nobody. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';

const documentsIn = (text: string) =>
  analyze(text, { links: [] }).findings.filter((f) => f.kind === 'attribution' && f.source === 'document');

describe('does not name a publisher', () => {
  test.each([
    'A report by the fire service found the alarm failed.',
    'An audit by the state of every county office found missing ledgers.',
    'A report from Monday said the pier was unsafe.',
    'A letter from her daughter said she had died peacefully.',
    'The bill from the plumber showed a charge of 300 pounds.',
  ])('%s', (text) => {
    const found = documentsIn(text);
    expect(found).toHaveLength(1);
    expect(found[0]).not.toHaveProperty('sourceName');
  });
});
