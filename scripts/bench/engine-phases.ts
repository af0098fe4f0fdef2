/**
 * `npx tsx scripts/bench/engine-phases.ts [words] [--hot]`: where the engine's time goes on one news text.
 * Times each phase of analyze() (wink's parse, quotes, each detector, score) beside the bare wink pipeline
 * and the whole analyze(), in CPU time (this process only: on a shared machine another process's work does
 * not count, though it still slows ours a little): the process's, and the main thread's alone (engine-clock.ts;
 * while V8 still optimises the engine, its compiler threads add to the first, not to the second). The 15
 * rounds follow only 2 warm-ups, inside the 100-150 analyses V8 takes to optimise the engine, so medians sit
 * well above 10th percentiles (engine-warm.ts --curve shows the fall). With --hot, it also profiles twenty analyses with V8's
 * sampling profiler (node:inspector) and lists the functions that spent the most time themselves, with their file (V8 credits inlined callees to the caller).
 * A diagnostic for people tuning the engine, not part of `npm run bench`.
 */
import { Session } from 'node:inspector/promises';
import { analyze } from '../../src/engine/analyze.ts';
import { detectAttributions } from '../../src/engine/detectors/attribution.ts';
import { detectClaims } from '../../src/engine/detectors/claims.ts';
import type { DetectorContext, FindingDraft } from '../../src/engine/detectors/context.ts';
import { detectRhetoric } from '../../src/engine/detectors/rhetoric.ts';
import { getNlp, parse } from '../../src/engine/nlp.ts';
import { findQuotes } from '../../src/engine/quotes.ts';
import { scoreReport } from '../../src/engine/score.ts';
import type { Finding } from '../../src/engine/types.ts';
import { mainThreadCpuMs } from './engine-clock.ts';
import { newsText } from './texts.ts';
import { cpuNowMs, percentile } from './timing.ts';

/** CPU milliseconds of one phase: the whole process, and the main thread alone. */
interface PhaseCost {
  process: number;
  main: number;
}

/** One round of every phase on `text`; returns the CPU milliseconds of each, by phase name. */
function round(text: string): Record<string, PhaseCost> {
  const out: Record<string, PhaseCost> = {};
  const time = <T>(name: string, fn: () => T): T => {
    const start = cpuNowMs();
    const mainStart = mainThreadCpuMs();
    const value = fn();
    out[name] = { process: cpuNowMs() - start, main: mainThreadCpuMs() - mainStart };
    return value;
  };
  const nlp = getNlp();
  time('bare wink (readDoc + sentences + tokens + POS)', () => {
    const doc = nlp.readDoc(text);
    doc.sentences().out();
    doc.tokens().out();
    doc.tokens().out(nlp.its.pos);
  });
  time('analyze() as a whole', () => analyze(text));
  const doc = time('parse (nlp.ts)', () => parse(text));
  const context: DetectorContext = { quotes: time('quotes', () => findQuotes(text)), links: [], attributions: [] };
  context.attributions = time('attribution detector', () => detectAttributions(doc, context));
  const claims = time('claims detector', () => detectClaims(doc, context));
  const rhetoric = time('rhetoric detector', () => detectRhetoric(doc, context));
  const drafts: FindingDraft[] = [...context.attributions, ...claims, ...rhetoric];
  time('score', () => scoreReport(drafts as unknown as Finding[], doc));
  return out;
}

/** Prints each phase's 10th-percentile and median CPU time over `runs` rounds (after two warm-up rounds). */
function phaseTable(text: string, runs: number): void {
  round(text);
  round(text);
  const samples: Record<string, PhaseCost[]> = {};
  for (let i = 0; i < runs; i++) {
    for (const [name, cost] of Object.entries(round(text))) {
      samples[name] ??= [];
      samples[name].push(cost);
    }
  }
  const bare = percentile(
    samples['bare wink (readDoc + sentences + tokens + POS)'].map((c) => c.process),
    0.1,
  );
  console.log('phase'.padEnd(48), 'CPU ms p10', 'median', '× bare wink (p10)', '| main thread p10', 'median');
  for (const [name, costs] of Object.entries(samples)) {
    const all = costs.map((c) => c.process);
    const main = costs.map((c) => c.main);
    const low = percentile(all, 0.1);
    console.log(
      name.padEnd(48),
      low.toFixed(1).padStart(10),
      percentile(all, 0.5).toFixed(1).padStart(6),
      (low / bare).toFixed(2).padStart(8),
      '         |',
      percentile(main, 0.1).toFixed(1).padStart(15),
      percentile(main, 0.5).toFixed(1).padStart(6),
    );
  }
}

/** Profiles `runs` analyses and prints the functions with the most self time, with their file and line. */
async function hotFunctions(text: string, runs: number, top = 25): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  for (let i = 0; i < runs; i++) analyze(text);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const hits = new Map<number, number>();
  for (const id of profile.samples ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
  const msPerSample = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples?.length ?? 1);
  const self = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url } = node.callFrame;
    const where = url.replace(/^.*?(src\/|node_modules\/)/, '$1');
    const key = `${functionName || '(anonymous)'}  ${where || '(native)'}`;
    self.set(key, (self.get(key) ?? 0) + (hits.get(node.id) ?? 0) * msPerSample);
  }
  console.log(`\nself time over ${runs} analyses (ms, all runs together)`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(ms.toFixed(0).padStart(7), key);
}

const args = process.argv.slice(2);
const words = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
const text = newsText(words);
console.log(`${words.toLocaleString('en')} words of the benchmark's news text`);
phaseTable(text, 15);
if (args.includes('--hot')) await hotFunctions(text, 20);
