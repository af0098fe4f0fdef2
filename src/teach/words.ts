/**
 * Selecting words with the keyboard in a read-only text, where browsers move no caret: the arrow keys pick the
 * next or previous word, and with Shift they grow or shrink the selection a word at a time from the end that
 * last moved (like a text editor's Shift+Ctrl+arrows). Pure offsets; the page turns them into a DOM selection.
 */

/** A selection in the text: [start, end), and whether its moving end is the start (after Shift+Left). */
export interface WordSelection {
  start: number;
  end: number;
  focusAtStart: boolean;
}

/** Which arrow was pressed, and whether Shift was held. */
export interface WordStep {
  direction: 'next' | 'previous';
  extend: boolean;
}

/** The words of a text as [start, end) spans: runs of letters and digits, with inner apostrophes and hyphens. */
export function wordSpans(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

type Span = { start: number; end: number };

const after = (words: readonly Span[], offset: number) => words.find((w) => w.start >= offset);
const before = (words: readonly Span[], offset: number) => words.filter((w) => w.end <= offset).at(-1);

/** The selection after one arrow key; the same selection when there is no word that way. */
export function stepWord(words: readonly Span[], current: WordSelection | null, step: WordStep): WordSelection | null {
  const single = (w: Span | undefined) => (w ? { start: w.start, end: w.end, focusAtStart: false } : current);
  if (!current) return single(step.direction === 'next' ? words[0] : words.at(-1));
  if (!step.extend) return single(step.direction === 'next' ? after(words, current.end) : before(words, current.start));
  const inside = words.filter((w) => w.start >= current.start && w.end <= current.end);
  const several = inside.length > 1;
  if (step.direction === 'next') {
    // Shrinking from the start: drop the first word; otherwise grow the end by the next word.
    if (current.focusAtStart && several) return { ...current, start: inside[1].start };
    const next = after(words, current.end);
    return next ? { start: current.start, end: next.end, focusAtStart: false } : current;
  }
  if (!current.focusAtStart && several) return { ...current, end: inside[inside.length - 2].end };
  const previous = before(words, current.start);
  return previous ? { start: previous.start, end: current.end, focusAtStart: true } : current;
}
