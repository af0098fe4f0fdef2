/**
 * One very large input through the real CLI: `sourcelight analyze --format json -o <report> <file>` on 100,000
 * words. Wall time includes Node's start and the model load, because that is what a user waits for. The report
 * (about 7 MB) goes to a file, as a user saves one: printed to a pipe instead, the wall time also counted this
 * script draining the pipe (0.4-1.4 s on a loaded machine), which is the reader's cost, not the CLI's.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Measured } from './measured.ts';
import { cliMissing, firstErrorLine, runCli } from './spawn.ts';
import { median } from './timing.ts';

/** The figures of the large-input runs. */
export interface LargeInput {
  words: number;
  runs: number;
  medianWallMs: number;
  minWallMs: number;
  /** Median user + system CPU time of the child: wall time minus the waiting a busy machine adds. */
  medianCpuMs?: number;
  /** The highest peak RSS over the runs, in kilobytes. */
  maxRssKb?: number;
  findings: number;
}

/** Writes the text to a temporary file, runs the CLI on it `runs` times, and removes the file. */
export async function cliLargeInput(text: string, words: number, runs: number): Promise<Measured<LargeInput>> {
  const missing = cliMissing();
  if (missing) return { ok: false, reason: missing };
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-bench-'));
  const file = join(dir, `news-${words}-words.txt`);
  const output = join(dir, 'report.json');
  try {
    writeFileSync(file, text);
    const walls: number[] = [];
    const rss: number[] = [];
    const cpu: number[] = [];
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      rmSync(output, { force: true });
      const run = await runCli(['analyze', '--format', 'json', '--output', output, file]);
      if (run.code !== 0)
        return { ok: false, reason: `not available: analyze exited with ${run.code} (${firstErrorLine(run)})` };
      const report = parseReport(readFileSync(output, 'utf8'));
      if (!report) return { ok: false, reason: 'not available: analyze --format json did not write a report' };
      findings = report.findings.length;
      walls.push(run.wallMs);
      if (run.maxRssKb !== undefined) rss.push(run.maxRssKb);
      if (run.cpuMs !== undefined) cpu.push(run.cpuMs);
    }
    const maxRssKb = rss.length > 0 ? Math.max(...rss) : undefined;
    const medianCpuMs = cpu.length > 0 ? median(cpu) : undefined;
    return {
      ok: true,
      value: {
        words,
        runs,
        medianWallMs: median(walls),
        minWallMs: Math.min(...walls),
        medianCpuMs,
        maxRssKb,
        findings,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The report written by `--format json`, or undefined when the file does not hold one. */
function parseReport(json: string): { findings: unknown[] } | undefined {
  try {
    const v = JSON.parse(json) as { schemaVersion?: unknown; findings?: unknown };
    return v.schemaVersion === 1 && Array.isArray(v.findings) ? { findings: v.findings } : undefined;
  } catch {
    return undefined;
  }
}
