import { describe, expect, test, vi } from 'vitest';
import type { Finding } from '../../src/engine/types.ts';
import { type Entry, highlightEnv, Painter } from '../../src/page/highlight/painter.ts';
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
