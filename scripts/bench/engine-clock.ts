/**
 * The CPU time of the thread that runs the engine, for the engine's diagnostics (engine-phases.ts,
 * engine-warm.ts). process.cpuUsage() counts every thread of the process: while V8 is still optimising the
 * engine, its compiler threads and the garbage collector's helpers add as much again as the analysis itself
 * (a 1,500-word analysis among its first 20 in a process: 22 ms median on the main thread, 55 ms for the
 * process), and none of that holds up the thread the reader waits on. On Linux the main thread's own run time
 * is in /proc/self/task/<pid>/schedstat, in nanoseconds; elsewhere this falls back to the process's CPU time.
 */
import { readFileSync } from 'node:fs';

const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;

/** Milliseconds of CPU time the process has used so far, all threads together. */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Whether the main thread's own CPU time can be read here (Linux). */
function readsThreadTime(): boolean {
  try {
    return Number.isFinite(Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]));
  } catch {
    return false;
  }
}

/** True when mainThreadCpuMs measures the main thread alone; false when it falls back to the whole process. */
export const THREAD_TIME = readsThreadTime();

/** Milliseconds of CPU time the main thread has used so far (the whole process where that cannot be read). */
export function mainThreadCpuMs(): number {
  return THREAD_TIME ? Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6 : processCpuMs();
}
