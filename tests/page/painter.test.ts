import { describe, expect, test, vi } from 'vitest';
import type { Finding } from '../../src/engine/types.ts';
import { firstOnScreen } from '../../src/page/highlight/on-screen.ts';
import { type Entry, highlightEnv, Painter, RANGES_PER_FRAME } from '../../src/page/highlight/painter.ts';
import { WINDOW_SIZE } from '../../src/page/highlight/window.ts';
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

describe('a long article: a window of ranges that follows the reader', () => {
  /** Entries one 10 px line each, laid out under a page scrolled to `page.scroll`. */
  const laidOut = (n: number, page: { scroll: number }): Entry[] =>
    Array.from({ length: n }, (_, i) => {
      const r = { label: `r${i}`, getBoundingClientRect: () => ({ bottom: i * 10 + 10 - page.scroll }) } as unknown as Range;
      return { finding: finding('rhetoric', { technique: 'hedge' }), family: 'rhetoric' as const, range: r };
    });
  const indices = (set: Set<Range> | undefined) => [...(set ?? [])].map((r) => Number((r as unknown as { label: string }).label.slice(1))).sort((a, b) => a - b);

  function setUp(n: number, onFrame = () => undefined as unknown) {
    const { registry, env } = fakeEnv();
    const page = { scroll: 0 };
    const follow: { moved?: () => void; signal?: AbortSignal } = {};
    const painter = new Painter({
      ...env,
      nextFrame: async () => void onFrame(),
      followScroll: (moved, signal) => Object.assign(follow, { moved, signal }),
    });
    /** Scrolls so that range `index` is the first on screen, and lets the painter follow. */
    const scrollTo = async (index: number) => {
      page.scroll = index * 10 + 5;
      follow.moved?.();
      await new Promise((resolve) => setTimeout(resolve, 0)); // the fill's frames
    };
    return { registry, painter, entries: laidOut(n, page), follow, scrollTo, rhetoric: () => indices(registry.get('sourcelight-rhetoric')) };
  }

  test('registers only the window around the first range on screen', async () => {
    const { painter, entries, rhetoric } = setUp(3_000);
    await painter.paint(entries, createSlicer(1e9), 2_000);
    expect(rhetoric()).toEqual(Array.from({ length: WINDOW_SIZE }, (_, i) => 2_000 - WINDOW_SIZE / 2 + i));
  });

  test('moves the window when the reader scrolls near its edge, and not before', async () => {
    const { painter, entries, scrollTo, rhetoric } = setUp(3_000);
    await painter.paint(entries, createSlicer(1e9), 0);
    await scrollTo(WINDOW_SIZE / 4); // well inside the window: nothing changes
    expect(rhetoric()).toEqual(Array.from({ length: WINDOW_SIZE }, (_, i) => i));
    await scrollTo(WINDOW_SIZE - 50);
    expect(rhetoric()).toEqual(Array.from({ length: WINDOW_SIZE }, (_, i) => WINDOW_SIZE - 50 - WINDOW_SIZE / 2 + i));
    await scrollTo(2_999); // a jump to the end (a finding revealed)
    expect(rhetoric()).toEqual(Array.from({ length: WINDOW_SIZE }, (_, i) => 3_000 - WINDOW_SIZE + i));
    await scrollTo(0);
    expect(rhetoric()).toEqual(Array.from({ length: WINDOW_SIZE }, (_, i) => i));
  });

  test('a family shown again after a scroll is drawn where the reader is', async () => {
    const { painter, entries, scrollTo, rhetoric } = setUp(3_000);
    await painter.paint(entries, createSlicer(1e9), 0);
    await painter.setVisible(true, ['sourced']);
    await scrollTo(2_000);
    await painter.setVisible(true, ['rhetoric']);
    expect(rhetoric()).toEqual(Array.from({ length: WINDOW_SIZE }, (_, i) => 2_000 - WINDOW_SIZE / 2 + i));
  });

  test('a scroll during the first fill finishes the window at the new place', async () => {
    let jumped = false;
    const { painter, entries, scrollTo, rhetoric } = setUp(3_000, () => {
      if (!jumped) void scrollTo(2_500); // the reader jumps after the first batch
      jumped = true;
    });
    await painter.paint(entries, createSlicer(1e9), 0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(rhetoric()).toEqual(Array.from({ length: WINDOW_SIZE }, (_, i) => 2_500 - WINDOW_SIZE / 2 + i));
  });

  test('a jump while the old window is being taken out leaves nothing of it behind', async () => {
    let frames = Number.NEGATIVE_INFINITY;
    const { painter, entries, scrollTo, rhetoric } = setUp(3_000, () => {
      if (++frames === 6) void scrollTo(1_200); // after the new window's 4 frames of adding, mid-way through removing
    });
    await painter.paint(entries, createSlicer(1e9), 0);
    frames = 0;
    await scrollTo(2_500);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(rhetoric()).toEqual(Array.from({ length: WINDOW_SIZE }, (_, i) => 1_200 - WINDOW_SIZE / 2 + i));
  });

  test('a short article is drawn whole and not followed; clearing stops following', async () => {
    const short = setUp(WINDOW_SIZE);
    await short.painter.paint(short.entries, createSlicer(1e9), 0);
    expect(short.rhetoric()).toHaveLength(WINDOW_SIZE);
    expect(short.follow.moved).toBeUndefined();
    const long = setUp(WINDOW_SIZE + 1);
    await long.painter.paint(long.entries, createSlicer(1e9), 0);
    long.painter.clear();
    expect(long.follow.signal?.aborted).toBe(true);
  });
});
