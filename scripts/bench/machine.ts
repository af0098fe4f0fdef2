/** Describes the machine and versions a benchmark ran on, so figures are never read without their context. */
import { readFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './spawn.ts';

/** Where and with what the benchmark ran. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  /** The 1-minute load average when the run started: above the core count, other work competed for the CPU. */
  loadAverage: number;
  packages: Record<string, string>;
}

/** The installed version of a package, read from its package.json. */
function installedVersion(name: string, root = ROOT): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'not installed';
  }
}

/** The machine this process runs on, and the versions of the engine's and peers' packages. */
export function describeMachine(): Machine {
  const names = ['wink-nlp', 'wink-eng-lite-web-model', 'retext', 'retext-english', 'retext-intensify', 'write-good'];
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    loadAverage: Math.round(loadavg()[0] * 10) / 10,
    packages: Object.fromEntries(names.map((n) => [n, installedVersion(n)])),
  };
}
