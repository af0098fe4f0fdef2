/** The `--help` texts. Kept beside each other so the commands, options and exit codes are documented in one place. */
import type { OutputFormat } from './formats.ts';

const EXIT_CODES = `Exit codes:
  0  done (for batch: also when some lines were errors; see their "error" fields)
  1  the analysis itself failed: a bug in Sourcelight, please report it
  2  usage or input error: unknown command or option, missing, unreadable,
     empty or binary input, standard input that cannot be read`;

/** `sourcelight --help`. */
export function mainHelp(version: string): string {
  return `sourcelight ${version}: shows where a news article's information comes from.
Everything runs on this machine; no text is sent anywhere.

Usage:
  sourcelight analyze [FILE|-] [options]   analyse one article (plain text or HTML)
  sourcelight batch < input.jsonl          analyse JSON Lines: {"id": ..., "text": ...}
  sourcelight --help | --version
  sourcelight analyze --help               options of analyze
  sourcelight batch --help                 the batch protocol

Examples:
  sourcelight analyze article.txt
  sourcelight analyze page.html --format json -o report.json
  curl -s https://example.org/story | sourcelight analyze - --url https://example.org/story

${EXIT_CODES}
`;
}

/** `sourcelight analyze --help`. */
export function analyzeHelp(formats: Readonly<Record<string, OutputFormat>>): string {
  const formatLines = Object.entries(formats)
    .map(([name, format]) => `    ${name.padEnd(8)}${format.description}`)
    .join('\n');
  return `Usage: sourcelight analyze [FILE|-] [options]

Reads FILE (or standard input when FILE is - or absent). HTML is recognised by
the file's extension or its first tag: the article is found with Mozilla
Readability, its links count as sources, and its title and byline are shown.

Options:
  -f, --format NAME   output format:
${formatLines}
  -o, --output FILE   write the report to FILE instead of standard output
      --input KIND    auto (default), text or html: how to read the input
      --url URL       the page's address: resolves relative links, named in reports
      --color         colour the text report even when not on a terminal
      --no-color      never colour (the NO_COLOR environment variable does the same)
  -h, --help          this help

Results are for English text; other languages get a warning on standard error.

${EXIT_CODES}
`;
}

/** `sourcelight batch --help`. */
export function batchHelp(): string {
  return `Usage: sourcelight batch < input.jsonl > output.jsonl

Reads JSON Lines on standard input, one object {"id": ..., "text": "..."} per
line, and writes exactly one line per input line, in the same order:
  - the Report (CONTRACT.md) with the input's "id" added as a top-level field;
  - {"id": <id or null>, "error": "..."} when the line is not valid JSON, is
    not an object, or has no string "text". Blank lines are errors too, so
    output line N always answers input line N.
Processing always goes on with the next line. The language model is loaded
once, lines are streamed, and output waits for a slow reader.

${EXIT_CODES}
`;
}
