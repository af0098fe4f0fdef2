/** The list of attributions found in one sentence: adding without overlaps, merging a speaker's second cue. */
import type { Found } from './verbs.ts';

/**
 * What the list builder knows of its list so far, so that each addition costs the same however long the list: the
 * furthest end (cues arrive in text order, so a new one usually starts past it and can overlap nothing) and the first
 * attribution of each speaker. Valid only while the list grows through addOrMerge and addIfFree.
 */
export interface FoundIndex {
  synced: number;
  maxEnd: number;
  bySpeaker: Map<number | undefined, Found>;
}

/** A fresh index for a list built from scratch (or holding only what addOrMerge and addIfFree will sync). */
export function newFoundIndex(): FoundIndex {
  return { synced: 0, maxEnd: -1, bySpeaker: new Map() };
}

/** Reads into the index the attributions pushed since it last looked. */
function sync(found: readonly Found[], ix: FoundIndex): void {
  for (; ix.synced < found.length; ix.synced++) {
    const g = found[ix.synced];
    if (g.end > ix.maxEnd) ix.maxEnd = g.end;
    const key = g.speaker?.first;
    if (!ix.bySpeaker.has(key)) ix.bySpeaker.set(key, g);
  }
}

/** Adds an attribution unless it overlaps one found before; a second cue of the same speaker widens the first. */
export function addOrMerge(found: Found[], f: Found, ix: FoundIndex = newFoundIndex()): void {
  sync(found, ix);
  // "Experts, speaking on condition of anonymity, have urged": one speaker, two cues, one attribution.
  const same = ix.bySpeaker.get(f.speaker?.first);
  if (same) {
    same.end = Math.max(same.end, f.end);
    if (same.end > ix.maxEnd) ix.maxEnd = same.end;
    if (f.clause) same.clause = f.clause;
    // "A report published on Monday by the trust said": the later cue may have found the document's publisher.
    if (f.guess.sourceName && !same.guess.sourceName && f.guess.source === same.guess.source) same.guess = f.guess;
    return;
  }
  // "A report published by the Harbour Trust said": the publishing inside a named document's description is part of it.
  // Nothing found ends after f starts, so nothing lies inside f.
  const inner =
    f.guess.source === 'document' && f.guess.sourceName && f.first < ix.maxEnd
      ? found.findIndex((g) => f.first < g.first && g.end < f.end)
      : -1;
  if (inner >= 0) {
    found.splice(inner, 1);
    Object.assign(ix, newFoundIndex());
    sync(found, ix);
  }
  addIfFree(found, f, ix);
}

/** Adds f unless it shares a token with an attribution already found (the index spares the scan when f starts past all). */
export function addIfFree(found: Found[], f: Found, ix: FoundIndex): void {
  sync(found, ix);
  if (f.first < ix.maxEnd && overlapsAny(found, f)) return;
  found.push(f);
}

/**
 * True when an attribution found covers a token of [first, last] (last included). An indexed loop: per-word loops
 * call this, and a closure there capturing the word's index made a new context for every word.
 */
export function coversSpan(found: readonly Found[], first: number, last: number): boolean {
  for (let j = 0; j < found.length; j++) if (first < found[j].end && found[j].first <= last) return true;
  return false;
}

/** True when f shares a token with an attribution already found. */
export function overlapsAny(found: readonly Found[], f: Found): boolean {
  return found.some((g) => f.first < g.end && g.first < f.end);
}
