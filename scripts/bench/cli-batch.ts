/**
 * Batch throughput through the real CLI (`sourcelight batch`, CONTRACT.md's protocol): one process, one model
 * load, JSON Lines in and out. The wall time includes Node's start and the model load, as a user sees it.
 */
import type { Measured } from './measured.ts';
import { cliMissing, firstErrorLine, runCli } from './spawn.ts';

/** Throughput of one CLI batch run. */
export interface CliThroughput {
  items: number;
  sentences: number;
  errors: number;
  wallMs: number;
  itemsPerSecond: number;
  sentencesPerSecond: number;
  /** User + system CPU time of the child, in milliseconds. */
  cpuMs?: number;
  maxRssKb?: number;
}

/** Encodes texts as the protocol's input lines, with ids b0, b1, ... */
export function toJsonLines(texts: readonly string[]): string {
  return `${texts.map((text, i) => JSON.stringify({ id: `b${i}`, text })).join('\n')}\n`;
}

/** Parses the protocol's output lines; undefined for a line that is not a JSON object. */
function parseLines(stdout: string): (Record<string, unknown> | undefined)[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      try {
        const v: unknown = JSON.parse(l);
        return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;
      } catch {
        return undefined;
      }
    });
}

/** Why `batch` is not usable yet (one tiny line must come back as a report with its id), or undefined. */
export async function batchMissing(): Promise<string | undefined> {
  const missing = cliMissing();
  if (missing) return missing;
  const run = await runCli(['batch'], toJsonLines(['The council met on Tuesday.']), 60_000);
  const [first] = parseLines(run.stdout);
  if (run.code === 0 && first?.id === 'b0' && first.schemaVersion === 1) return undefined;
  return `not available: \`sourcelight batch\` did not answer with a report (${firstErrorLine(run)})`;
}

/** Sends every text through one `sourcelight batch` process and checks one report per line, in order. */
export async function cliBatch(texts: readonly string[]): Promise<Measured<CliThroughput>> {
  const run = await runCli(['batch'], toJsonLines(texts));
  if (run.code !== 0) return { ok: false, reason: `batch exited with ${run.code}: ${firstErrorLine(run)}` };
  const lines = parseLines(run.stdout);
  if (lines.length !== texts.length)
    return { ok: false, reason: `batch wrote ${lines.length} lines for ${texts.length} inputs` };
  let sentences = 0;
  let errors = 0;
  for (const [i, line] of lines.entries()) {
    if (line?.id !== `b${i}`) return { ok: false, reason: `output line ${i + 1} is not the report for input b${i}` };
    if ('error' in line) errors++;
    const stats = line.text as { sentences?: unknown } | undefined;
    if (typeof stats?.sentences === 'number') sentences += stats.sentences;
  }
  const seconds = run.wallMs / 1000;
  return {
    ok: true,
    value: {
      items: texts.length,
      sentences,
      errors,
      wallMs: run.wallMs,
      itemsPerSecond: texts.length / seconds,
      sentencesPerSecond: sentences / seconds,
      cpuMs: run.cpuMs,
      maxRssKb: run.maxRssKb,
    },
  };
}
