/**
 * Writes a report given in pieces (formats.ts) to a file or a stream, without joining it into one string first:
 * a 100,000-word JSON report is 13 MB as a string and 7 MB encoded, and on a machine where fresh memory is slow
 * to touch, allocating those two costs more than writing them.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/** Bytes encoded before each write to a file: one buffer, reused for the whole report. */
const CHUNK_BYTES = 256 * 1024;
/** Characters gathered before each write to a stream. */
const STREAM_CHUNK_CHARS = 64 * 1024;

/** Writes the pieces to `path` as UTF-8 (created or truncated) through one reused buffer. */
export function writePiecesToFile(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let used = 0;
    for (const piece of pieces) {
      // UTF-8 needs at most three bytes per UTF-16 code unit, so the piece fits once this much room is free.
      const room = piece.length * 3;
      if (used + room > CHUNK_BYTES) {
        writeAll(fd, buffer, used);
        used = 0;
      }
      if (room > CHUNK_BYTES) {
        const encoded = Buffer.from(piece, 'utf8');
        writeAll(fd, encoded, encoded.length);
      } else used += buffer.write(piece, used, 'utf8');
    }
    writeAll(fd, buffer, used);
  } finally {
    closeSync(fd);
  }
}

/** Writes the pieces to a stream in strings of about 64 K characters. */
export function writePiecesToStream(stream: NodeJS.WritableStream, pieces: Iterable<string>): void {
  let pending: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    pending.push(piece);
    length += piece.length;
    if (length >= STREAM_CHUNK_CHARS) {
      stream.write(pending.join(''));
      pending = [];
      length = 0;
    }
  }
  if (length > 0) stream.write(pending.join(''));
}

/** writeSync may write less than asked (a full disk, a pipe): write the rest until all `length` bytes are out. */
function writeAll(fd: number, buffer: Buffer, length: number): void {
  let written = 0;
  while (written < length) written += writeSync(fd, buffer, written, length - written);
}
