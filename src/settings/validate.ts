/**
 * Settings read back from storage or from an imported file are untrusted: another version of Sourcelight may
 * have written them, or they may be damaged. validateSettings() keeps every field that is sound and replaces
 * the others with their defaults, field by field (and entry by entry in the lists), and says what it replaced,
 * so the settings page can show a notice instead of crashing or silently losing the reader's choices.
 */
import type { Technique } from '../engine/types.ts';
import { FAMILIES } from '../messaging/families.ts';
import type { Family } from '../messaging/protocol.ts';
import {
  type CustomTerm,
  defaultSettings,
  LIMITS,
  SETTINGS_VERSION,
  type Sensitivity,
  type Settings,
  TECHNIQUES,
} from './schema.ts';

/** The fields of Settings a notice can name. */
export type SettingsField = Exclude<keyof Settings, 'version'>;

/** Something validation changed, for the reader to see (the settings page words it). */
export type SettingsNotice =
  /** Not a settings object at all (damaged storage, a file of something else): everything is the default. */
  | { kind: 'unreadable' }
  /** Written by an older (or newer) Sourcelight: carried over field by field. */
  | { kind: 'older-version' | 'newer-version'; version: unknown }
  /** One field was not usable and is back to its default. */
  | { kind: 'field-reset'; field: SettingsField }
  /** Some entries of a list were not usable and were left out. */
  | { kind: 'entries-dropped'; field: 'customTerms' | 'trustedSources'; count: number };

/** Validated settings and what had to change. */
export interface Validated {
  settings: Settings;
  notices: SettingsNotice[];
}

/** Why a custom term or a source name is refused (the settings form shows the reason). */
export type EntryProblem =
  | 'empty'
  | 'too-long'
  | 'unknown-technique'
  | 'no-explanation'
  | 'explanation-too-long'
  | 'duplicate';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collapses runs of whitespace and trims, so " cruel  regime " and "cruel regime" are the same entry. */
export function tidy(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** A custom term from untrusted input, tidied, or the reason it cannot be one. */
export function checkCustomTerm(
  input: unknown,
): { ok: true; value: CustomTerm } | { ok: false; problem: EntryProblem } {
  if (!isRecord(input)) return { ok: false, problem: 'empty' };
  const term = typeof input.term === 'string' ? tidy(input.term) : '';
  const explanation = typeof input.explanation === 'string' ? tidy(input.explanation) : '';
  if (term === '') return { ok: false, problem: 'empty' };
  if (term.length > LIMITS.termLength) return { ok: false, problem: 'too-long' };
  if (!TECHNIQUES.includes(input.technique as Technique)) return { ok: false, problem: 'unknown-technique' };
  if (explanation === '') return { ok: false, problem: 'no-explanation' };
  if (explanation.length > LIMITS.explanationLength) return { ok: false, problem: 'explanation-too-long' };
  return { ok: true, value: { term, technique: input.technique as Technique, explanation } };
}

/** A trusted source name from untrusted input, tidied, or the reason it cannot be one. */
export function checkSourceName(input: unknown): { ok: true; value: string } | { ok: false; problem: EntryProblem } {
  const name = typeof input === 'string' ? tidy(input) : '';
  if (name === '') return { ok: false, problem: 'empty' };
  if (name.length > LIMITS.sourceNameLength) return { ok: false, problem: 'too-long' };
  return { ok: true, value: name };
}

/** A Record of on/off switches: known keys that are booleans are kept, others take the default. */
function switches<K extends string>(
  value: unknown,
  keys: readonly K[],
  fallback: Record<K, boolean>,
): Record<K, boolean> | undefined {
  if (!isRecord(value)) return undefined;
  return Object.fromEntries(keys.map((k) => [k, typeof value[k] === 'boolean' ? value[k] : fallback[k]])) as Record<
    K,
    boolean
  >;
}

/** The usable entries of a list, without duplicates (compared by `same`), up to `max`; and how many were dropped. */
function list<T>(
  value: unknown,
  check: (entry: unknown) => { ok: true; value: T } | { ok: false },
  same: (t: T) => string,
  max: number,
) {
  if (!Array.isArray(value)) return undefined;
  const kept = new Map<string, T>();
  for (const entry of value) {
    const checked = check(entry);
    if (checked.ok && kept.size < max && !kept.has(same(checked.value))) kept.set(same(checked.value), checked.value);
  }
  return { entries: [...kept.values()], dropped: value.length - kept.size };
}

/** Checks untrusted settings field by field; never throws. */
export function validateSettings(input: unknown): Validated {
  const defaults = defaultSettings();
  if (!isRecord(input)) return { settings: defaults, notices: [{ kind: 'unreadable' }] };
  const notices: SettingsNotice[] = [];
  if (input.version !== SETTINGS_VERSION) {
    const newer = typeof input.version === 'number' && input.version > SETTINGS_VERSION;
    notices.push({ kind: newer ? 'newer-version' : 'older-version', version: input.version });
  }
  /** The default of a field that could not be used, with a notice when the field was there but damaged. */
  const reset = <T>(field: SettingsField, fallback: T): T => {
    // A field that is simply absent takes its default quietly: older versions did not have it.
    if (field in input) notices.push({ kind: 'field-reset', field });
    return fallback;
  };
  const families =
    switches<Family>(input.families, FAMILIES, defaults.families) ?? reset('families', defaults.families);
  const techniques =
    switches<Technique>(input.techniques, TECHNIQUES, defaults.techniques) ?? reset('techniques', defaults.techniques);
  const sensitivity: Sensitivity =
    input.sensitivity === 'confident' || input.sensitivity === 'all'
      ? input.sensitivity
      : reset('sensitivity', defaults.sensitivity);
  const settings: Settings = {
    version: SETTINGS_VERSION,
    families,
    techniques,
    sensitivity,
    customTerms: [],
    trustedSources: [],
  };
  const terms = list(
    input.customTerms,
    checkCustomTerm,
    (c) => `${c.technique} ${c.term.toLowerCase()}`,
    LIMITS.customTerms,
  );
  const names = list(input.trustedSources, checkSourceName, (n) => n.toLowerCase(), LIMITS.trustedSources);
  for (const [field, result] of [
    ['customTerms', terms],
    ['trustedSources', names],
  ] as const) {
    if (!result) reset(field, undefined);
    else if (result.dropped > 0) notices.push({ kind: 'entries-dropped', field, count: result.dropped });
  }
  settings.customTerms = (terms?.entries as CustomTerm[] | undefined) ?? [];
  settings.trustedSources = (names?.entries as string[] | undefined) ?? [];
  return { settings, notices };
}
