/** Finds the data folder and reads its JSON Lines files, with clear errors that name the file and line. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A parsed JSON Lines record: a plain object whose fields are checked by the set that reads it. */
export type JsonRecord = Record<string, unknown>;

/** Where the data is, and whether the user asked for that place explicitly (then its absence is an error). */
export interface DataLocation {
  dir: string;
  explicit: boolean;
}

/** The repository root (two folders above this script). */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** The data folder: --data DIR, else SOURCELIGHT_DATA, else ../shared/data beside the repository. */
export function locateData(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  root = REPO_ROOT,
): DataLocation {
  if (flag) return { dir: resolve(flag), explicit: true };
  if (env.SOURCELIGHT_DATA) return { dir: resolve(env.SOURCELIGHT_DATA), explicit: true };
  return { dir: resolve(root, '../shared/data'), explicit: false };
}

/** True when the data folder exists. */
export function dataPresent(location: DataLocation): boolean {
  return existsSync(location.dir);
}

/** Reads one JSON Lines file; a line that is not a JSON object stops the run with the file and line number. */
export function readJsonl(dir: string, file: string): JsonRecord[] {
  const path = join(dir, file);
  const records: JsonRecord[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new Error(`${path}:${i + 1}: not valid JSON (${(error as Error).message})`);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new Error(`${path}:${i + 1}: expected a JSON object`);
      }
      records.push(value as JsonRecord);
    });
  return records;
}

/** A string field of a record, or a clear error naming the record and the field. */
export function stringField(record: JsonRecord, key: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new Error(`record ${describe(record)}: field "${key}" should be a string`);
  return value;
}

/** The `id` and `text` every record of every set carries. */
export function idAndText(record: JsonRecord): { id: string; text: string } {
  return { id: stringField(record, 'id'), text: stringField(record, 'text') };
}

/** An array field of a record (missing counts as empty), or a clear error. */
export function arrayField(record: JsonRecord, key: string): JsonRecord[] {
  const value = record[key] ?? [];
  if (!Array.isArray(value)) throw new Error(`record ${describe(record)}: field "${key}" should be an array`);
  return value as JsonRecord[];
}

/** A labelled character span of a record, checked to be a valid range. */
export function spanField(span: JsonRecord, owner: JsonRecord): { start: number; end: number; label: string } {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (end as number) < (start as number)) {
    throw new Error(`record ${describe(owner)}: a span has no valid start/end`);
  }
  return { start: start as number, end: end as number, label: typeof span.label === 'string' ? span.label : '' };
}

function describe(record: JsonRecord): string {
  return typeof record.id === 'string' ? `"${record.id}"` : '(no id)';
}
