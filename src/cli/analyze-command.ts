/** `sourcelight analyze`: read, extract the article if HTML, analyse, format, write. No analysis happens here. */
import { analyze } from '../engine/analyze.ts';
import type { LinkSpan, Report } from '../engine/types.ts';
import { shouldColor } from './ansi.ts';
import type { AnalyzeInvocation } from './args.ts';
import { decodeText } from './decode-text.ts';
import { isHtmlInput } from './detect-html.ts';
import { CliError, EXIT, type ExitCode, reasonOf } from './errors.ts';
import { FORMATS, type FormatInput, type OutputFormat } from './formats.ts';
import { type CliIo, warn } from './io.ts';
import { type PageMeta, pageMetaOf } from './page-meta.ts';
import { readInput } from './read-input.ts';
import { writePiecesToFile, writePiecesToStream } from './write-output.ts';

/** The text to analyse, its links, and what is known about its page. */
interface PreparedInput {
  text: string;
  links: LinkSpan[];
  page?: PageMeta;
}

/** Runs `analyze` for one input; throws CliError for problems the person can fix. */
export async function runAnalyze(
  args: AnalyzeInvocation,
  io: CliIo,
  write: (path: string, pieces: Iterable<string>) => Promise<void> | void = writePiecesToFile,
): Promise<ExitCode> {
  if (args.file === '-' && io.stdin.isTTY) warn(io, 'reading the article from the terminal; end it with Ctrl-D');
  const raw = await readInput(args.file, io.stdin);
  const decoded = decodeText(raw.bytes, raw.name);
  for (const warning of decoded.warnings) warn(io, `warning: ${warning}`);
  const input = await prepare(decoded.text, raw.name, args);
  const report = analyzeSafely(input);
  for (const warning of report.warnings ?? []) warn(io, `warning: ${warning}`);
  const format = FORMATS[args.format];
  if (!format) throw new CliError(`unknown format ${JSON.stringify(args.format)}`);
  const color = format.colors === true && args.output === undefined && shouldColor(args.color, io.stdout.isTTY, io.env);
  const output = rendered(format, { report, text: input.text, page: input.page, color, width: io.stdout.columns });
  if (args.output === undefined) {
    writePiecesToStream(io.stdout, output);
    return EXIT.ok;
  }
  try {
    await write(args.output, output);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot write ${JSON.stringify(args.output)}: ${reasonOf(error)}`);
  }
  return EXIT.ok;
}

/** Plain text goes to the engine as it is; HTML first gives up its article text, links and metadata. */
async function prepare(text: string, name: string, args: AnalyzeInvocation): Promise<PreparedInput> {
  const urlOnly: PageMeta | undefined = args.url ? { url: args.url } : undefined;
  if (!isHtmlInput(text, name, args.input)) return { text, links: [], ...(urlOnly ? { page: urlOnly } : {}) };
  // Loaded only for HTML: jsdom alone takes over a second to start.
  const { extractArticleFromHtml } = await import('./extract-html.ts');
  const article = extractArticleFromHtml(text, args.url);
  if (article.text.trim() === '')
    throw new CliError(`${name} is HTML with no article text in it: there is nothing to analyse`);
  const page = pageMetaOf(article, args.url);
  return { text: article.text, links: article.links, ...(page ? { page } : {}) };
}

/**
 * The report in the format, in pieces as they are written (whole for formats that have no pieces). A format that
 * cannot write a report it was given is a bug, as an engine failure is.
 */
function* rendered(format: OutputFormat, input: FormatInput): Generator<string> {
  try {
    if (format.pieces) yield* format.pieces(input);
    else yield format.render(input);
  } catch (error) {
    throw new CliError(
      `could not write the report: ${reasonOf(error)}. This is a bug in Sourcelight; please report it.`,
      EXIT.analysis,
    );
  }
}

function analyzeSafely({ text, links }: PreparedInput): Report {
  try {
    return analyze(text, { links });
  } catch (error) {
    throw new CliError(
      `the analysis failed: ${reasonOf(error)}. This is a bug in Sourcelight; please report it.`,
      EXIT.analysis,
    );
  }
}
