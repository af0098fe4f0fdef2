/**
 * How findings look in the page: the only styles Sourcelight puts into a host page, inserted by the
 * background with scripting.insertCSS (which a page's Content-Security-Policy cannot block) and removed again
 * when Sourcelight is turned off. Colours come from the Okabe-Ito palette, which stays distinguishable with
 * the common colour-vision deficiencies, and every family also has its own underline style (wavy, dotted,
 * double, solid) so that colour is never the only cue. Each family has two layers: claims (whole sentences)
 * are only underlined, so long passages stay readable; phrases (a source, a loaded word) are also shaded.
 */
import type { Finding } from '../../engine/types.ts';
import { FAMILIES } from '../../messaging/families.ts';
import type { Family } from '../../messaging/protocol.ts';

/** A family's two layers. */
export type Layer = 'claim' | 'phrase';

/** The CSS.highlights name of a family's layer, e.g. "sourcelight-weak-source-claim". */
export function highlightName(family: Family, layer: Layer): string {
  return layer === 'claim' ? `sourcelight-${family}-claim` : `sourcelight-${family}`;
}

/** The layer a finding is drawn in. */
export function layerOf(finding: Finding): Layer {
  return finding.kind === 'claim' ? 'claim' : 'phrase';
}

/** The phrase-layer highlight name of each family. */
export const HIGHLIGHT_NAMES: Record<Family, string> = {
  unsourced: highlightName('unsourced', 'phrase'),
  'weak-source': highlightName('weak-source', 'phrase'),
  rhetoric: highlightName('rhetoric', 'phrase'),
  sourced: highlightName('sourced', 'phrase'),
};

/** Every family highlight name, both layers. */
export const ALL_FAMILY_NAMES: readonly string[] = FAMILIES.flatMap((f) => [highlightName(f, 'claim'), highlightName(f, 'phrase')]);

/** The short-lived highlight that marks a finding the reader asked to see ("reveal"). */
export const FLASH_NAME = 'sourcelight-flash';
/** The highlight under the finding whose explanation card is open. */
export const ACTIVE_NAME = 'sourcelight-active';

const FAMILY_ORDER: Record<Family, number> = { sourced: 1, unsourced: 2, 'weak-source': 3, rhetoric: 4 };

/** Paint order: phrases above the claims they sit in; among equals, the more pressing family on top. */
export function priorityOf(family: Family, layer: Layer): number {
  return FAMILY_ORDER[family] + (layer === 'phrase' ? 4 : 0);
}

/** Priorities of the two single-range highlights, above every family. */
export const ACTIVE_PRIORITY = 9;
/** See ACTIVE_PRIORITY. */
export const FLASH_PRIORITY = 10;

/** Underline per family: colour, style, thickness. */
const LINES: Record<Family, string> = {
  unsourced: 'underline wavy #D55E00',
  'weak-source': 'underline dotted #A86A00',
  rhetoric: 'underline double #A0336F',
  sourced: 'underline solid #009E73',
};
/** Shading of phrases per family (claims are never shaded). */
const SHADES: Record<Family, string> = {
  unsourced: 'rgba(213, 94, 0, 0.16)',
  'weak-source': 'rgba(230, 159, 0, 0.30)',
  rhetoric: 'rgba(204, 121, 167, 0.30)',
  sourced: 'rgba(0, 158, 115, 0.14)',
};

/** The ::highlight() rules of every family and layer, plus the active and flash highlights. */
export const HIGHLIGHT_CSS = [
  ...FAMILIES.map(
    (f) => `::highlight(${highlightName(f, 'claim')}) { text-decoration: ${LINES[f]}; text-decoration-thickness: 1.5px; text-decoration-skip-ink: none; }`,
  ),
  ...FAMILIES.map(
    (f) => `::highlight(${highlightName(f, 'phrase')}) { background-color: ${SHADES[f]}; text-decoration: ${LINES[f]}; text-decoration-thickness: 2px; text-decoration-skip-ink: none; }`,
  ),
  `::highlight(${ACTIVE_NAME}) { background-color: rgba(86, 180, 233, 0.40); }`,
  `::highlight(${FLASH_NAME}) { background-color: rgba(240, 228, 66, 0.90); color: #000; }`,
].join('\n');
