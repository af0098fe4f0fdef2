/** Terminal colour: when to use it, how to apply it, and how to keep page text from steering the terminal. */
import type { ColorChoice } from './args.ts';

/** The styles the terminal report uses. */
export type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan' | 'magenta';

/** Applies a style to a string (or leaves it as is when colour is off). */
export type Paint = (style: Style, text: string) => string;

// SGR open/close pairs; closing with 39/22 instead of a full reset lets styles nest.
const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  magenta: [35, 39],
};

/** A painter that colours when `enabled` and returns text untouched otherwise. */
export function painter(enabled: boolean): Paint {
  if (!enabled) return (_style, text) => text;
  return (style, text) => `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m`;
}

/** Colour for `auto` follows no-color.org: NO_COLOR off, FORCE_COLOR on, else only on a real terminal. */
export function shouldColor(
  choice: ColorChoice,
  isTTY: boolean | undefined,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (choice !== 'auto') return choice === 'always';
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return isTTY === true && env.TERM !== 'dumb';
}

/**
 * Page text with control characters replaced: an article could carry ESC sequences that would retitle the
 * terminal, rewrite the screen or set the clipboard if printed raw. Newlines and tabs become spaces.
 */
export function printable(text: string): string {
  // Nearly all text has no control character: it is returned as it is instead of being rebuilt one character
  // at a time (UTF-16 units suffice here: every code point below 0xa0 is one unit, and no surrogate is below it).
  if (!hasControl(text)) return text;
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x0a || code === 0x09 || code === 0x0d) out += ' ';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += '\uFFFD';
    else out += char;
  }
  return out;
}

/** True when the text holds a control character that printable replaces (C0, DEL or C1, newlines and tabs too). */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}
