/**
 * Runs the real command line (`node bin/sourcelight.js ...`) as a child process and measures its wall time,
 * CPU time and peak resident memory: through `/usr/bin/time -v` when it exists, else through a tiny preloaded
 * module that prints the child's own process.resourceUsage() as it exits.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The project root, where bin/sourcelight.js lives. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** What the child process used: peak resident memory and CPU time, when they could be measured. */
export interface ChildUsage {
  /** Peak resident set size in kilobytes. */
  maxRssKb?: number;
  /** User + system CPU time in milliseconds: unlike wall time, it does not grow when other processes compete. */
  cpuMs?: number;
}

/** What one run of the command line gave. */
export interface CliRun extends ChildUsage {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
}

const USAGE_MARK = 'sourcelight-bench-usage=';
// Preloaded into the child when /usr/bin/time is missing: the 'exit' event still fires after process.exit().
const USAGE_HOOK = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\n${USAGE_MARK}'+u.maxRSS+','+(u.userCPUTime+u.systemCPUTime)/1000+'\\n')})`;

/** The command that runs the CLI with usage measurement, given what this machine has. */
export function cliCommand(args: readonly string[], timeBinary = '/usr/bin/time'): [string, string[]] {
  const bin = resolve(ROOT, 'bin/sourcelight.js');
  if (existsSync(timeBinary)) return [timeBinary, ['-v', process.execPath, bin, ...args]];
  return [process.execPath, ['--import', USAGE_HOOK, bin, ...args]];
}

/** Reads peak RSS and CPU time out of the child's stderr, whichever way they were measured. */
export function parseUsage(stderr: string): ChildUsage {
  const hook = new RegExp(`${USAGE_MARK}(\\d+),([\\d.]+)`).exec(stderr);
  if (hook) return { maxRssKb: Number(hook[1]), cpuMs: Number(hook[2]) };
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  return {
    maxRssKb: rss ? Number(rss[1]) : undefined,
    cpuMs: user && system ? (Number(user[1]) + Number(system[1])) * 1000 : undefined,
  };
}

/** Runs the CLI with the given arguments and standard input, and resolves when it exits (or is killed). */
export function runCli(args: readonly string[], stdin = '', timeoutMs = 600_000): Promise<CliRun> {
  const [command, argv] = cliCommand(args);
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(command, argv, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    // The child may exit before reading all of stdin (e.g. an unknown command): that is a result, not a crash.
    child.stdin.on('error', () => {});
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8');
      const wallMs = performance.now() - start;
      done({ code, stdout: Buffer.concat(out).toString('utf8'), stderr, wallMs, ...parseUsage(stderr) });
    });
    child.stdin.end(stdin);
  });
}

/** Why the CLI cannot be measured (a sentence for the table), or undefined when it is built. */
export function cliMissing(root = ROOT): string | undefined {
  if (!existsSync(resolve(root, 'bin/sourcelight.js'))) return 'not available: bin/sourcelight.js is missing';
  if (!existsSync(resolve(root, 'dist/cli/sourcelight.js'))) return 'not built: run `npm run build:cli` first';
  return undefined;
}

/** The first meaningful line of a child's error output, for a "not available" note. */
export function firstErrorLine(run: CliRun): string {
  // Skip /usr/bin/time's own lines (tab-indented, or its exit-status note) and the RSS hook's mark.
  const ours = (l: string) => l.startsWith('\t') || l.startsWith('Command exited') || l.includes(USAGE_MARK);
  const line = run.stderr.split('\n').find((l) => l.trim() && !ours(l));
  return (line ?? `exit code ${run.code}`).trim().slice(0, 160);
}
