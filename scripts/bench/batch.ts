/**
 * Batch throughput through the engine directly, with one model load: many short lines, then many long
 * articles. It also checks the batch promise of CONTRACT.md, "without slowing down per line", by comparing
 * the CPU time per item of the last quarter with the first quarter's: CPU time, because on a shared machine
 * the wall time of a quarter depends on what else ran meanwhile.
 */
import { analyze } from '../../src/engine/analyze.ts';
import { longArticles, shortLines } from './texts.ts';
import { cpuNowMs, percentile } from './timing.ts';

/** Throughput of one batch run. */
export interface Throughput {
  items: number;
  sentences: number;
  totalMs: number;
  itemsPerSecond: number;
  sentencesPerSecond: number;
  /** CPU time per item (10th percentile) in the last quarter over the first quarter's: about 1 when steady. */
  drift: number;
}

/** The two batch inputs of CONTRACT.md: 20,000 short lines and 400 long articles (a tenth of each in quick mode). */
export function batchInputs(quick: boolean, articleWords = 1_500): { lines: string[]; articles: string[] } {
  const scale = quick ? 10 : 1;
  return { lines: shortLines(20_000 / scale), articles: longArticles(400 / scale, articleWords) };
}

/** Summarises per-item wall and CPU times and the sentence count into a Throughput. */
export function summarise(itemMs: readonly number[], itemCpuMs: readonly number[], sentences: number): Throughput {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const totalMs = sum(itemMs);
  const quarter = Math.max(1, Math.floor(itemCpuMs.length / 4));
  // The 10th percentile, not the mean: garbage collections and a busy machine only ever add time, so the
  // quick end of each quarter is its true cost, and a real slow-down (state that grows) raises it too.
  const drift = percentile(itemCpuMs.slice(-quarter), 0.1) / percentile(itemCpuMs.slice(0, quarter), 0.1);
  return {
    items: itemMs.length,
    sentences,
    totalMs,
    itemsPerSecond: (itemMs.length * 1000) / totalMs,
    sentencesPerSecond: (sentences * 1000) / totalMs,
    drift,
  };
}

/** Runs analyze() over every text in turn (the model is already loaded) and measures the throughput. */
export function engineBatch(texts: readonly string[], now = () => performance.now(), cpu = cpuNowMs): Throughput {
  const itemMs: number[] = [];
  const itemCpuMs: number[] = [];
  let sentences = 0;
  for (const text of texts) {
    const start = now();
    const startCpu = cpu();
    sentences += analyze(text).text.sentences;
    itemMs.push(now() - start);
    itemCpuMs.push(cpu() - startCpu);
  }
  return summarise(itemMs, itemCpuMs, sentences);
}
