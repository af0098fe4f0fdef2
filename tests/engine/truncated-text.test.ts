/**
 * Texts cut off mid-clause (a page's last paragraph clipped, a selection ending at a comma) must not make analyze()
 * throw: searches that move an index forward to a comma or a word stop at the text's end. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';

describe('a text that stops mid-clause is analysed without throwing', () => {
  test.each([
    // The opening clause's comma is the last token: its subject would be read past the end.
    'Responding to the inspectors,',
    'Replying to his neighbours,',
    'The ferry board met at noon. Responding to questions from the crews,',
    'After admitting the delay,',
    'Speaking to the harbour crews on Friday,',
    // "agreed to" / "agreed on" look for a deal's noun after them: here nothing follows.
    'The dock workers agreed to',
    'The two councils agreed on',
    'Late on Tuesday the tram drivers have agreed to',
    'Negotiators for the port finally agreed upon',
  ])('%s', (text) => {
    expect(() => analyze(text)).not.toThrow();
  });
});

describe('the same clause with its sentence finished is read as before', () => {
  test('a reply clause with its subject still gives the speaker', () => {
    const found = analyze('Responding to questions, Mayor Ilsa Varga said the quay would reopen.').findings;
    expect(found.some((f) => f.kind === 'attribution' && f.text.includes('Varga'))).toBe(true);
  });
});
