/**
 * Renders the benchmark's figures as Markdown tables: readable in a terminal and pasted as is into
 * docs/benchmarks.md, so the documented table is exactly what the script printed.
 */
import type { Throughput } from './batch.ts';
import { type BrowserFigures, type PageFigures, READING_PAUSE_MS } from './browser.ts';
import type { AnalysisCost } from './browser-session.ts';
import { PHASES, phaseDurations } from './trace-steps.ts';
import type { BudgetCheck } from './budgets.ts';
import type { BundleFile } from './bundles.ts';
import type { CliThroughput } from './cli-batch.ts';
import type { LargeInput } from './cli-large.ts';
import type { Machine } from './machine.ts';
import type { Measured } from './measured.ts';
import type { SpeedRow } from './speed.ts';

/** A Markdown table with columns padded to equal width. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** A number with thousands separators and a fixed number of decimals: 12,345.67. */
export const formatNumber = (x: number, digits = 0) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const n = formatNumber;

/**
 * Engine and peers: median (min) wall-clock ms and median CPU ms per 1,000 words at each size, and the
 * engine's CPU time as a multiple of each (the figure the ratio budgets use).
 */
export function speedTable(rows: readonly SpeedRow[]): string {
  const engine = rows.find((r) => r.id === 'engine');
  const sizes = engine?.cells.map((c) => c.words) ?? [];
  const headers = [
    'ms per 1,000 words: wall median (min) · CPU median',
    ...sizes.map((w) => `${n(w)} words`),
    'engine ÷ this (CPU)',
    `output at ${n(sizes[1] ?? sizes[0] ?? 0)} words`,
  ];
  const body = rows.map((row) => {
    const ratios = row.cells.map((c, i) => `${n((engine?.cells[i].cpuMedianMs ?? 0) / c.cpuMedianMs, 2)}×`).join(' / ');
    const shown = row.cells[1] ?? row.cells[0];
    return [
      row.label,
      ...row.cells.map((c) => `${n(c.perKWordsMedian, 2)} (${n(c.perKWordsMin, 2)}) · ${n(c.perKWordsCpu, 2)}`),
      ratios,
      `${n(shown?.output ?? 0)} ${row.unit}`,
    ];
  });
  return markdownTable(headers, body);
}

/** One row of the batch table from a measured or missing CLI throughput. */
function cliRow(input: string, m: Measured<CliThroughput>): string[] {
  if (!m.ok) return ['CLI `sourcelight batch`', input, m.reason, '', '', ''];
  const t = m.value;
  const cpu = t.cpuMs === undefined ? '' : `, CPU ${n(t.cpuMs / 1000, 2)} s`;
  const note = `${t.errors > 0 ? `${t.errors} error lines, ` : ''}one process${cpu}`;
  return [
    'CLI `sourcelight batch`',
    input,
    n(t.itemsPerSecond, 1),
    n(t.sentencesPerSecond),
    `${n(t.wallMs / 1000, 2)} s`,
    note,
  ];
}

/** Batch throughput: the engine in process, and the real CLI when it is built. */
export function batchTable(
  engine: { lines: Throughput; articles: Throughput; articleWords: number },
  cli: { lines: Measured<CliThroughput>; articles: Measured<CliThroughput> },
): string {
  const linesInput = `${n(engine.lines.items)} short lines`;
  const articlesInput = `${n(engine.articles.items)} articles × ${n(engine.articleWords)} words`;
  const engineRow = (input: string, t: Throughput) => [
    'engine in process',
    input,
    n(t.itemsPerSecond, 1),
    n(t.sentencesPerSecond),
    `${n(t.totalMs / 1000, 2)} s`,
    `CPU drift ${n(t.drift, 2)}×`,
  ];
  return markdownTable(
    ['path', 'input', 'items/s', 'sentences/s', 'total', 'note'],
    [
      engineRow(linesInput, engine.lines),
      engineRow(articlesInput, engine.articles),
      cliRow(linesInput, cli.lines),
      cliRow(articlesInput, cli.articles),
    ],
  );
}

/** The 100,000-word CLI run. */
export function largeInputTable(m: Measured<LargeInput>, words: number): string {
  const headers = ['input', 'wall time: median (min)', 'CPU time (median)', 'peak RSS', 'findings'];
  if (!m.ok) return markdownTable(headers, [[`${n(words)} words via \`analyze --format json -o FILE\``, m.reason, '', '', '']]);
  const l = m.value;
  const rss = l.maxRssKb === undefined ? 'not measured' : `${n(l.maxRssKb / 1024)} MB`;
  return markdownTable(headers, [
    [
      `${n(l.words)} words via \`analyze --format json -o FILE\` (${l.runs} run${l.runs === 1 ? '' : 's'})`,
      `${n(l.medianWallMs / 1000, 2)} s (${n(l.minWallMs / 1000, 2)} s)`,
      l.medianCpuMs === undefined ? 'not measured' : `${n(l.medianCpuMs / 1000, 2)} s`,
      rss,
      n(l.findings),
    ],
  ]);
}

/** Bundle sizes, raw and gzip. */
export function bundleTable(m: Measured<BundleFile[]>): string {
  const headers = ['dist/chrome file', 'role', 'raw KB', 'gzip KB'];
  if (!m.ok) return markdownTable(headers, [['—', m.reason, '', '']]);
  return markdownTable(
    headers,
    m.value.map((f) => [f.file, f.role, n(f.rawBytes / 1024, 1), n(f.gzipBytes / 1024, 1)]),
  );
}

/** The runs of each page size, labelled: cold, the next article after the reader's pause, and at once. */
function runsOf(p: PageFigures): [string, AnalysisCost][] {
  return [
    ['cold', p.cold],
    [`warm, after a ${n(READING_PAUSE_MS / 1000, 1)} s pause`, p.warm],
    ['warm, no pause', p.warmNoPause],
  ];
}

/** In-browser figures per page size, cold and warm (medians of the rounds; the longest task is the worst round). */
export function browserTable(m: Measured<BrowserFigures>): string {
  const headers = [
    'page',
    'run',
    'trigger → highlights',
    'trigger → result view',
    'ranges',
    'longest task',
    'heap gain',
  ];
  if (!m.ok) return markdownTable(headers, [['—', m.reason, '', '', '', '', '']]);
  const row = (words: number, run: string, c: AnalysisCost) => [
    `${n(words)} words`,
    run,
    `${n(c.triggerToHighlightsMs)} ms`,
    `${n(c.triggerToResultMs)} ms`,
    n(c.highlightedRanges),
    c.longestTaskMs > 0 ? `${n(c.longestTaskMs)} ms` : 'none ≥ 50 ms',
    `${n(c.heapGainKb / 1024, 1)} MB`,
  ];
  return markdownTable(
    headers,
    m.value.pages.flatMap((p) => runsOf(p).map(([run, cost]) => row(p.words, run, cost))),
  );
}

/** Where the time of each analysis went: the duration of every phase the test build logged (medians, ms). */
export function phaseTable(m: Measured<BrowserFigures>): string {
  const labels = PHASES.map(([label]) => label);
  const headers = ['page', 'run', ...labels];
  if (!m.ok) return markdownTable(headers, [['—', m.reason, ...labels.map(() => '')]]);
  const row = (words: number, run: string, c: AnalysisCost) => {
    const phases = phaseDurations(c.steps);
    return [`${n(words)} words`, run, ...labels.map((l) => (phases[l] === undefined ? '—' : n(phases[l])))];
  };
  return markdownTable(
    headers,
    m.value.pages.flatMap((p) => runsOf(p).map(([run, cost]) => row(p.words, run, cost))),
  );
}

/** Budgets with pass / FAIL, or "not measured". */
export function budgetTable(checks: readonly BudgetCheck[]): string {
  const verdict = (p: boolean | null) => (p === null ? 'not measured' : p ? 'pass' : 'FAIL');
  return markdownTable(
    ['budget', 'limit', 'measured', 'result'],
    checks.map((c) => [c.what, c.budget, c.measured, verdict(c.pass)]),
  );
}

/** One line naming the machine and versions. */
export function machineLine(m: Machine): string {
  const pkgs = Object.entries(m.packages)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, load average ${m.loadAverage} at start; ${m.os}; Node ${m.node}; ${pkgs}`;
}
