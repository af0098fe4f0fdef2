/** Reads the raw bytes of the input: a file, or standard input for `-`, with errors a person can act on. */
import { readFile } from 'node:fs/promises';
import { CliError, reasonOf } from './errors.ts';

/** The bytes of the input and the name to call it by in messages. */
export interface RawInput {
  bytes: Uint8Array;
  /** The path as given, or "standard input". */
  name: string;
}

/** Reads `file` (or standard input when it is `-`); a missing, unreadable or directory path is a CliError. */
export async function readInput(
  file: string,
  stdin: NodeJS.ReadableStream = process.stdin,
  read: (path: string) => Promise<Uint8Array> = readFile,
): Promise<RawInput> {
  if (file === '-') return { bytes: await readStream(stdin), name: 'standard input' };
  try {
    return { bytes: await read(file), name: file };
  } catch (error) {
    throw new CliError(readFailure(file, error));
  }
}

/** Collects a whole stream; a stream that fails (a closed descriptor, a read error) is a CliError. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  } catch (error) {
    throw new CliError(`cannot read standard input: ${reasonOf(error)}`);
  }
  return Buffer.concat(chunks);
}

/** One plain sentence per common reason a path cannot be read. */
function readFailure(file: string, error: unknown): string {
  const name = JSON.stringify(file);
  switch ((error as { code?: string }).code) {
    case 'ENOENT':
      return `cannot read ${name}: no such file`;
    case 'EISDIR':
      return `cannot read ${name}: it is a directory, not a file`;
    case 'EACCES':
    case 'EPERM':
      return `cannot read ${name}: permission denied`;
    case 'ENOTDIR':
      return `cannot read ${name}: a part of the path is not a directory`;
    case 'ERR_FS_FILE_TOO_LARGE':
      return `cannot read ${name}: the file is too large`;
    default:
      return `cannot read ${name}: ${reasonOf(error)}`;
  }
}
