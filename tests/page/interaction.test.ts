// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ExplanationCard } from '../../src/page/card/card.ts';
import type { Entry } from '../../src/page/highlight/painter.ts';
import { HOVER_DELAY_MS, HOVER_GRACE_MS, listenToGestures } from '../../src/page/interaction.ts';

const hit = { family: 'rhetoric' } as Entry;

function setUp(hits: (x: number) => Entry[]) {
  const card = { isOpen: false, pinned: false, contains: () => false, hide: vi.fn(), reposition: vi.fn() };
  card.hide.mockImplementation(() => {
    card.isOpen = false;
    card.pinned = false;
  });
  const open = vi.fn((_entries: Entry[], pinned: boolean) => {
    card.isOpen = true;
    card.pinned = pinned;
  });
  const life = new AbortController();
  listenToGestures(document, { card: card as unknown as ExplanationCard, hitTest: (x) => hits(x), open }, life.signal);
  return { card, open, life };
}

const pointer = (type: string, x: number) => document.dispatchEvent(Object.assign(new MouseEvent(type, { clientX: x, bubbles: true }), { pointerType: 'mouse' }));

beforeEach(() => {
  vi.useFakeTimers();
  window.requestAnimationFrame = (cb) => setTimeout(() => cb(0), 16) as unknown as number;
  window.cancelAnimationFrame = (id) => clearTimeout(id);
});
afterEach(() => vi.useRealTimers());

describe('gestures on highlighted words', () => {
  test('a click on flagged words pins the card; a click elsewhere closes it', () => {
    const { card, open } = setUp((x) => (x < 100 ? [hit] : []));
    pointer('click', 50);
    expect(open).toHaveBeenCalledWith([hit], true);
    pointer('click', 500);
    expect(card.hide).toHaveBeenCalled();
  });

  test('hovering opens the card after a pause, and leaving closes it after a grace period', () => {
    const { card, open } = setUp((x) => (x < 100 ? [hit] : []));
    pointer('pointermove', 50);
    vi.advanceTimersByTime(16 + HOVER_DELAY_MS - 20);
    expect(open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40);
    expect(open).toHaveBeenCalledWith([hit], false);
    pointer('pointermove', 500);
    vi.advanceTimersByTime(16 + HOVER_GRACE_MS + 10);
    expect(card.hide).toHaveBeenCalled();
  });

  test('Escape closes an open card', () => {
    const { card } = setUp(() => [hit]);
    pointer('click', 1);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card.hide).toHaveBeenCalled();
  });

  test('after the signal aborts, nothing listens any more', () => {
    const { open, life } = setUp(() => [hit]);
    life.abort();
    pointer('click', 1);
    pointer('pointermove', 1);
    vi.advanceTimersByTime(1000);
    expect(open).not.toHaveBeenCalled();
  });
});

describe('inside a region the reader types in', () => {
  const inside = (type: string, target: Element) =>
    target.dispatchEvent(Object.assign(new MouseEvent(type, { clientX: 50, bubbles: true }), { pointerType: 'mouse' }));

  test.each([
    ['contenteditable', '<div contenteditable><p>Flagged words here</p></div>'],
    ['contenteditable="true"', '<div contenteditable="true"><b>Flagged words here</b></div>'],
    ['contenteditable="plaintext-only"', '<div contenteditable="plaintext-only">Flagged words here</div>'],
  ])('%s: a click or a hover on flagged words opens no card (it would take the reader\'s focus)', (_name, html) => {
    document.body.innerHTML = html; // test markup written here, not page text
    const { open } = setUp(() => [hit]);
    const target = document.querySelector('p, b, div > *') ?? document.querySelector('div');
    if (!target) throw new Error('no target');
    inside('click', target);
    inside('pointermove', target);
    vi.advanceTimersByTime(1000);
    expect(open).not.toHaveBeenCalled();
  });

  test('contenteditable="false" is not a typing region: the card opens as usual', () => {
    document.body.innerHTML = '<div contenteditable="false"><p>Flagged words here</p></div>';
    const { open } = setUp(() => [hit]);
    inside('click', document.querySelector('p') as Element);
    expect(open).toHaveBeenCalledWith([hit], true);
  });

  test('a click in a typing region still closes a card that is open', () => {
    document.body.innerHTML = '<div contenteditable><p>Flagged</p></div><p id="out">Outside</p>';
    const { card } = setUp(() => [hit]);
    inside('click', document.getElementById('out') as Element);
    expect(card.isOpen).toBe(true);
    inside('click', document.querySelector('div p') as Element);
    expect(card.hide).toHaveBeenCalled();
  });
});
