/** One-line excerpts for error listings: the span in [brackets] with a little context either side. */

/** Collapses all whitespace runs to single spaces so an excerpt stays on one terminal line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** An excerpt of `text` around [start, end): up to `width` characters either side, the span bracketed. */
export function snippet(text: string, start: number, end: number, width = 40): string {
  const from = Math.max(0, start - width);
  const to = Math.min(text.length, end + width);
  const before = (from > 0 ? '…' : '') + oneLine(text.slice(from, start));
  const after = oneLine(text.slice(end, to)) + (to < text.length ? '…' : '');
  return `${before}[${oneLine(text.slice(start, end))}]${after}`;
}

/** The start of a sentence-length text as one line, cut at `width` characters. */
export function lead(text: string, width = 110): string {
  const line = oneLine(text).trim();
  return line.length > width ? `${line.slice(0, width - 1)}…` : line;
}
