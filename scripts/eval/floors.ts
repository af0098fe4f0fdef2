/**
 * The recorded floors (scripts/eval/floors.json): CI fails when a figure falls below its floor, or, for figures
 * where lower is better (flags per 1,000 words), rises above its ceiling.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { figureDefinition } from './targets.ts';
import type { Figure } from './types.ts';

/** The file's shape: limits by figure id. */
export interface Floors {
  floors: Record<string, number>;
  ceilings: Record<string, number>;
}

/** Reads the floors file; a missing file means no limits, a malformed one is an error naming the file. */
export function readFloors(path: string): Floors {
  if (!existsSync(path)) return { floors: {}, ceilings: {} };
  let parsed: Partial<Floors>;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return { floors: parsed.floors ?? {}, ceilings: parsed.ceilings ?? {} };
}

/** The recorded limit of a figure, with its direction, if there is one. */
export function limitOf(floors: Floors, id: string): { kind: 'floor' | 'ceiling'; value: number } | undefined {
  if (id in floors.floors) return { kind: 'floor', value: floors.floors[id] };
  if (id in floors.ceilings) return { kind: 'ceiling', value: floors.ceilings[id] };
  return undefined;
}

/** One message per measured figure that breaks its limit or could not be measured; empty when all hold. */
export function checkFloors(figures: Figure[], floors: Floors): string[] {
  const problems: string[] = [];
  for (const figure of figures) {
    const limit = limitOf(floors, figure.id);
    if (!limit) continue;
    if (figure.value === null)
      problems.push(`${figure.id}: nothing to measure, but a ${limit.kind} of ${limit.value} is recorded`);
    else if (limit.kind === 'floor' && figure.value < limit.value) {
      problems.push(`${figure.id}: ${figure.value.toFixed(3)} is below its floor ${limit.value}`);
    } else if (limit.kind === 'ceiling' && figure.value > limit.value) {
      problems.push(`${figure.id}: ${figure.value.toFixed(3)} is above its ceiling ${limit.value}`);
    }
  }
  return problems;
}

/** New limits a margin under (or over) each measured figure; figures not measured keep their old limits. */
export function floorsFromFigures(figures: Figure[], previous: Floors): Floors {
  const next: Floors = { floors: { ...previous.floors }, ceilings: { ...previous.ceilings } };
  for (const { id, value } of figures) {
    if (value === null) continue;
    const { better, margin, finalTarget } = figureDefinition(id);
    // The small epsilon keeps a float such as 0.47999999 from rounding a whole step down.
    if (better === 'higher') next.floors[id] = Math.max(0, Math.floor((value - margin) * 100 + 1e-9) / 100);
    // A ceiling never sits below the target limit: measuring few flags today must not forbid the allowed rate.
    else next.ceilings[id] = Math.max(finalTarget ?? 0, Math.ceil((value + margin) * 100 - 1e-9) / 100);
  }
  return next;
}

/** Writes the floors file, keys sorted so that diffs stay readable. */
export function writeFloors(path: string, floors: Floors): void {
  const sorted = (o: Record<string, number>) =>
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  const body = { floors: sorted(floors.floors), ceilings: sorted(floors.ceilings) };
  writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`);
}
