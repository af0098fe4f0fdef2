/**
 * Checks the reader's lists before the engine uses them. They come from stored settings, so they may be
 * damaged or hand-edited: an unusable entry is left out with a warning in the report, never a crash, and
 * the lists are capped so a huge import cannot stall an analysis.
 */
import type { Technique } from '../types.ts';

/** The most entries the engine reads from each list (the settings page keeps far fewer). */
export const MAX_ENTRIES = 5000;
/** The longest term or source name read, in characters; longer entries are left out. */
export const MAX_PHRASE_LENGTH = 200;
/** The longest explanation kept, in characters; a longer one is cut at a word. */
export const MAX_EXPLANATION_LENGTH = 1000;

/**
 * Every technique of the contract, at run time: a Record so that a technique added to the type must be added
 * here too (compile error). Other parts (the settings schema) can check against this one list.
 */
export const KNOWN_TECHNIQUES: Readonly<Record<Technique, true>> = {
  'loaded-language': true,
  'name-calling': true,
  exaggeration: true,
  'fear-appeal': true,
  certainty: true,
  figurative: true,
  hedge: true,
};

/** A custom term the engine can use: trimmed words, a known technique, a non-empty explanation. */
export interface CheckedTerm {
  term: string;
  technique: Technique;
  explanation: string;
}

/** The usable entries of a list and the warnings about those left out. */
export interface Checked<T> {
  entries: T[];
  warnings: string[];
}

const FALLBACK_EXPLANATION = 'You added this wording in your settings as a sign of persuasion.';

/** Keeps the usable custom terms; says how many were left out and why. */
export function checkCustomTerms(value: unknown): Checked<CheckedTerm> {
  const list = asList(value, 'customTerms');
  const entries: CheckedTerm[] = [];
  let unusable = 0;
  for (const item of list.items) {
    const entry = item as Partial<Record<keyof CheckedTerm, unknown>> | null;
    const term = typeof entry?.term === 'string' ? entry.term.trim() : '';
    const technique = entry?.technique;
    if (!usablePhrase(term) || typeof technique !== 'string' || !Object.hasOwn(KNOWN_TECHNIQUES, technique)) {
      unusable++;
      continue;
    }
    const explanation = typeof entry?.explanation === 'string' ? shorten(entry.explanation.trim()) : '';
    entries.push({ term, technique: technique as Technique, explanation: explanation || FALLBACK_EXPLANATION });
  }
  return { entries, warnings: warningsFor('custom term', unusable, list.dropped) };
}

/** Keeps the usable trusted source names; says how many were left out. */
export function checkTrustedSources(value: unknown): Checked<string> {
  const list = asList(value, 'trustedSources');
  const entries: string[] = [];
  let unusable = 0;
  for (const item of list.items) {
    const name = typeof item === 'string' ? item.trim() : '';
    if (usablePhrase(name)) entries.push(name);
    else unusable++;
  }
  return { entries, warnings: warningsFor('trusted source name', unusable, list.dropped) };
}

/** The list's first MAX_ENTRIES items and how many were beyond them; anything but an array is a caller's bug. */
function asList(value: unknown, name: string): { items: readonly unknown[]; dropped: number } {
  if (value === undefined) return { items: [], dropped: 0 };
  if (!Array.isArray(value)) throw new TypeError(`analyze(): options.${name} must be an array`);
  return { items: value.slice(0, MAX_ENTRIES), dropped: Math.max(0, value.length - MAX_ENTRIES) };
}

// A phrase needs a letter or digit: a lone "-" or "," would flag every dash or comma in the text.
function usablePhrase(phrase: string): boolean {
  return phrase.length > 0 && phrase.length <= MAX_PHRASE_LENGTH && /[\p{L}\p{N}]/u.test(phrase);
}

function shorten(text: string): string {
  if (text.length <= MAX_EXPLANATION_LENGTH) return text;
  // A cut between the halves of a surrogate pair would leave half an emoji: step back one.
  const high = /[\uD800-\uDBFF]/.test(text[MAX_EXPLANATION_LENGTH - 1]);
  const cut = text.slice(0, MAX_EXPLANATION_LENGTH - (high ? 1 : 0));
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_EXPLANATION_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function warningsFor(what: string, unusable: number, dropped: number): string[] {
  const out: string[] = [];
  if (unusable > 0) {
    out.push(
      `${unusable} ${what}${unusable === 1 ? ' was' : 's were'} left out: empty, longer than ${MAX_PHRASE_LENGTH} characters, without a letter or digit${what === 'custom term' ? ', or with an unknown technique' : ''}.`,
    );
  }
  if (dropped > 0) out.push(`Only the first ${MAX_ENTRIES} of your ${what}s were used; ${dropped} more were left out.`);
  return out;
}
