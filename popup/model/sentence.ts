/**
 * The sentence around a finding, split into the words before, the flagged words and the words after, so the
 * popup can show the flagged words emphasised in place. All parts are plain strings: they are rendered as text.
 */
import type { Finding } from '../../src/engine/types.ts';

/** A finding's sentence in three parts. */
export interface SentenceParts {
  before: string;
  flagged: string;
  after: string;
}

/** Context longer than this on either side is shortened with an ellipsis, so one item never fills the popup. */
const MAX_SIDE = 160;
const ELLIPSIS = '…';

/** Where a sentence ends: a full stop, question or exclamation mark (and closing quotes) before a space, or a line break. */
const SENTENCE_END = /[.!?][\u201D\u2019"')\]]*\s|\n/g;

/** Shortens the words before the flagged span from the left, at a word boundary. */
function clipStart(s: string): string {
  if (s.length <= MAX_SIDE) return s;
  const cut = s.slice(-MAX_SIDE);
  const space = cut.indexOf(' ');
  return ELLIPSIS + (space >= 0 ? cut.slice(space + 1) : cut);
}

/** Shortens the words after the flagged span from the right, at a word boundary. */
function clipEnd(s: string): string {
  if (s.length <= MAX_SIDE) return s;
  const cut = s.slice(0, MAX_SIDE);
  const space = cut.lastIndexOf(' ');
  return (space >= 0 ? cut.slice(0, space) : cut) + ELLIPSIS;
}

/** Sentence ends found in the last text seen, as [index of the mark, index just past the mark] pairs. */
let cached: { text: string; ends: Array<[number, number]> } | undefined;

/** Every sentence end in the text, computed once per text: a long article has hundreds of findings to place. */
function sentenceEnds(text: string): Array<[number, number]> {
  if (cached?.text !== text) {
    const ends: Array<[number, number]> = [];
    for (const m of text.matchAll(SENTENCE_END)) ends.push([m.index, m.index + m[0].trimEnd().length]);
    cached = { text, ends };
  }
  return cached.ends;
}

/** The sentence bounds around [start, end) in the analysed text. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const [mark, past] of sentenceEnds(text)) {
    if (past <= start) from = past;
    else if (mark >= end - 1) {
      to = past;
      break;
    }
  }
  return [from, to];
}

/** The smallest other finding that contains this one and is a claim: claims are sentences or clauses. */
function enclosingClaim(finding: Finding, findings: readonly Finding[]): Finding | undefined {
  let best: Finding | undefined;
  for (const other of findings) {
    if (other === finding || other.kind !== 'claim') continue;
    if (other.start > finding.start || other.end < finding.end) continue;
    if (other.start === finding.start && other.end === finding.end) continue;
    if (!best || other.end - other.start < best.end - best.start) best = other;
  }
  return best;
}

/**
 * The sentence around a finding. With the analysed text, the real sentence; without it (the popup's view may
 * not carry the text), the smallest claim around the finding, or else the flagged words alone.
 */
export function sentenceAround(finding: Finding, findings: readonly Finding[], text?: string): SentenceParts {
  if (text !== undefined && text.slice(finding.start, finding.end) === finding.text) {
    const [from, to] = sentenceBounds(text, finding.start, finding.end);
    return {
      before: clipStart(text.slice(from, finding.start).trimStart()),
      flagged: finding.text,
      after: clipEnd(text.slice(finding.end, to).trimEnd()),
    };
  }
  const claim = enclosingClaim(finding, findings);
  if (!claim) return { before: '', flagged: finding.text, after: '' };
  return {
    before: clipStart(claim.text.slice(0, finding.start - claim.start)),
    flagged: finding.text,
    after: clipEnd(claim.text.slice(finding.end - claim.start)),
  };
}
