/** Errors the command line reports to a person: a clear message and a documented exit code, never a stack trace. */

/** Exit codes of the `sourcelight` command (documented in `sourcelight --help`). */
export const EXIT = {
  /** Done; any findings are in the output. */
  ok: 0,
  /** The analysis itself failed (a bug in Sourcelight: please report it). */
  analysis: 1,
  /** The command line or the input was wrong: unknown option, missing or unreadable file, empty or binary input. */
  usage: 2,
} as const;

/** An exit code of the command. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure whose message is meant for the person at the terminal. */
export class CliError extends Error {
  /** The process exit code this failure maps to. */
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode = EXIT.usage) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** A short, human reason from any thrown value (Node's system errors carry a code like ENOENT). */
export function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
