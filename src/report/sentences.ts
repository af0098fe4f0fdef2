/**
 * Finds the sentence around a finding from the text alone (a Report carries no sentence list). One boundary
 * scan per text, then a binary search per finding, so a report costs linear time however many findings it has.
 */

/** A sentence's span in the text; `clipped*` say that a very long "sentence" was cut around the finding. */
export interface SentenceSpan {
  start: number;
  end: number;
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** Longest sentence quoted whole; a longer one (a list, a text with no full stops) is cut around the finding. */
export const MAX_SENTENCE_LENGTH = 400;

const ENDERS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
// Words whose full stop rarely ends a sentence; written for this project, not taken from any list.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st gen sen rep gov lt col capt sgt maj adm jr sr vs etc no inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isLower = (c: string | undefined) => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();

/** True when the full stop at `dot` ends an abbreviation ("Mr.", "U.S.", "Jan.") rather than a sentence. */
function endsAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && !isSpace(text[i - 1]) && text[i - 1] !== '(') i--;
  const word = text.slice(i, dot);
  return /^([A-Za-z]\.)*[A-Za-z]$/.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** Start offsets of the sentences of `text`, ascending, the first always 0. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    let j = i + 1;
    if (ENDERS.has(c)) {
      while (j < text.length && (ENDERS.has(text[j]) || CLOSERS.has(text[j]))) j++;
      if (j < text.length && !isSpace(text[j])) continue;
      if (c === '.' && endsAbbreviation(text, i)) continue;
    } else if (c !== '\n') continue;
    let k = j;
    while (k < text.length && isSpace(text[k])) k++;
    if (c === '\n' && !text.slice(j, k).includes('\n')) continue; // one newline is a wrapped line, two end a block
    if (k >= text.length) break;
    if (c !== '\n' && isLower(text[k])) continue; // "approx. five": lower case carries the sentence on
    if (k > starts[starts.length - 1]) starts.push(k);
    i = k - 1;
  }
  return starts;
}

/** Index of the last start that is <= offset. */
function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Returns a lookup (start, end) -> the sentence(s) holding that span, trimmed, cut to MAX_SENTENCE_LENGTH. */
export function sentenceFinder(
  text: string,
  maxLength = MAX_SENTENCE_LENGTH,
): (start: number, end: number) => SentenceSpan {
  const starts = sentenceStarts(text);
  return (start, end) => {
    const first = lastAtOrBefore(starts, start);
    const last = lastAtOrBefore(starts, Math.max(start, end - 1));
    let sStart = starts[first];
    while (sStart < start && isSpace(text[sStart])) sStart++;
    let sEnd = last + 1 < starts.length ? starts[last + 1] : text.length;
    while (sEnd > end && isSpace(text[sEnd - 1])) sEnd--;
    return clip(text, sStart, sEnd, start, end, maxLength);
  };
}

/** Cuts an over-long sentence to about maxLength around the span, at spaces, never cutting the span itself. */
function clip(text: string, sStart: number, sEnd: number, start: number, end: number, max: number): SentenceSpan {
  if (sEnd - sStart <= max || end - start >= max)
    return { start: sStart, end: sEnd, clippedBefore: false, clippedAfter: false };
  const room = Math.floor((max - (end - start)) / 2);
  let from = Math.max(sStart, start - room);
  let to = Math.min(sEnd, end + room);
  if (from > sStart) {
    const space = text.indexOf(' ', from);
    from = space !== -1 && space < start ? space + 1 : from;
  }
  if (to < sEnd) {
    const space = text.lastIndexOf(' ', to);
    to = space >= end ? space : to;
  }
  return { start: from, end: to, clippedBefore: from > sStart, clippedAfter: to < sEnd };
}
