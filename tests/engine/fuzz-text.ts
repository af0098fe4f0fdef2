/**
 * Input generators for the engine fuzz test: random Unicode soup (RTL, combining marks, emoji, NUL, lone
 * surrogates, markup-looking text, quote marks) and real-looking news prose that has been cut and damaged,
 * which reaches the detectors' rules and so tests their offsets where findings actually occur.
 */
import { sourceParagraphs } from '../../scripts/bench/texts.ts';
import type { LinkSpan } from '../../src/engine/types.ts';
import { pick, type Random, randomInt } from './fuzz-random.ts';

const fromRange = (random: Random, first: number, last: number) => String.fromCodePoint(randomInt(random, first, last));

/**
 * White space that wink-nlp drops from its tokens (neither a token nor part of precedingSpaces), found by
 * scanning every BMP character. The engine once let offsets drift by one for each; fuzz.test.ts keeps a
 * regression test, and the soup draws them like any other space.
 */
export const WINK_DROPPED_SPACES: readonly string[] = [
  ...'\u000b\u000c\u1680\u2000\u2001\u2006\u2007\u2008\u2028\u2029\u3000\ufeff',
];

const SPACES = [' ', ' ', ' ', '\n', '\n\n', '\t', '\r\n', '\u00a0', '\u2009', '\u202f', '\u0085'];

/** Kinds of characters the soup is made of; each entry draws one piece. */
const PIECES: readonly ((random: Random) => string)[] = [
  (r) => pick(r, ['said', 'according to', 'officials', 'Mr.', 'Dr. Smith', 'experts', 'reportedly', 'clearly', 'the']),
  (r) => fromRange(r, 0x61, 0x7a),
  (r) => fromRange(r, 0x41, 0x5a),
  (r) => pick(r, pick(r, [SPACES, WINK_DROPPED_SPACES])),
  (r) => pick(r, ['.', ',', ';', ':', '!', '?', '…', '—', '–', '(', ')', '[', ']', '/', '\\', '&', '*', '%', '$']),
  (r) => pick(r, ['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‹', '›', '「', '」', '`']),
  (r) => fromRange(r, 0x05d0, 0x05ea), // Hebrew letters
  (r) => fromRange(r, 0x0621, 0x064a), // Arabic letters
  (r) => pick(r, ['\u200f', '\u200e', '\u202e', '\u202c', '\u2066', '\u2069']), // bidi marks and overrides
  (r) => fromRange(r, 0x0300, 0x036f).repeat(randomInt(r, 1, 6)), // stacked combining marks
  (r) => fromRange(r, 0x1f300, 0x1f64f), // emoji: a surrogate pair
  (r) => pick(r, ['👩‍👩‍👧', '👍🏽', '🇺🇦', '1️⃣', '❤️', '🏳️‍🌈']), // ZWJ, skin tone, flag, keycap
  (r) => pick(r, ['\u0000', '\u0001', '\u001b', '\u007f', '\ufffd', '\uffff', '\u200b', '\u200d']),
  (r) => String.fromCharCode(randomInt(r, 0xd800, 0xdfff)), // a lone surrogate, high or low
  (r) => fromRange(r, 0x4e00, 0x9fff), // CJK
  (r) => pick(r, ['3.2%', '$4.1 million', '1,000', '½', '2023', '6 p.m.', '-0', '1e9']),
  (r) =>
    pick(r, [
      '<p>',
      '</div>',
      '<script>alert(1)</script>',
      '&amp;',
      '&#x3C;',
      '<!--',
      '-->',
      '<![CDATA[',
      '<b onclick="x()">',
    ]),
  (r) => pick(r, ['https://example.org/a?b=c#d', 'someone@example.org', '#tag', '@user', 'www.example.com']),
];

/** Random Unicode text of up to maxPieces pieces (often empty or tiny, sometimes long). */
export function unicodeSoup(random: Random, maxPieces = 200): string {
  const count = randomInt(random, 0, maxPieces);
  let text = '';
  for (let i = 0; i < count; i++) text += pick(random, PIECES)(random);
  return text;
}

const NEWS = sourceParagraphs().join('\n\n');

/** One damage done to a text: insert soup, delete, duplicate, swap quote marks, shout, or break a line. */
function damage(random: Random, text: string): string {
  const at = randomInt(random, 0, text.length);
  const to = Math.min(text.length, at + randomInt(random, 0, 80));
  switch (randomInt(random, 0, 5)) {
    case 0:
      return text.slice(0, at) + unicodeSoup(random, 8) + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(to);
    case 2:
      return text.slice(0, to) + text.slice(at, to) + text.slice(to);
    case 3:
      return (
        text.slice(0, at) +
        text.slice(at, to).replace(/[“”"]/g, () => pick(random, ['"', '“', '”', '«', ''])) +
        text.slice(to)
      );
    case 4:
      return text.slice(0, at) + text.slice(at, to).toUpperCase() + text.slice(to);
    default:
      return `${text.slice(0, at)}\n\n${text.slice(at)}`;
  }
}

/** A random stretch of the news prose (cut anywhere, even inside a word), damaged a few times. */
export function damagedNews(random: Random, maxLength = 1500): string {
  const start = randomInt(random, 0, NEWS.length - 1);
  let text = NEWS.slice(start, start + randomInt(random, 1, maxLength));
  const damages = randomInt(random, 0, 4);
  for (let i = 0; i < damages; i++) text = damage(random, text);
  return text;
}

/** Link spans as a page might send them, including broken ones (negative, reversed, past the end, NaN). */
export function randomLinks(random: Random, length: number): LinkSpan[] {
  return Array.from({ length: randomInt(random, 0, 3) }, () => {
    const start = randomInt(random, -5, length + 5);
    const end = pick(random, [start + randomInt(random, 1, 60), start, start - 3, Number.NaN, length + 10]);
    return { start, end, href: pick(random, ['https://example.org/report.pdf', '', 'javascript:alert(1)']) };
  });
}

/** The news prose itself, repeated to at least `length` characters (for the timing test). */
export function newsOfLength(length: number): string {
  return `${NEWS}\n\n`.repeat(Math.ceil(length / (NEWS.length + 2))).slice(0, length);
}

const CUE_WORDS =
  'officials said Minister Harwick experts according to reports the council may clearly crisis water plant';

/** One line of `chars` characters: words (some capitalised, some detector cues) and spaces, no punctuation. */
export function noPunctuationLine(chars: number, random: Random): string {
  const words = CUE_WORDS.split(' ');
  let line = '';
  while (line.length < chars) line += `${pick(random, words)} `;
  return line.slice(0, chars);
}
