/** Builds the real CLI bundle (scripts/build-cli.ts) into a private folder and runs it as a child process. */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCli } from '../../../scripts/build-cli.ts';

/** The repository root. */
export const root = resolve(import.meta.dirname, '../../..');

/** What a finished run of the CLI left behind. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A built CLI bundle that tests can run, and a way to remove it. */
export interface BuiltCli {
  /** The bundle's path, for tests that spawn it themselves. */
  entry: string;
  /** The folder of its code cache (SOURCELIGHT_CACHE_DIR in every run), private to this build. */
  cacheDir: string;
  run: (
    args: string[],
    options?: { input?: string | Uint8Array; env?: Record<string, string | undefined> },
  ) => Promise<CliRun>;
  remove: () => Promise<void>;
}

/** Builds the bundle inside dist/ (so Node finds node_modules from it), under a name no other test file uses. */
export async function buildTestCli(label: string): Promise<BuiltCli> {
  const outdir = join(root, 'dist', 'cli-test', `${label}-${process.pid}`);
  await buildCli(outdir);
  const entry = join(outdir, 'sourcelight.js');
  // The code cache goes to a private folder, not the user's cache folder.
  const cacheDir = await mkdtemp(join(tmpdir(), 'sourcelight-cli-cache-'));
  return {
    entry,
    cacheDir,
    run: (args, options = {}) =>
      runNode(entry, args, options.input, { SOURCELIGHT_CACHE_DIR: cacheDir, ...(options.env ?? {}) }),
    remove: async () => {
      await rm(outdir, { recursive: true, force: true });
      await rm(cacheDir, { recursive: true, force: true });
    },
  };
}

function runNode(
  entry: string,
  args: string[],
  input: string | Uint8Array | undefined,
  env: Record<string, string | undefined>,
) {
  // The test runner may set colour variables; each test states the environment it means.
  const base = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, SOURCELIGHT_DEBUG: undefined };
  const child = spawn(process.execPath, [entry, ...args], { cwd: root, env: { ...base, ...env } });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.stdin.on('error', () => undefined); // a CLI that exits before reading all input is allowed to
  child.stdin.end(input ?? '');
  return new Promise<CliRun>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) =>
      done({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
  });
}
