/**
 * `npx tsx scripts/bench/cli-profile.ts [words] [top]`: where one real CLI run spends its time. Runs
 * `node --cpu-prof bin/sourcelight.js analyze --format json` on the benchmark's news text and lists the
 * functions with the most inclusive time (their own time plus everything they called), so the start-up (model,
 * modules), wink's pass, each detector, garbage collection and the output can be read off one table.
 * Needs the CLI built (`npm run build:cli`). One run on a shared machine is noisy: profile twice and compare.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cliMissing, ROOT } from './spawn.ts';
import { newsText } from './texts.ts';

/** The parts of a V8 .cpuprofile this script reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Inclusive milliseconds per function (name and file); a recursive function is counted once per call chain. */
export function inclusiveTimes(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  for (const [i, id] of profile.samples.entries()) selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const total = new Map<string, number>();
  const open = new Set<string>();
  const walk = (id: number): number => {
    const node = byId.get(id);
    if (!node) return 0;
    const { functionName, url } = node.callFrame;
    const key = `${functionName || '(anonymous)'}  ${url.split('/').slice(-2).join('/') || '(native)'}`;
    const outermost = !open.has(key);
    if (outermost) open.add(key);
    let us = selfUs.get(id) ?? 0;
    for (const child of node.children ?? []) us += walk(child);
    if (outermost) {
      open.delete(key);
      total.set(key, (total.get(key) ?? 0) + us / 1000);
    }
    return us;
  };
  walk(profile.nodes[0].id);
  return total;
}

/** Runs the CLI once under the profiler on a text of `words` words and returns its profile. */
function profileCli(words: number): CpuProfile {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-cli-profile-'));
  try {
    const file = join(dir, `news-${words}-words.txt`);
    writeFileSync(file, newsText(words));
    const bin = resolve(ROOT, 'bin/sourcelight.js');
    const args = ['--cpu-prof', `--cpu-prof-dir=${dir}`, bin, 'analyze', '--format', 'json', file];
    const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) throw new Error(`the CLI exited with ${run.status}`);
    // The main thread's profile is the largest; worker threads (if any) write smaller ones.
    const profiles = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    const main = profiles.sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size)[0];
    if (!main) throw new Error('node wrote no .cpuprofile');
    return JSON.parse(readFileSync(join(dir, main), 'utf8')) as CpuProfile;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [wordsArg, topArg] = process.argv.slice(2);
const missing = cliMissing();
if (missing) {
  console.error(missing);
  process.exit(2);
}
const words = Number(wordsArg ?? 100_000);
const times = inclusiveTimes(profileCli(words));
console.log(`inclusive CPU ms of one \`analyze --format json\` run on ${words.toLocaleString('en')} words`);
for (const [key, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 40)))
  console.log(ms.toFixed(0).padStart(7), key);
