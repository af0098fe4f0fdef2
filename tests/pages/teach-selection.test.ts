// @vitest-environment jsdom
/** A selection in the DOM as a span of the text: drags, double- and triple-clicks, and what lies outside. */
import { afterEach, describe, expect, test } from 'vitest';
import { renderPassages } from '../../pages/shared/text-view.ts';
import { selectedSpan, showSelection } from '../../pages/teach/text-selection.ts';

const TEXT = 'Critics slammed the plan.\nExperts say it failed.\nThe end.';

function setUp() {
  const box = document.body.appendChild(document.createElement('section'));
  const outside = document.body.appendChild(document.createElement('p'));
  outside.textContent = 'Elsewhere.';
  const map = renderPassages(box, TEXT, [{ start: 0, text: TEXT }], 'gap');
  const [p1, p2] = [...box.querySelectorAll('p')];
  return { box, map, p1, p2, t1: p1.firstChild as Text, t2: p2.firstChild as Text, outside };
}

/** Selects from (startNode, startOffset) to (endNode, endOffset) and reads the span back as words. */
function read(points: (page: ReturnType<typeof setUp>) => [Node, number, Node, number]): string | null {
  const page = setUp();
  const [sn, so, en, eo] = points(page);
  const range = document.createRange();
  range.setStart(sn, so);
  range.setEnd(en, eo);
  const selection = document.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
  const span = selectedSpan(page.map, selection, page.box);
  return span && TEXT.slice(span.start, span.end);
}

afterEach(() => document.body.replaceChildren());

describe('reads', () => {
  test.each<[string, (p: ReturnType<typeof setUp>) => [Node, number, Node, number], string]>([
    ['a drag inside a line', ({ t1 }) => [t1, 8, t1, 15], 'slammed'],
    ['a drag across lines', ({ t1, t2 }) => [t1, 20, t2, 7], 'plan.\nExperts'],
    ['a triple-click, which ends at the next line’s start', ({ t1, p2 }) => [t1, 0, p2, 0], `${TEXT.split('\n')[0]}\n`],
    ['a paragraph by its element', ({ p1 }) => [p1, 0, p1, 1], TEXT.split('\n')[0]],
    ['paragraphs by the box', ({ box }) => [box, 0, box, 2], TEXT.split('\n').slice(0, 2).join('\n')],
    ['a drag that starts after a line’s last character', ({ t1, t2 }) => [t1, t1.length, t2, 7], '\nExperts'],
  ])('%s', (_, points, words) => {
    expect(read(points)).toBe(words);
  });
});

describe('reads nothing for', () => {
  test.each<[string, (p: ReturnType<typeof setUp>) => [Node, number, Node, number]]>([
    ['an empty selection', ({ t1 }) => [t1, 3, t1, 3]],
    ['a selection that leaves the text', ({ t1, outside }) => [t1, 3, outside, 0]],
  ])('%s', (_, points) => {
    expect(read(points)).toBeNull();
  });
});

test('a span shown as the selection reads back as the same span', () => {
  const { map, box } = setUp();
  showSelection(map, { start: 8, end: 15 }, document);
  expect(selectedSpan(map, document.getSelection(), box)).toEqual({ start: 8, end: 15 });
  showSelection(map, null, document);
  expect(document.getSelection()?.rangeCount).toBe(0);
});
