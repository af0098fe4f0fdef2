/**
 * The `sourcelight` command's process entry: bundled to dist/cli/cli.cjs, a script that launch.ts runs with V8's
 * code cache (so no top-level await here: the bundle is CommonJS).
 */
import { EXIT } from './errors.ts';
import { processIo, warn } from './io.ts';
import { runCli } from './run.ts';

const io = processIo();
// A reader that stops early (`| head`) closes the pipe: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  warn(io, `cannot write to standard output: ${error.message}`);
  process.exit(EXIT.usage);
});

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Anything that is not a CliError is a bug: say so plainly, and show the stack only when asked to.
    warn(io, `internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (io.env.SOURCELIGHT_DEBUG) io.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    else warn(io, 'this is a bug in Sourcelight; run again with SOURCELIGHT_DEBUG=1 for details and please report it');
    process.exitCode = EXIT.analysis;
  },
);
