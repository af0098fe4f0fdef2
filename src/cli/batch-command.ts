/**
 * `sourcelight batch`: JSON Lines in on standard input, one output line per input line, in order (CONTRACT.md).
 * Lines are streamed: memory stays flat however long the input, the model is loaded once for the whole run,
 * and a slow reader of standard output slows the batch down instead of filling memory.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { EXIT, type ExitCode, reasonOf } from './errors.ts';
import { processBatchLine } from './batch-line.ts';
import { type CliIo, warn } from './io.ts';

/** Runs the batch protocol over io.stdin; exit code 0 unless standard input could not be read. */
export async function runBatch(io: CliIo, processLine = processBatchLine): Promise<ExitCode> {
  let readError: unknown;
  let outputClosed = false;
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  // readline does not pass input errors to its iterator: remember them and end the loop.
  const onReadError = (error: unknown) => {
    readError = error;
    lines.close();
  };
  const onWriteError = () => {
    outputClosed = true; // the reader went away (e.g. `| head`): nothing more can be delivered.
    lines.close();
  };
  io.stdin.on('error', onReadError);
  io.stdout.on('error', onWriteError);
  if (io.stdin.isTTY)
    warn(io, 'reading JSON Lines from the terminal: one {"id": ..., "text": ...} per line, Ctrl-D to end');
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      // A byte-order mark from a Windows editor would make the first line invalid JSON.
      const output = processLine(lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line, lineNumber);
      if (outputClosed) break;
      if (!io.stdout.write(`${JSON.stringify(output)}\n`)) await drained(io.stdout);
    }
  } catch (error) {
    readError ??= error;
  } finally {
    io.stdin.off('error', onReadError);
    io.stdout.off('error', onWriteError);
  }
  if (readError !== undefined && !outputClosed) {
    const where = lineNumber > 0 ? ` after line ${lineNumber}` : '';
    warn(io, `cannot read standard input${where}: ${reasonOf(readError)}`);
    return EXIT.usage;
  }
  return EXIT.ok;
}

/** Waits until the stream can take more, or has failed (then the 'error' listener has already stopped the batch). */
async function drained(stream: NodeJS.WritableStream): Promise<void> {
  await Promise.race([once(stream, 'drain'), once(stream, 'close')]).catch(() => undefined);
}
