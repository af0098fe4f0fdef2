/** Plain-text tables for the terminal: figures beside baselines, targets and floors; bands; error listings. */
import { type Floors, limitOf } from './floors.ts';
import { type FigureDefinition, figureDefinition } from './targets.ts';
import type { BandRow, ErrorItem, Figure, Precision } from './types.ts';

/** Left-aligns the columns of rows of cells, the first row being the header. */
export function alignColumns(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function num(value: number | null | undefined): string {
  return value === null || value === undefined ? '-' : value.toFixed(3);
}

function target(def: FigureDefinition, value: number | undefined): string {
  if (value === undefined) return '-';
  return `${def.better === 'higher' ? '>=' : '<='} ${value.toFixed(2)}`;
}

function meets(def: FigureDefinition, value: number, goal: number): boolean {
  return def.better === 'higher' ? value >= goal : value <= goal;
}

/** Where a figure stands: below its floor, at the final target, at the first target, or below target. */
export function status(figure: Figure, floors: Floors): string {
  const def = figureDefinition(figure.id);
  const limit = limitOf(floors, figure.id);
  if (figure.value === null) return 'not measured';
  if (limit && !meets(def, figure.value, limit.value)) return `BELOW ${limit.kind.toUpperCase()}`;
  if (def.finalTarget !== undefined && meets(def, figure.value, def.finalTarget)) return 'final target met';
  if (def.firstTarget !== undefined && meets(def, figure.value, def.firstTarget)) return 'first target met';
  return def.finalTarget === undefined && def.firstTarget === undefined ? '' : 'below target';
}

/** The main table: one row per figure. */
export function figureTable(figures: Figure[], floors: Floors): string {
  const header = ['figure', 'metric', 'value', 'baseline', 'target 1', 'target 2', 'limit', 'status', 'detail'];
  const rows = figures.map((f) => {
    const def = figureDefinition(f.id);
    const limit = limitOf(floors, f.id);
    return [
      f.id,
      def.label,
      num(f.value),
      def.baseline === undefined ? '-' : def.baseline.toFixed(2),
      target(def, def.firstTarget),
      target(def, def.finalTarget),
      limit ? `${limit.kind === 'floor' ? '>=' : '<='} ${limit.value}` : '-',
      status(f, floors),
      f.detail ?? '',
    ];
  });
  return alignColumns([header, ...rows]);
}

function precisionCell(p: Precision): string {
  return `${num(p.value)} (${p.predictions})`;
}

/** Whether high-confidence findings are at least as precise as all findings ("n/a" when none reach 0.7). */
export function bandHolds(row: BandRow): 'yes' | 'NO' | 'n/a' {
  if (row.high.value === null || row.all.value === null) return 'n/a';
  return row.high.value >= row.all.value - 1e-9 ? 'yes' : 'NO';
}

/** Precision per confidence band: all findings against findings with confidence >= 0.7. */
export function bandTable(bands: BandRow[]): string {
  const header = ['set', 'prediction', 'precision, all (n)', 'precision, conf >= 0.7 (n)', 'holds'];
  return alignColumns([
    header,
    ...bands.map((b) => [b.set, b.metric, precisionCell(b.all), precisionCell(b.high), bandHolds(b)]),
  ]);
}

/** Errors grouped by type then group, biggest groups first, with up to `limit` examples each. */
export function errorListing(errors: ErrorItem[], limit: number): string {
  const lines: string[] = [];
  for (const type of ['fp', 'fn'] as const) {
    const groups = new Map<string, ErrorItem[]>();
    for (const e of errors.filter((e) => e.type === type)) groups.set(e.group, [...(groups.get(e.group) ?? []), e]);
    const total = [...groups.values()].reduce((n, g) => n + g.length, 0);
    lines.push(`${type === 'fp' ? 'FALSE POSITIVES' : 'FALSE NEGATIVES'} (${total})`);
    for (const [group, items] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length)) {
      lines.push(`  ${group}: ${items.length}`);
      for (const e of items.slice(0, limit)) lines.push(`    ${e.record}  ${e.snippet}`);
    }
  }
  return lines.join('\n');
}
