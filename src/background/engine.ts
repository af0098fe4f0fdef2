/**
 * Runs the engine in the background. The engine (and the ~3.5 MB wink model inside it) is imported on the
 * first analysis, not when the background starts: the background also wakes for menus, commands and popup
 * calls that need no model, and those should not pay ~100 ms of model start-up. After the first analysis the
 * model stays loaded for as long as the browser keeps the background alive.
 */
import type { LinkSpan, Report } from '../engine/types.ts';

type Engine = typeof import('../engine/analyze.ts');
let engine: Promise<Engine> | undefined;

/** Analyses text with the engine, loading it once per background lifetime. */
export async function runEngine(text: string, links: LinkSpan[]): Promise<Report> {
  engine ??= import('../engine/analyze.ts');
  const { analyze } = await engine;
  return analyze(text, { links });
}
