/**
 * How each family looks in the page: the only styles Sourcelight puts into a host page, inserted by the
 * background with scripting.insertCSS (which a page's Content-Security-Policy cannot block) and removed again
 * when Sourcelight is turned off. Colours come from the Okabe-Ito palette, which stays distinguishable with
 * the common colour-vision deficiencies, and every family also has its own underline style (wavy, dotted,
 * double, solid) so that colour is never the only cue.
 */
import type { Family } from '../../messaging/protocol.ts';

/** The CSS.highlights name of each family's Highlight. */
export const HIGHLIGHT_NAMES: Record<Family, string> = {
  unsourced: 'sourcelight-unsourced',
  'weak-source': 'sourcelight-weak-source',
  rhetoric: 'sourcelight-rhetoric',
  sourced: 'sourcelight-sourced',
};

/** The short-lived highlight that marks a finding the reader asked to see ("reveal"). */
export const FLASH_NAME = 'sourcelight-flash';
/** The highlight under the finding whose explanation card is open. */
export const ACTIVE_NAME = 'sourcelight-active';

/** Paint order: narrow, specific spans (rhetoric, weak sources) above the long claim spans they sit in. */
export const PRIORITIES: Record<Family | 'flash' | 'active', number> = {
  sourced: 1,
  unsourced: 2,
  'weak-source': 3,
  rhetoric: 4,
  active: 8,
  flash: 9,
};

/** The ::highlight() rules for every family. Unsourced claims (whole sentences) get only an underline so long passages stay readable. */
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.unsourced}) {
  text-decoration: underline wavy #D55E00;
  text-decoration-thickness: 1.5px;
  text-decoration-skip-ink: none;
}
::highlight(${HIGHLIGHT_NAMES['weak-source']}) {
  background-color: rgba(230, 159, 0, 0.30);
  text-decoration: underline dotted #9A5B00;
  text-decoration-thickness: 2px;
}
::highlight(${HIGHLIGHT_NAMES.rhetoric}) {
  background-color: rgba(204, 121, 167, 0.30);
  text-decoration: underline double #A0336F;
}
::highlight(${HIGHLIGHT_NAMES.sourced}) {
  text-decoration: underline solid #009E73;
  text-decoration-thickness: 1.5px;
}
::highlight(${ACTIVE_NAME}) {
  background-color: rgba(86, 180, 233, 0.35);
}
::highlight(${FLASH_NAME}) {
  background-color: rgba(240, 228, 66, 0.85);
  color: #000;
}
`;
