/**
 * The reader's settings: their shape, their defaults and their limits. Stored in storage.local under one key as
 * one object with a version number, so a later shape can be recognised and migrated (validate.ts).
 *
 * Two fields are made for the engine, which will take them in part 2 of issue 7 without a change of shape:
 * `customTerms` as `analyze(text, { customTerms })` (each term a lexicon entry: words, technique, explanation) and
 * `trustedSources` as `analyze(text, { trustedSources })` (names that count as named sources).
 */
// The engine's own list, so a technique it learns is one the settings know (a compile error until both agree).
import { KNOWN_TECHNIQUES } from '../engine/options/validate.ts';
import type { Technique } from '../engine/types.ts';
import { FAMILIES } from '../messaging/families.ts';
import type { Family } from '../messaging/protocol.ts';

/** The version of the settings shape this code writes. */
export const SETTINGS_VERSION = 1;

/** Every technique a reader can switch off, in the order the settings page lists them. */
export const TECHNIQUES = Object.keys(KNOWN_TECHNIQUES) as readonly Technique[];

/** Which findings to show: only the confident ones (confidence at or above CONFIDENT), or all of them. */
export type Sensitivity = 'confident' | 'all';

/** The confidence a finding needs to be shown under the 'confident' sensitivity. */
export const CONFIDENT = 0.7;

/** A loaded term the reader adds: the words, the technique they show, and an explanation in the reader's words. */
export interface CustomTerm {
  term: string;
  technique: Technique;
  explanation: string;
}

/** Everything the reader can set. */
export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Families shown when a page is analysed (each can still be toggled per page). */
  families: Record<Family, boolean>;
  /** Rhetoric techniques shown; a technique switched off is neither listed nor highlighted. */
  techniques: Record<Technique, boolean>;
  sensitivity: Sensitivity;
  customTerms: CustomTerm[];
  /** Names of people or organisations that count as named sources (e.g. a local newspaper's name). */
  trustedSources: string[];
}

/** Limits that keep a stored settings object small and every entry readable. */
export const LIMITS = {
  termLength: 60,
  explanationLength: 300,
  sourceNameLength: 80,
  customTerms: 200,
  trustedSources: 200,
} as const;

/** A fresh copy of the default settings: every family and technique on, all findings shown, no custom lists. */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    families: Object.fromEntries(FAMILIES.map((f) => [f, true])) as Record<Family, boolean>,
    techniques: Object.fromEntries(TECHNIQUES.map((t) => [t, true])) as Record<Technique, boolean>,
    sensitivity: 'all',
    customTerms: [],
    trustedSources: [],
  };
}
