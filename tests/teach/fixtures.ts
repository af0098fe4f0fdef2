/** Small hand-made texts and findings for teach mode's unit tests, with offsets found from the words. */
import type { Finding } from '../../src/engine/types.ts';
import type { MarkKind, StudentMark } from '../../src/teach/types.ts';

/** Two sentences: a loaded word, a vague source, an unsourced claim, a named source. */
export const TEXT =
  'Critics slammed the reckless plan, experts say. The bridge cost doubled last year. Mayor Ana Ruiz said it opens in May.';

/** [start, end) of the `nth` occurrence of `words` in TEXT. */
export function spanOf(words: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length };
}

const base = (id: string, words: string) => ({
  id,
  ...spanOf(words),
  text: words,
  rule: 'test/rule',
  confidence: 0.8,
  explanation: `Why ${words} matters.`,
  inQuote: false,
});

/** The findings a real engine might give for TEXT, one per family (and a second rhetoric one). */
export const FINDINGS: Finding[] = [
  { ...base('f1', 'slammed'), kind: 'rhetoric', technique: 'loaded-language' },
  { ...base('f2', 'reckless'), kind: 'rhetoric', technique: 'name-calling' },
  { ...base('f3', 'experts say'), kind: 'attribution', source: 'vague' },
  { ...base('f4', 'The bridge cost doubled last year.'), kind: 'claim', claimType: 'statistical', sourcing: 'none' },
  { ...base('f5', 'Mayor Ana Ruiz said'), kind: 'attribution', source: 'named', sourceName: 'Ana Ruiz' },
];

let next = 0;
/** A student's mark on `words` (the nth occurrence) as `kind`. */
export function mark(words: string, kind: MarkKind, nth = 0): StudentMark {
  next += 1;
  return { id: `m${next}`, ...spanOf(words, nth), kind };
}

/** A tiny RFC 4180 reader for the tests: quoted fields with doubled quotes, CRLF between records. */
export function readCsv(csv: string): string[][] {
  const rows: string[][] = [[]];
  const field = /"((?:[^"]|"")*)"|([^,\r\n"]*)/y;
  let at = 0;
  for (;;) {
    field.lastIndex = at;
    const m = field.exec(csv);
    if (!m) throw new Error(`bad field at ${at}`);
    rows[rows.length - 1].push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
    at = field.lastIndex;
    if (csv[at] === ',') at += 1;
    else if (csv.startsWith('\r\n', at)) {
      at += 2;
      if (at === csv.length) return rows;
      rows.push([]);
    } else throw new Error(`expected a comma or CRLF at ${at}`);
  }
}
