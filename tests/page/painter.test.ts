import { describe, expect, test, vi } from 'vitest';
import type { Finding } from '../../src/engine/types.ts';
import { firstOnScreen, onScreen } from '../../src/page/highlight/on-screen.ts';
import { type Entry, highlightEnv, Painter, RANGES_PER_FRAME } from '../../src/page/highlight/painter.ts';
import { createSlicer } from '../../src/page/slicer.ts';

/** A stand-in for CSS.highlights and Highlight (jsdom has neither): a Map of name to Set of ranges. */
function fakeEnv() {
  const registry = new Map<string, Set<Range> & { priority: number }>();
  const create = (...ranges: Range[]) => Object.assign(new Set(ranges), { priority: 0 });
  return { registry, env: { registry: registry as unknown as HighlightRegistry, create: create as unknown as (...r: Range[]) => Highlight } };
}

const range = (label: string) => ({ label }) as unknown as Range;
const finding = (kind: Finding['kind'], extra: object): Finding =>
  ({ id: 'f', kind, start: 0, end: 1, text: 'x', rule: 'r', confidence: 1, explanation: 'e', inQuote: false, ...extra }) as Finding;
const entries: Entry[] = [
  { finding: finding('claim', { sourcing: 'none', claimType: 'factual' }), family: 'unsourced', range: range('claim') },
  { finding: finding('rhetoric', { technique: 'hedge' }), family: 'rhetoric', range: range('hedge') },
  { finding: finding('attribution', { source: 'vague' }), family: 'weak-source', range: range('source') },
];

describe('Painter', () => {
  test('draws claims and phrases in separate layers, phrases above claims', async () => {
    const { registry, env } = fakeEnv();
    await new Painter(env).paint(entries, createSlicer(1e9));
    expect([...registry.keys()].sort()).toEqual(['sourcelight-rhetoric', 'sourcelight-unsourced-claim', 'sourcelight-weak-source']);
    expect(registry.get('sourcelight-rhetoric')?.priority).toBeGreaterThan(registry.get('sourcelight-unsourced-claim')?.priority ?? 99);
  });

  test('hides families and all highlights, and shows them again', async () => {
    const { registry, env } = fakeEnv();
    const painter = new Painter(env);
    await painter.paint(entries, createSlicer(1e9));
    painter.setVisible(true, ['rhetoric']);
    expect([...registry.keys()]).toEqual(['sourcelight-rhetoric']);
    expect(painter.isShown('unsourced')).toBe(false);
    painter.setVisible(false, ['rhetoric']);
    expect(registry.size).toBe(0);
    painter.setVisible(true, ['unsourced', 'weak-source', 'rhetoric', 'sourced']);
    expect(registry.size).toBe(3);
  });

  test('flashes a range for a moment', async () => {
    vi.useFakeTimers();
    const { registry, env } = fakeEnv();
    const painter = new Painter(env);
    painter.flash(range('x'), 500);
    expect(registry.has('sourcelight-flash')).toBe(true);
    vi.advanceTimersByTime(600);
    expect(registry.has('sourcelight-flash')).toBe(false);
    vi.useRealTimers();
  });

  test('clear removes everything it added, and nothing else', async () => {
    const { registry, env } = fakeEnv();
    registry.set('the-page-own', Object.assign(new Set<Range>(), { priority: 0 }));
    const painter = new Painter(env);
    await painter.paint(entries, createSlicer(1e9));
    painter.setActive(range('a'));
    painter.clear();
    expect([...registry.keys()]).toEqual(['the-page-own']);
  });
});

describe('highlightEnv', () => {
  test('is undefined where the browser lacks the API', () => {
    expect(highlightEnv({})).toBeUndefined();
    expect(highlightEnv({ CSS: {} })).toBeUndefined();
  });
  test('wraps CSS.highlights and Highlight where they exist', () => {
    class FakeHighlight extends Set<Range> {}
    const env = highlightEnv({ CSS: { highlights: new Map() }, Highlight: FakeHighlight });
    expect(env?.create()).toBeInstanceOf(FakeHighlight);
  });
});

describe('drawing a long article', () => {
  const many = (n: number): Entry[] =>
    Array.from({ length: n }, (_, i) => ({ finding: finding('rhetoric', { technique: 'hedge' }), family: 'rhetoric' as const, range: range(`r${i}`) }));
  const labels = (set: Set<Range> | undefined) => [...(set ?? [])].map((r) => (r as unknown as { label: string }).label);

  test(`adds at most ${RANGES_PER_FRAME} ranges before the browser gets a frame to draw them`, async () => {
    const { registry, env } = fakeEnv();
    const sizes: number[] = [];
    const painter = new Painter({ ...env, nextFrame: async () => void sizes.push(registry.get('sourcelight-rhetoric')?.size ?? 0) });
    await painter.paint(many(RANGES_PER_FRAME * 2 + 50), createSlicer(1e9));
    expect(sizes).toEqual([RANGES_PER_FRAME, RANGES_PER_FRAME * 2]);
    expect(registry.get('sourcelight-rhetoric')?.size).toBe(RANGES_PER_FRAME * 2 + 50);
  });

  test('starts with what is on screen, then adds the words above it', async () => {
    const { registry, env } = fakeEnv();
    await new Painter(env).paint(many(5), createSlicer(1e9), 3);
    expect(labels(registry.get('sourcelight-rhetoric'))).toEqual(['r3', 'r4', 'r0', 'r1', 'r2']);
  });

  test('adds entries beside those painted, after them (what is on screen first, then the rest)', async () => {
    const { registry, env } = fakeEnv();
    const painter = new Painter(env);
    const five = many(5);
    await painter.paint(five.slice(2, 4), createSlicer(1e9));
    expect(labels(registry.get('sourcelight-rhetoric'))).toEqual(['r2', 'r3']);
    await painter.add(five.slice(4), createSlicer(1e9));
    await painter.add(five.slice(0, 2), createSlicer(1e9));
    expect(labels(registry.get('sourcelight-rhetoric'))).toEqual(['r2', 'r3', 'r4', 'r0', 'r1']);
  });

  test('a family shown again is drawn again a few hundred ranges per frame, not all at once', async () => {
    const { registry, env } = fakeEnv();
    let frames = 0;
    const painter = new Painter({ ...env, nextFrame: async () => void frames++ });
    await painter.paint(many(RANGES_PER_FRAME * 3), createSlicer(1e9));
    await painter.setVisible(true, ['sourced']);
    frames = 0;
    const showing = painter.setVisible(true, ['rhetoric']);
    expect(registry.get('sourcelight-rhetoric')?.size).toBe(RANGES_PER_FRAME); // registered at once, filled in frames
    await showing;
    expect(frames).toBe(3);
    expect(registry.get('sourcelight-rhetoric')?.size).toBe(RANGES_PER_FRAME * 3);
  });

  test('a change while the article is still being drawn leaves no layer half drawn', async () => {
    const { registry, env } = fakeEnv();
    let changed: Promise<void> | undefined;
    const painter: Painter = new Painter({
      ...env,
      nextFrame: async () => {
        changed ??= painter.setVisible(true, ['rhetoric', 'sourced']);
      },
    });
    await painter.paint(many(RANGES_PER_FRAME * 3), createSlicer(1e9));
    await changed;
    expect(registry.get('sourcelight-rhetoric')?.size).toBe(RANGES_PER_FRAME * 3);
  });

  test('clearing while ranges are still being added stops the drawing', async () => {
    const { registry, env } = fakeEnv();
    let drawing: Set<Range> | undefined;
    const painter: Painter = new Painter({
      ...env,
      nextFrame: async () => {
        drawing = registry.get('sourcelight-rhetoric');
        painter.clear();
      },
    });
    await painter.paint(many(RANGES_PER_FRAME * 3), createSlicer(1e9));
    expect(registry.size).toBe(0);
    expect(drawing?.size).toBe(RANGES_PER_FRAME);
  });
});

describe('the first highlight on screen', () => {
  const at = (bottom: number) => ({ finding: finding('rhetoric', { technique: 'hedge' }), family: 'rhetoric', range: { getBoundingClientRect: () => ({ bottom }) } }) as unknown as Entry;

  test.each([
    [[-500, -20, 10, 400, 900], 2],
    [[5, 40, 90], 0],
    [[-900, -400, -10], 0],
    [[], 0],
  ])('of ranges ending at %j is number %i', (bottoms, index) => {
    expect(firstOnScreen(bottoms.map(at))).toBe(index);
  });
});

describe('the highlights on screen', () => {
  const box = (top: number) => ({ getBoundingClientRect: () => ({ top, bottom: top + 20 }) }) as unknown as Range;

  test.each([
    [[-500, -30, 10, 400, 900, 1500], [2, 4]],
    [[-500, -15, 10, 400], [1, 4]],
    [[900, 1500], [0, 1]],
    [[-900, -400], [0, 2]],
  ])('of ranges starting at %j, in a window 800 high, are %j', (tops, expected) => {
    expect(onScreen(tops, box, 800)).toEqual(expected);
  });

  test('are all of them where nothing can be measured (no layout)', () => {
    expect(onScreen([1, 2, 3], () => ({}) as Range, 800)).toEqual([0, 3]);
  });
});
