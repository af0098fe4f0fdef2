/**
 * The sentence around a finding, for display only. The engine decides what a sentence is for analysis; the
 * report carries no sentence spans, so this widens a span to the nearest end of sentence or paragraph, which
 * is all a reader needs to see the finding in context.
 */

const MAX_CONTEXT = 320;
// Punctuation that ends a sentence, optionally followed by closing quotes or brackets, then whitespace.
const SENTENCE_END = /[.!?]["'”’)\]]*\s/g;

/** The text from the sentence start before `start` to the sentence end after `end`, shortened with "…". */
export function sentenceAround(text: string, start: number, end: number, max = MAX_CONTEXT): string {
  const from = sentenceStart(text, start);
  const to = sentenceEnd(text, end);
  const sentence = text.slice(from, to).trim();
  if (sentence.length <= max) return sentence;
  // Too long (a list, a run-on paragraph): keep the finding and what fits evenly on both sides.
  const room = Math.max(0, Math.floor((max - (end - start)) / 2));
  const left = Math.max(from, start - room);
  const right = Math.min(to, end + room);
  return `${left > from ? '…' : ''}${text.slice(left, right).trim()}${right < to ? '…' : ''}`;
}

function sentenceStart(text: string, start: number): number {
  const windowStart = Math.max(0, start - MAX_CONTEXT * 2);
  const before = text.slice(windowStart, start);
  let from = windowStart;
  for (const match of before.matchAll(SENTENCE_END)) from = windowStart + match.index + match[0].length;
  const paragraph = text.lastIndexOf('\n\n', start - 1);
  return Math.max(from, paragraph >= 0 ? paragraph + 2 : 0);
}

function sentenceEnd(text: string, end: number): number {
  // Start one character early so that a span ending with its own full stop ends the sentence there.
  const from = Math.max(0, end - 1);
  const windowEnd = Math.min(text.length, end + MAX_CONTEXT * 2);
  const match = new RegExp(SENTENCE_END.source).exec(text.slice(from, windowEnd));
  const to = match ? from + match.index + match[0].length : windowEnd;
  const paragraph = text.indexOf('\n\n', end);
  return paragraph >= 0 ? Math.min(to, paragraph) : to;
}
