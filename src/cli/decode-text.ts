/** Turns input bytes into text, refusing what is not text (binary files) and saying what was repaired. */
import { CliError } from './errors.ts';

/** Decoded text and notes for standard error about repairs made while decoding. */
export interface DecodedText {
  text: string;
  warnings: string[];
}

// A text file may hold a few broken bytes (a copy-paste from an old editor); a binary file is full of them.
const MAX_BROKEN_SHARE = 0.05;
const MAX_CONTROL_SHARE = 0.05;

/** Decodes UTF-8 (or UTF-16 with a byte-order mark); NUL bytes, many invalid bytes or control codes mean binary. */
export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return checked(new TextDecoder(utf16).decode(bytes), name, []);
  if (bytes.includes(0)) throw notText(name, 'it contains NUL bytes');
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes), name, []);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const broken = text.match(/\uFFFD/g)?.length ?? 0;
    if (broken / Math.max(text.length, 1) > MAX_BROKEN_SHARE) throw notText(name, 'much of it is not valid UTF-8');
    const plural = broken === 1 ? 'sequence that is' : 'sequences that are';
    const warning = `${name}: ${broken} byte ${plural} not valid UTF-8 replaced by "\uFFFD"; save the file as UTF-8 for exact results`;
    return checked(text, name, [warning]);
  }
}

/** The UTF-16 encoding a byte-order mark announces, if any (Windows editors save "Unicode" text this way). */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Rejects empty text and text full of control codes; TextDecoder has already dropped any byte-order mark. */
function checked(text: string, name: string, warnings: string[]): DecodedText {
  if (text.trim() === '') throw new CliError(`${name} is empty: there is no text to analyse`);
  if (countControls(text) / text.length > MAX_CONTROL_SHARE) throw notText(name, 'it is full of control characters');
  return { text, warnings };
}

/** C0 control codes other than tab, line feed, vertical tab, form feed and carriage return, and DEL. */
function countControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f) count++;
  }
  return count;
}

function notText(name: string, why: string): CliError {
  return new CliError(`${name} does not look like text (${why}): give Sourcelight a plain-text or HTML file`);
}
