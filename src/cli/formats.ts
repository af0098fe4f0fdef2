/**
 * The `--format` dispatch table: one entry per output format, each a pure function from the report (plus the
 * analysed text and page metadata) to a string. Adding a format means adding one row here.
 */
import type { Report } from '../engine/types.ts';
import { toCsv, toHtml, toJsonLd, toMarkdown } from '../report/index.ts';
import type { ExportInput } from '../report/types.ts';
import { jsonPieces } from './json-pieces.ts';
import type { PageMeta } from './page-meta.ts';
import { toTerminalText } from './text-report.ts';

/** Everything a format may use to render a report. */
export interface FormatInput {
  report: Report;
  /** The analysed text (the article text for HTML input): findings' offsets point into it. */
  text: string;
  page?: PageMeta;
  /** Only formats meant for a terminal look at this. */
  color: boolean;
  /** Terminal width, for formats that wrap lines. */
  width?: number;
  /** When the report is made (exports print it); the clock by default. */
  now?: Date;
}

/** One output format. */
export interface OutputFormat {
  /** One line for `--help`. */
  description: string;
  render: (input: FormatInput) => string;
  /**
   * The same output as `render`, in pieces to write one after another, for formats whose output can be large:
   * the whole string never has to exist at once.
   */
  pieces?: (input: FormatInput) => Iterable<string>;
  /** Whether the format can colour its output on a terminal. */
  colors?: boolean;
}

/** The formats `--format` accepts, by name; the first is the default. */
export const FORMATS: Readonly<Record<string, OutputFormat>> = {
  text: {
    description: 'a readable report for the terminal (default)',
    render: ({ report, text, page, color, width }) => toTerminalText(report, { text, page, color, width }),
    colors: true,
  },
  json: {
    description: 'the Report of the public contract (CONTRACT.md), plus `page` metadata for HTML input',
    render: (input) => [...jsonReport(input)].join(''),
    pieces: jsonReport,
  },
  jsonld: {
    description: 'W3C Web Annotation JSON-LD: one annotation per finding, with text quote and position selectors',
    render: (input) => toJsonLd(exportInput(input), input.now),
  },
  md: {
    description: 'Markdown for sharing and lesson notes: score, breakdown, findings with their sentences',
    render: (input) => toMarkdown(exportInput(input), input.now),
  },
  html: {
    description: 'one self-contained, printable HTML page with the article highlighted',
    render: (input) => toHtml(exportInput(input), input.now),
  },
  csv: {
    description: 'one row per finding (RFC 4180, UTF-8 with a header)',
    render: (input) => toCsv(exportInput(input)),
  },
};

/** The JSON report with the page metadata for HTML input, as `JSON.stringify(…, null, 2)` writes it, and a line break. */
function* jsonReport({ report, page }: FormatInput): Generator<string> {
  yield* jsonPieces(page ? { ...report, page } : report);
  yield '\n';
}

/** The exporters' input: the same report and text, with the page metadata as `meta`. */
function exportInput({ report, text, page }: FormatInput): ExportInput {
  return { report, text, meta: page ?? {} };
}

/** The names `--format` accepts. */
export function formatNames(): string[] {
  return Object.keys(FORMATS);
}
