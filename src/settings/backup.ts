/** Settings as a JSON file the reader can keep or move to another browser, and reading such a file back. */
import type { Settings } from './schema.ts';
import { type Validated, validateSettings } from './validate.ts';

/** Marks a file as Sourcelight settings, so a JSON file of anything else is refused rather than half-read. */
const MARKER = 'sourcelight-settings';

/** Larger files cannot be settings (the lists are capped well below this): refuse them before parsing. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** Why a file could not be imported. */
export type ImportProblem = 'too-large' | 'not-json' | 'not-settings';

/** The settings as a pretty-printed JSON document, stamped with the time of export. */
export function settingsToJson(settings: Settings, now = new Date()): string {
  return `${JSON.stringify({ format: MARKER, exportedAt: now.toISOString(), settings }, null, 2)}\n`;
}

/** Reads an exported settings file: the validated settings (with notices), or why the file is not one. */
export function settingsFromJson(text: string): { ok: true; value: Validated } | { ok: false; problem: ImportProblem } {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const file = parsed as { format?: unknown; settings?: unknown } | null;
  if (
    typeof file !== 'object' ||
    file === null ||
    file.format !== MARKER ||
    typeof file.settings !== 'object' ||
    file.settings === null
  ) {
    return { ok: false, problem: 'not-settings' };
  }
  return { ok: true, value: validateSettings(file.settings) };
}
