// @vitest-environment jsdom
/**
 * The read-only text and the highlighter, with a stand-in for the CSS highlight registry (jsdom has none): the
 * text goes into Text nodes only, offsets map onto them exactly, findings are drawn per family and revealed.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PageHighlighter } from '../../pages/shared/highlighter.ts';
import { renderPassages } from '../../pages/shared/text-view.ts';
import { analyze } from '../../src/engine/analyze.ts';
import type { HighlightEnv } from '../../src/page/highlight/painter.ts';

const TEXT =
  'Critics slammed the <b>plan</b>. Officials said it would cost $4 million.\n\nIt is widely believed the plan failed.';

/** A registry and Highlight class with the shape the Painter uses. */
function fakeEnv(): HighlightEnv & { registry: Map<string, Set<Range>> } {
  const registry = new Map<string, Set<Range>>();
  return {
    registry: registry as unknown as HighlightEnv['registry'] & Map<string, Set<Range>>,
    create: (...ranges: Range[]) => Object.assign(new Set(ranges), { priority: 0 }) as unknown as Highlight,
  };
}

// jsdom has no layout: ranges get empty boxes, enough for reveal to scroll and place its card.
Range.prototype.getBoundingClientRect = () => new DOMRect();
Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
Element.prototype.scrollIntoView = () => undefined;

afterEach(() => document.body.replaceChildren());

describe('renderPassages', () => {
  test('a whole text, one paragraph per line: markup-looking words stay words, offsets land exactly', () => {
    const box = document.body.appendChild(document.createElement('div'));
    const map = renderPassages(box, TEXT, [{ start: 0, text: TEXT }], 'gap');
    expect([...box.children].map((p) => p.textContent)).toEqual(TEXT.split(/\n+/));
    expect(box.querySelector('b')).toBeNull();
    for (const word of ['slammed', '$4 million', 'widely believed']) {
      const start = TEXT.indexOf(word);
      expect(map.range(start, start + word.length, document)?.toString()).toBe(word);
    }
    // A span across the paragraph break covers the words either side.
    const across = TEXT.indexOf('million.');
    expect(map.range(across, TEXT.indexOf(' is widely'), document)?.toString()).toBe('million.It');
  });

  test('passages with a gap marker between those that do not touch, and after the last when text remains', () => {
    const box = document.body.appendChild(document.createElement('div'));
    const text = 'One two. Three four. Five six.';
    const map = renderPassages(
      box,
      text,
      [
        { start: 0, text: 'One two.' },
        { start: 21, text: 'Five six' },
      ],
      'Not shown',
    );
    expect([...box.children].map((c) => c.className)).toEqual(['passage', 'gap', 'passage', 'gap']);
    expect(box.querySelector('.gap')?.getAttribute('aria-label')).toBe('Not shown');
    expect(map.range(21, 25, document)?.toString()).toBe('Five');
  });
});

describe('PageHighlighter', () => {
  test('draws every finding in its family, reports progress, and reveals one', async () => {
    vi.useFakeTimers();
    const env = fakeEnv();
    const box = document.body.appendChild(document.createElement('div'));
    const map = renderPassages(box, TEXT, [{ start: 0, text: TEXT }], 'gap');
    const highlighter = new PageHighlighter(document, env);
    const { findings } = analyze(TEXT);
    const progress: number[] = [];
    const drawn = highlighter.draw([{ map, findings }], ['unsourced', 'weak-source', 'rhetoric', 'sourced'], (p) =>
      progress.push(p),
    );
    await vi.runAllTimersAsync();
    expect(await drawn).toEqual({ drawn: findings.length, unmatched: 0 });
    expect(progress.at(-1)).toBe(1);
    const drawnRanges = [...env.registry.values()].reduce((n, set) => n + set.size, 0);
    expect(drawnRanges).toBe(findings.length);
    expect(env.registry.has('sourcelight-rhetoric')).toBe(true);
    expect(highlighter.reveal(0, findings[0].id)).toBe(true);
    expect(highlighter.reveal(0, 'f999')).toBe(false);
    expect(env.registry.has('sourcelight-flash')).toBe(true);
    highlighter.setVisible(true, ['sourced']);
    expect(env.registry.has('sourcelight-rhetoric')).toBe(false);
    highlighter.dispose();
    expect(env.registry.size).toBe(0);
    vi.useRealTimers();
  });

  test('without the highlight API it says it cannot draw, and still places nothing wrongly', async () => {
    const highlighter = new PageHighlighter(document, undefined);
    expect(highlighter.supported).toBe(false);
  });
});
