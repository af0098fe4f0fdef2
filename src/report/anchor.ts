/**
 * Places loaded annotations on a text that may have changed since the export: the quote first (exact match,
 * several occurrences told apart by their context and nearness to the recorded position), then a bounded
 * fuzzy search when the quote is no longer there verbatim, accepted only when it is clearly the best.
 */
import { approximateMatches } from './fuzzy-match.ts';
import type { AnchoredAnnotation, AnchorMethod, AnchorResult, LoadedAnnotation, TextQuote } from './types.ts';

/** Quotes shorter than this are too common to look for approximately. */
export const MIN_FUZZY_LENGTH = 8;
/** Quotes longer than this are not searched approximately (cost), only exactly. */
export const MAX_FUZZY_LENGTH = 1000;
/** Share of a quote's characters that may have changed for a fuzzy match. */
export const FUZZY_ERROR_RATE = 0.2;
/** How far ahead of the runner-up (in score points) a fuzzy candidate must be to be trusted. */
export const FUZZY_MARGIN = 5;
/** Edit-distance cells one anchoring call may spend on fuzzy searches in all (about half a second at worst). */
export const TOTAL_FUZZY_CELLS = 15_000_000;
/** Cells one annotation's fuzzy search may spend. */
export const FUZZY_CELLS_PER_ANNOTATION = 500_000;

// Weights of the evidence for a candidate: the quote itself dominates, context separates repeats,
// and the recorded position only breaks ties (a whole paragraph may have been inserted before it).
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** How many characters of `prefix`, read backwards, agree with the text just before `at` (0..1). */
function prefixAgreement(text: string, prefix: string, at: number): number {
  if (prefix.length === 0) return 1;
  let n = 0;
  while (n < prefix.length && at - n > 0 && text[at - n - 1] === prefix[prefix.length - n - 1]) n++;
  return n / prefix.length;
}

/** How many characters of `suffix` agree with the text starting at `at` (0..1). */
function suffixAgreement(text: string, suffix: string, at: number): number {
  if (suffix.length === 0) return 1;
  let n = 0;
  while (n < suffix.length && at + n < text.length && text[at + n] === suffix[n]) n++;
  return n / suffix.length;
}

function scoreOf(text: string, quote: TextQuote, hint: number | undefined, c: Candidate): number {
  const nearness = hint === undefined ? 0 : 1 - Math.min(1, Math.abs(c.start - hint) / Math.max(1, text.length));
  return (
    WEIGHT.quote * (1 - c.errors / quote.exact.length) +
    WEIGHT.prefix * prefixAgreement(text, quote.prefix, c.start) +
    WEIGHT.suffix * suffixAgreement(text, quote.suffix, c.end) +
    WEIGHT.position * nearness
  );
}

/** Every verbatim occurrence of the quote. */
function exactCandidates(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

/** The candidates ranked best first by score. */
function ranked(text: string, annotation: LoadedAnnotation, candidates: Candidate[]) {
  const hint = annotation.position?.start;
  return candidates
    .map((c) => ({ c, score: scoreOf(text, annotation.quote, hint, c) }))
    .sort((a, b) => b.score - a.score || a.c.start - b.c.start);
}

/** True when the text holds the quote, with all its context, exactly at `start`. */
function intactAt(text: string, quote: TextQuote, start: number): boolean {
  // startsWith treats a negative position as 0, which would compare the prefix against the wrong characters.
  return (
    start >= quote.prefix.length &&
    text.startsWith(quote.exact, start) &&
    text.startsWith(quote.prefix, start - quote.prefix.length) &&
    text.startsWith(quote.suffix, start + quote.exact.length)
  );
}

/** Where the annotation's quote is in `text` now, and how it was found; null when it is gone. */
function locate(
  text: string,
  annotation: LoadedAnnotation,
  state: { cells: number; shift: number },
): { start: number; end: number; method: AnchorMethod } | null {
  const { exact } = annotation.quote;
  // Quote and context intact where they were, or moved by the same shift as the annotation before (a paragraph
  // inserted above): the best score there can be, so no other candidate can beat it and no search is needed.
  const hint = annotation.position?.start;
  if (hint !== undefined && intactAt(text, annotation.quote, hint))
    return { start: hint, end: hint + exact.length, method: 'position' };
  if (hint !== undefined && state.shift !== 0 && intactAt(text, annotation.quote, hint + state.shift)) {
    return { start: hint + state.shift, end: hint + state.shift + exact.length, method: 'quote' };
  }
  const verbatim = ranked(text, annotation, exactCandidates(text, exact));
  if (verbatim.length > 0) {
    const { start, end } = verbatim[0].c;
    const atHint = annotation.position?.start === start && annotation.position?.end === end;
    return { start, end, method: atHint ? 'position' : 'quote' };
  }
  if (exact.length < MIN_FUZZY_LENGTH || exact.length > MAX_FUZZY_LENGTH || state.cells <= 0) return null;
  const maxErrors = Math.floor(exact.length * FUZZY_ERROR_RATE);
  const cells = Math.min(FUZZY_CELLS_PER_ANNOTATION, state.cells);
  const search = approximateMatches(text, exact, maxErrors, (hint ?? 0) + state.shift, cells);
  state.cells -= search.spent;
  const fuzzy = ranked(text, annotation, search.matches);
  if (fuzzy.length === 0) return null;
  if (fuzzy.length > 1 && fuzzy[0].score - fuzzy[1].score < FUZZY_MARGIN) return null; // not clearly the best
  return { ...trimSpaces(text, fuzzy[0].c), method: 'fuzzy' };
}

/** An approximate match may have absorbed a space at either end; the highlight should not. */
function trimSpaces(text: string, c: Candidate): { start: number; end: number } {
  let { start, end } = c;
  while (start < end - 1 && /\s/.test(text[start])) start++;
  while (end > start + 1 && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Anchors each annotation on `text`: found ones carry the finding moved to its new span, the rest are listed. */
export function anchorAnnotations(
  text: string,
  annotations: readonly LoadedAnnotation[],
  fuzzyCells = TOTAL_FUZZY_CELLS,
): AnchorResult {
  const result: AnchorResult = { anchored: [], unmatched: [] };
  const state = { cells: fuzzyCells, shift: 0 };
  for (const annotation of annotations) {
    const place = typeof text === 'string' ? locate(text, annotation, state) : null;
    if (!place) {
      result.unmatched.push(annotation);
      continue;
    }
    if (annotation.position) state.shift = place.start - annotation.position.start;
    const finding = {
      ...annotation.finding,
      start: place.start,
      end: place.end,
      text: text.slice(place.start, place.end),
    };
    const anchored: AnchoredAnnotation = { annotation, finding, method: place.method };
    result.anchored.push(anchored);
  }
  return result;
}
