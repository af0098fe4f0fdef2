/**
 * Stable identifiers for exported annotations: the same page, text and finding always get the same urn:uuid,
 * so re-exporting a report does not make a second copy of every annotation in an annotation store.
 * Not cryptographic: it only has to spread distinct inputs apart.
 */

/** Murmur3's finaliser: every input bit ends up affecting every output bit. */
function mix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Four FNV-1a lanes with different starting points, cross-mixed at the end: 128 bits from a string. */
function hash128(input: string): number[] {
  const lanes = [0x811c9dc5, 0x9e3779b9, 0x243f6a88, 0xb7e15162];
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    for (let l = 0; l < 4; l++) lanes[l] = Math.imul(lanes[l] ^ (code + l), 0x01000193);
  }
  const n = input.length;
  return lanes.map((h, l) => mix32(h ^ mix32(lanes[(l + 1) % 4] + n + l)));
}

/** A version-8 (RFC 9562 "custom") UUID URN derived from the input string. */
export function stableUuid(input: string): string {
  const hex = hash128(input)
    .map((lane) => lane.toString(16).padStart(8, '0'))
    .join('');
  const variant = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
