/**
 * Where the explanation card goes: below the flagged words when it fits, above them when that fits, and
 * otherwise on whichever side has more room, with the card's height capped to that room (it scrolls), so
 * the card never covers the words it explains.
 */

/** A box in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The card's top-left corner in viewport coordinates, the side it took, and the height it may use. */
export interface Placement {
  left: number;
  top: number;
  above: boolean;
  maxHeight: number;
}

/** Places a card of `card` size next to `anchor` inside `viewport`, `gap` pixels from both. */
export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }, gap = 8): Placement {
  const roomBelow = viewport.height - anchor.bottom - 2 * gap;
  const roomAbove = anchor.top - 2 * gap;
  const above = card.height > roomBelow && (card.height <= roomAbove || roomAbove > roomBelow);
  const maxHeight = Math.max(120, Math.floor(above ? roomAbove : roomBelow));
  const height = Math.min(card.height, maxHeight);
  const top = above ? anchor.top - gap - height : anchor.bottom + gap;
  const maxLeft = Math.max(gap, viewport.width - gap - card.width);
  const left = Math.min(Math.max(gap, anchor.left), maxLeft);
  return { left: Math.round(left), top: Math.round(top), above, maxHeight };
}
