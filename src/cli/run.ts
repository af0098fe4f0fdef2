/** The command line as a function: arguments and streams in, exit code out. main.ts binds it to the process. */
import { ENGINE_VERSION } from '../engine/version.ts';
import { parseCommandLine } from './args.ts';
import { CliError, EXIT, type ExitCode } from './errors.ts';
import { FORMATS, formatNames } from './formats.ts';
import { analyzeHelp, batchHelp, mainHelp } from './help.ts';
import { type CliIo, warn } from './io.ts';

/** Runs one invocation; a CliError becomes its message on standard error and its exit code, never a stack trace. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const invocation = parseCommandLine(argv, formatNames());
    switch (invocation.command) {
      case 'help': {
        const text = helpText(invocation.topic);
        // Help that was asked for goes to standard output; help shown because no command was given is a usage error.
        if (argv.length === 0) {
          io.stderr.write(text);
          return EXIT.usage;
        }
        io.stdout.write(text);
        return EXIT.ok;
      }
      case 'version':
        io.stdout.write(`sourcelight ${ENGINE_VERSION}\n`);
        return EXIT.ok;
      // Commands load lazily: help and version answer at once, without loading the language model.
      case 'batch':
        return await (await import('./batch-command.ts')).runBatch(io);
      case 'analyze':
        return await (await import('./analyze-command.ts')).runAnalyze(invocation, io);
    }
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    warn(io, error.message);
    return error.exitCode;
  }
}

function helpText(topic: 'analyze' | 'batch' | undefined): string {
  if (topic === 'analyze') return analyzeHelp(FORMATS);
  if (topic === 'batch') return batchHelp();
  return mainHelp(ENGINE_VERSION);
}
