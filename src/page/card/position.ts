/** Where the explanation card goes: below the flagged words when it fits, above otherwise, always inside the viewport. */

/** A box in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Top-left corner of the card, in viewport coordinates, and whether it sits above the anchor. */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 8,
): { left: number; top: number; above: boolean } {
  const below = anchor.bottom + gap;
  const fitsBelow = below + card.height <= viewport.height - gap;
  const fitsAbove = anchor.top - gap - card.height >= gap;
  const above = !fitsBelow && fitsAbove;
  let top = above ? anchor.top - gap - card.height : below;
  if (!fitsBelow && !fitsAbove) top = Math.max(gap, viewport.height - gap - card.height);
  const maxLeft = Math.max(gap, viewport.width - gap - card.width);
  const left = Math.min(Math.max(gap, anchor.left), maxLeft);
  return { left: Math.round(left), top: Math.round(top), above };
}
