/**
 * Round 20, claims credited to their source in article context: a direct quotation that runs over several
 * sentences belongs to its speaker, whether the speaker is named before the opening mark, introduced with a colon,
 * or named after the closing mark. The credit stops where the quotation ends. A block of words set off on its own
 * line after "X added:" is X's to the end of that paragraph.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import type { ClaimFinding } from '../../src/engine/types.ts';

/** The claim whose text holds the words, with the words of the attribution it is credited to ('' for none). */
function creditOf(text: string, words: string): { sourcing: string; by: string } {
  const report = analyze(text, { links: [] });
  const claim = report.findings.find((f): f is ClaimFinding => f.kind === 'claim' && f.text.includes(words));
  expect(claim, `no claim holds "${words}"`).toBeDefined();
  const by = report.findings.find((f) => f.id === claim?.sourceFindingId);
  return { sourcing: claim?.sourcing ?? '', by: by?.text ?? '' };
}

// Each sentence of one quotation is the same person speaking, wherever the article names them.
describe('a quotation over several sentences belongs to its speaker', () => {
  test.each([
    [
      'speaker after the closing mark',
      '"The ferries lost riders. Why? Because the fares rose by 30 percent in 2019," the port director, Ivo Brandt, told reporters.',
      'The ferries lost riders',
      'the port director, Ivo Brandt, told',
    ],
    [
      'speaker before a colon',
      'Mayor Lena Vostrikova spoke at the opening: "I changed sides. You know why? Because the town asked me in 2019. Now I build bridges."',
      'Because the town asked me',
      'Mayor Lena Vostrikova spoke',
    ],
  ])('%s', (_why, text, words, by) => {
    expect(creditOf(text, words)).toEqual({ sourcing: 'named', by });
  });
});

// Past the closing mark, or after a short quoted phrase, the writer speaks again: no credit is carried.
describe('the credit stops with the quotation', () => {
  test.each([
    ['a new sentence after the quotation', '"The harbour will shrink," Brandt said. Ferries lost 30 percent of their riders last year.', 'Ferries lost 30 percent'],
    ['a quoted phrase inside one sentence', 'The council called the plan "a bridge too far." Ferries lost 30 percent of their riders last year.', 'Ferries lost 30 percent'],
    ['a quotation with no speaker anywhere', 'Ferries lost 30 percent of their riders last year. "Nobody saw it coming. The fares had doubled in 2019."', 'The fares had doubled'],
  ])('%s', (_why, text, words) => {
    expect(creditOf(text, words).by).not.toMatch(/Brandt|council/);
  });
});

// "The minister added:" and a line break: the paragraph below is her words, sentence by sentence, until it ends.
describe('a block set off after a speaker and a colon', () => {
  const text =
    'The transport minister, Elin Sato, added:\n\nFares will rise by 10 percent in May. Two lines will close in 2027.\n\n' +
    'Ferries lost 30 percent of their riders last year.';
  test('each sentence of the block is the speaker\'s', () => {
    expect(creditOf(text, 'Fares will rise').by).toContain('Elin Sato');
    expect(creditOf(text, 'Two lines will close').by).toContain('Elin Sato');
  });
  test('the next paragraph is the writer again', () => {
    expect(creditOf(text, 'Ferries lost').sourcing).toBe('none');
  });
  test('without a line break only the next sentence is carried', () => {
    const inline = 'The transport minister, Elin Sato, added: fares will rise by 10 percent in May. Two lines will close in 2027.';
    expect(creditOf(inline, 'Two lines will close').sourcing).toBe('none');
  });
});

// A report closing the sentence after a comma is the writer's source for all of it; a name or a stance before it is
// what was reported, not who reported it.
describe('a report at the end of the sentence governs the claim', () => {
  test.each([
    ['Alderman Brisk is ready to step down, three aides told the Herald.', 'ready to step down', 'three aides told'],
    ['The governor is unwilling to veto the bill, officials said.', 'unwilling to veto', 'officials said'],
    ['The senator kept away from the rally, his office said.', 'kept away from the rally', 'his office said'],
  ])('%s', (text, words, by) => {
    expect(creditOf(text, words).by).toBe(by);
  });
  test('a report at the start still governs', () => {
    expect(creditOf('Officials said the governor is unwilling to veto the bill.', 'unwilling to veto').by).toBe('Officials said');
  });
});
