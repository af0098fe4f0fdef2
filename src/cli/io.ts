/** The streams and environment the command line works with: the process's own, or a test's. */

/** Standard streams and environment; tests pass their own to run the CLI in-process. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** The running process's streams and environment. */
export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** Writes a line to standard error, prefixed with the command's name. */
export function warn(io: CliIo, message: string): void {
  io.stderr.write(`sourcelight: ${message}\n`);
}
