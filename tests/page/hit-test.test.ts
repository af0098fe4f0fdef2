// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/engine/types.ts';
import { collectText } from '../../src/page/extract/collect.ts';
import { caretAt, findingsAtPoint, rangeContainsPoint } from '../../src/page/hit-test.ts';
import type { Entry } from '../../src/page/highlight/painter.ts';
import { createSlicer } from '../../src/page/slicer.ts';

const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom }) as DOMRect;

describe('rangeContainsPoint', () => {
  const range = { getClientRects: () => [rect(10, 10, 110, 30), rect(0, 30, 50, 50)] } as unknown as Range;
  test.each([
    [20, 20, true],
    [40, 45, true],
    [80, 45, false],
    [200, 20, false],
  ])('(%i, %i) -> %s', (x, y, inside) => {
    expect(rangeContainsPoint(range, x, y)).toBe(inside);
  });
});

describe('findingsAtPoint', () => {
  test('finds the findings under the caret, narrowest first, only in shown families', async () => {
    document.body.innerHTML = '<p>Experts say the plan will clearly fail.</p>'; // fixture markup
    const { map } = await collectText(document.body, { slicer: createSlicer(1e9) });
    const text = document.querySelector('p')?.firstChild as Text;
    const make = (start: number, end: number, family: Entry['family']): Entry => {
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      range.getClientRects = () => [rect(0, 0, 1000, 20)] as unknown as DOMRectList;
      return { finding: { start, end } as Finding, family, range };
    };
    const sentence = make(0, 39, 'unsourced');
    const word = make(25, 32, 'rhetoric');
    const other = make(0, 11, 'weak-source');
    (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({ offsetNode: text, offset: 27 });
    const shown = (e: Entry) => e.family !== 'weak-source';
    expect(findingsAtPoint(document, map, [sentence, word, other], 5, 5, shown)).toEqual([word, sentence]);
    expect(caretAt(document, 1, 1)).toEqual({ node: text, offset: 27 });
  });
});
