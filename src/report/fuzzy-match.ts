/**
 * Bounded approximate search: where does `pattern` occur in `text` with at most `maxErrors` edits?
 * Pigeonhole filter: split the pattern into maxErrors + 1 pieces (at most MAX_PIECES); a match with fewer
 * edits than pieces contains one piece unchanged. Each exact piece hit votes for a start; windows with the
 * most votes are verified first by an edit-distance table, until a budget of table cells is spent.
 */

/** An approximate occurrence: the span in the text and the number of edits from the pattern. */
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/** Table cells spent per search at most: about 15 ms in the worst case, far less when the quote is near. */
export const DEFAULT_CELL_BUDGET = 500_000;
/** Pieces searched at most: each costs one scan of the text. */
export const MAX_PIECES = 16;
/** A piece found more often than this says nothing about where the quote is, and is ignored. */
export const MAX_PIECE_HITS = 2000;

/** Starts voted for by exact hits of the pattern's pieces, best supported first, then nearest the hint. */
function votedStarts(text: string, pattern: string, maxErrors: number, hint: number): number[] {
  const pieces = Math.min(maxErrors + 1, MAX_PIECES);
  const size = Math.floor(pattern.length / pieces);
  if (size === 0) return []; // an empty piece would match everywhere
  const votes = new Map<number, number>();
  const bucket = maxErrors + 1; // estimates within one bucket are the same match shifted by edits
  for (let p = 0; p < pieces; p++) {
    const offset = p * size;
    const piece = pattern.slice(offset, p === pieces - 1 ? pattern.length : offset + size);
    const hits: number[] = [];
    for (let at = text.indexOf(piece); at !== -1 && hits.length <= MAX_PIECE_HITS; at = text.indexOf(piece, at + 1)) {
      hits.push(at);
    }
    if (hits.length > MAX_PIECE_HITS) continue;
    for (const at of hits) {
      const key = Math.floor(Math.max(0, at - offset) / bucket);
      votes.set(key, (votes.get(key) ?? 0) + 1);
    }
  }
  const ranked = [...votes.keys()].map((key) => ({
    start: key * bucket,
    support: (votes.get(key) ?? 0) + (votes.get(key - 1) ?? 0) + (votes.get(key + 1) ?? 0),
    distance: Math.abs(key * bucket - hint),
  }));
  return ranked.sort((a, b) => b.support - a.support || a.distance - b.distance).map((r) => r.start);
}

/** Edit-distance table of the pattern against text[from, to): the best-ending alignment and where it starts. */
function bestAlignment(text: string, pattern: string, from: number, to: number): ApproximateMatch {
  const m = pattern.length;
  // Two rows of costs and of the text offset each alignment started at; typed arrays keep this loop tight.
  let prev = new Int32Array(m + 1).map((_, i) => i);
  let prevStart = new Int32Array(m + 1).fill(from);
  let cur = new Int32Array(m + 1);
  let curStart = new Int32Array(m + 1);
  let best: ApproximateMatch = { start: from, end: from, errors: m };
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    cur[0] = 0;
    curStart[0] = j + 1; // a match may begin anywhere: starting after j costs nothing
    for (let i = 1; i <= m; i++) {
      const substitute = prev[i - 1] + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      const skipText = prev[i] + 1;
      const skipPattern = cur[i - 1] + 1;
      if (substitute <= skipText && substitute <= skipPattern) {
        cur[i] = substitute;
        curStart[i] = prevStart[i - 1];
      } else if (skipText <= skipPattern) {
        cur[i] = skipText;
        curStart[i] = prevStart[i];
      } else {
        cur[i] = skipPattern;
        curStart[i] = curStart[i - 1];
      }
    }
    // On a tie, prefer the alignment whose length is nearest the pattern's ("gamme" over "gamm" for "gamma").
    const lengthGap = Math.abs(j + 1 - curStart[m] - m);
    if (cur[m] < best.errors || (cur[m] === best.errors && lengthGap < Math.abs(best.end - best.start - m))) {
      best = { start: curStart[m], end: j + 1, errors: cur[m] };
    }
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  return best;
}

/** Distinct approximate occurrences with at most maxErrors edits, found within the cell budget, and the cells spent. */
export function approximateMatches(
  text: string,
  pattern: string,
  maxErrors: number,
  hint = 0,
  budget = DEFAULT_CELL_BUDGET,
): { matches: ApproximateMatch[]; spent: number } {
  const matches: ApproximateMatch[] = [];
  if (pattern.length === 0 || maxErrors < 0) return { matches, spent: 0 };
  // Scanning the text for each piece costs too: counted as a quarter of a table cell per character.
  let spent = Math.ceil((Math.min(maxErrors + 1, MAX_PIECES) * text.length) / 4);
  if (spent > budget) return { matches, spent: 0 };
  for (const estimate of votedStarts(text, pattern, maxErrors, hint)) {
    const from = Math.max(0, estimate - maxErrors);
    const to = Math.min(text.length, estimate + pattern.length + 2 * maxErrors + 1);
    if (matches.some((f) => f.start < to && from < f.end)) continue; // this stretch has been read already
    const cells = (to - from) * pattern.length;
    if (spent + cells > budget) break;
    spent += cells;
    const match = bestAlignment(text, pattern, from, to);
    if (match.errors <= maxErrors && match.end > match.start) matches.push(match);
  }
  return { matches, spent };
}
