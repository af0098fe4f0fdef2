import { describe, expect, test } from 'vitest';
import { placeCard } from '../../src/page/card/position.ts';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };
const box = (left: number, top: number, height = 20, width = 100) => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard', () => {
  test.each([
    ['below the words when it fits', box(100, 100), { left: 100, top: 128, above: false }],
    ['above the words near the bottom', box(100, 700), { left: 100, top: 492, above: true }],
    ['inside the right edge', box(900, 100), { left: 692, top: 128, above: false }],
    ['inside the left edge', box(-50, 100), { left: 8, top: 128, above: false }],
  ])('goes %s', (_name, anchor, expected) => {
    expect(placeCard(anchor, card, viewport)).toMatchObject(expected);
  });

  test('a card taller than the room on both sides takes the roomier side, capped so it never covers the words', () => {
    const anchor = box(100, 300);
    const place = placeCard(anchor, { width: 300, height: 900 }, viewport);
    expect(place.above).toBe(false);
    expect(place.top).toBe(anchor.bottom + 8);
    expect(place.top + place.maxHeight).toBeLessThanOrEqual(viewport.height - 8);
  });
});
