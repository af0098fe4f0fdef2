/** Turns the command line's arguments into one typed invocation, or a CliError that says what was wrong. */
import { parseArgs } from 'node:util';
import { CliError } from './errors.ts';

/** How the input should be read: guessed from its name and content, or forced. */
export type InputKind = 'auto' | 'text' | 'html';

/** Whether the terminal report is coloured: `auto` colours only a terminal that allows it. */
export type ColorChoice = 'auto' | 'always' | 'never';

/** `sourcelight analyze [FILE|-]`. */
export interface AnalyzeInvocation {
  command: 'analyze';
  /** A path, or `-` for standard input. */
  file: string;
  format: string;
  /** Where to write the report; standard output when absent. */
  output?: string;
  color: ColorChoice;
  input: InputKind;
  /** The page's address, to resolve relative links in HTML and to name the page in reports. */
  url?: string;
}

/** Everything the command line can be asked to do. */
export type Invocation =
  | { command: 'help'; topic?: 'analyze' | 'batch' }
  | { command: 'version' }
  | { command: 'batch' }
  | AnalyzeInvocation;

const INPUT_KINDS: readonly InputKind[] = ['auto', 'text', 'html'];

/** Parses `argv` (without node and the script); `formats` lists the names `--format` accepts. */
export function parseCommandLine(argv: readonly string[], formats: readonly string[]): Invocation {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    const topic = rest[0];
    return topic === 'analyze' || topic === 'batch' ? { command: 'help', topic } : { command: 'help' };
  }
  if (command === '-v' || command === '-V' || command === '--version' || command === 'version')
    return { command: 'version' };
  if (command === 'analyze') return parseAnalyze(rest, formats);
  if (command === 'batch') return parseBatch(rest);
  if (command.startsWith('-')) throw new CliError(`unknown option ${quote(command)}. Run \`sourcelight --help\`.`);
  throw new CliError(`unknown command ${quote(command)}: use \`analyze\` or \`batch\`. Run \`sourcelight --help\`.`);
}

function parseAnalyze(args: string[], formats: readonly string[]): Invocation {
  const { values, positionals } = strictParse(args, 'analyze', {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    input: { type: 'string' },
    url: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { command: 'help', topic: 'analyze' };
  if (positionals.length > 1) {
    throw new CliError(
      `analyze takes one FILE (or - for standard input), not ${positionals.length}: ${positionals.map(quote).join(' ')}`,
    );
  }
  const format = stringValue(values.format) ?? 'text';
  if (!formats.includes(format)) {
    throw new CliError(`unknown format ${quote(format)}: choose one of ${formats.join(', ')}`);
  }
  const input = stringValue(values.input) ?? 'auto';
  if (!isInputKind(input))
    throw new CliError(`unknown --input ${quote(input)}: choose one of ${INPUT_KINDS.join(', ')}`);
  const url = stringValue(values.url);
  if (url !== undefined && !URL.canParse(url)) throw new CliError(`--url ${quote(url)} is not an absolute URL`);
  const output = stringValue(values.output);
  if (output === '') throw new CliError('--output needs a file name');
  // --no-color wins over --color, as NO_COLOR wins over a forced colour: refusing colour is the safer side.
  const color: ColorChoice = values['no-color'] ? 'never' : values.color ? 'always' : 'auto';
  return {
    command: 'analyze',
    file: positionals[0] ?? '-',
    format,
    color,
    input,
    ...(output !== undefined ? { output } : {}),
    ...(url !== undefined ? { url } : {}),
  };
}

function parseBatch(args: string[]): Invocation {
  const { values, positionals } = strictParse(args, 'batch', { help: { type: 'boolean', short: 'h' } });
  if (values.help) return { command: 'help', topic: 'batch' };
  if (positionals.length > 0) {
    throw new CliError(
      `batch reads standard input and takes no FILE (got ${quote(positionals[0])}): sourcelight batch < lines.jsonl`,
    );
  }
  return { command: 'batch' };
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** node:util parseArgs in strict mode, with its errors reworded for a person and tied to the command. */
function strictParse(args: string[], command: string, options: OptionSpec) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const name = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new CliError(`unknown option ${quote(name)} for ${command}. Run \`sourcelight ${command} --help\`.`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new CliError(`option ${name} needs a value. Run \`sourcelight ${command} --help\`.`);
    }
    throw new CliError(`${command}: ${(error as Error).message}`);
  }
}

function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function isInputKind(value: string): value is InputKind {
  return (INPUT_KINDS as readonly string[]).includes(value);
}

function quote(value: string | undefined): string {
  return JSON.stringify(value ?? '');
}
