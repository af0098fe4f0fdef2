/**
 * `npx tsx scripts/bench/browser-profile-worker.ts [--rounds N] [--warm N] [--words N] [--page] [DIR]`: where the
 * background's time goes during warm analyses in Chromium, from V8's sampling profiler attached to the extension's
 * service worker (with --page: to the analysed page, whose profile includes the content script's isolated world).
 * PROFILE_OUT=prefix keeps each profile as a .cpuprofile file (for DevTools). Each round launches a fresh
 * Chromium, analyses one page first (not profiled: the worker is already running, so this loads the engine and
 * the model, not a fully cold start; see docs/benchmarks.md), then `--warm` next articles after the reader's pause
 * (READING_PAUSE_MS), each profiled from just before its trigger until its result.
 * Prints, over all the warm analyses, the functions with the most self time (ms per analysis, median), and the
 * shares of garbage collection and of V8's own work ("(program)": compiling, deoptimising, the runtime). Playwright
 * cannot open a DevTools session on a service worker, so the browser also listens on a local debugging port and
 * this script speaks the DevTools protocol to the worker's own target over a WebSocket (the ws package, jsdom's).
 */
import { rmSync, writeFileSync } from 'node:fs';
import WebSocket from 'ws';
import { startServer } from '../../tests/e2e/harness/server.ts';
import { CHROMIUM, privateTestBuild, READING_PAUSE_MS } from './browser.ts';
import { startSession } from './browser-session.ts';
import { ROOT } from './spawn.ts';
import { median } from './timing.ts';

const PORT = 9339;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A minimal DevTools protocol client over one target's WebSocket. */
async function devtools(
  url: string,
): Promise<{ send: (method: string, params?: object) => Promise<unknown>; close: () => void }> {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let next = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.error ? { error: message.error } : message.result);
  });
  return {
    send(method, params = {}) {
      const id = next++;
      socket.send(JSON.stringify({ id, method, params }));
      return new Promise((resolve) => waiting.set(id, resolve));
    },
    close: () => socket.close(),
  };
}

/** A target (by default the extension's service worker at `origin`), found through the debugging port's target list. */
async function workerTarget(
  origin: string,
  match: (t: { type: string; url: string }) => boolean = (t) =>
    t.type === 'service_worker' && t.url === `${origin}background.js`,
): Promise<string> {
  for (let i = 0; i < 500; i++) {
    const targets = (await (await fetch(`http://127.0.0.1:${PORT}/json/list`)).json()) as {
      type: string;
      url: string;
      webSocketDebuggerUrl: string;
    }[];
    const worker = targets.find(match);
    if (worker) return worker.webSocketDebuggerUrl;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no target for ${origin}background.js (or the page asked for)`);
}

/** Self time in ms per function ("name file:line"), from one profile. */
function selfTimes(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? `${url.split('/').pop()}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${file}`.trim();
    out.set(key, (out.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return out;
}

function parseArgs(argv: readonly string[]) {
  const options = { rounds: 2, warm: 3, words: 1_500, page: false, dir: undefined as string | undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rounds') options.rounds = Number(argv[++i]);
    else if (argv[i] === '--warm') options.warm = Number(argv[++i]);
    else if (argv[i] === '--words') options.words = Number(argv[++i]);
    else if (argv[i] === '--page') options.page = true;
    else options.dir = argv[i];
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const server = await startServer();
  const own = options.dir === undefined ? await privateTestBuild(ROOT) : undefined;
  const dir = own ?? (options.dir as string);
  const profiles: Map<string, number>[] = [];
  try {
    for (let round = 0; round < options.rounds; round++) {
      const session = await startSession(dir, CHROMIUM, [`--remote-debugging-port=${PORT}`]);
      try {
        const page = (run: string) =>
          server.url(`/generated/long.html?words=${options.words}&run=${run}-${round}-${Math.random()}`);
        // The first analysis loads the engine and the model in a worker already running: a warm-up, not profiled.
        await session.analyse(page('first'));
        const worker = await devtools(await workerTarget(session.origin));
        await worker.send('Profiler.enable');
        await worker.send('Profiler.setSamplingInterval', { interval: 100 });
        for (let i = 0; i < options.warm; i++) {
          await new Promise((resolve) => setTimeout(resolve, READING_PAUSE_MS));
          const url = page(`warm${i}`);
          let profiled = worker;
          let profile: Profile | undefined;
          const stop = async () => {
            profile = ((await profiled.send('Profiler.stop')) as { profile: Profile }).profile;
          };
          let analysing: ReturnType<typeof session.analyse>;
          if (options.page) {
            // The page's own target, found as soon as its tab opens; profiled from then on (the trigger comes later).
            analysing = session.analyse(url, stop);
            profiled = await devtools(await workerTarget(session.origin, (t) => t.type === 'page' && t.url === url));
            await profiled.send('Profiler.enable');
            await profiled.send('Profiler.setSamplingInterval', { interval: 100 });
            await profiled.send('Profiler.start');
          } else {
            await worker.send('Profiler.start');
            analysing = session.analyse(url, stop);
          }
          const cost = await analysing;
          if (profiled !== worker) profiled.close();
          if (!profile) throw new Error('no profile');
          const times = selfTimes(profile);
          if (process.env.PROFILE_OUT)
            writeFileSync(`${process.env.PROFILE_OUT}-${round}-${i}.cpuprofile`, JSON.stringify(profile));
          profiles.push(times);
          const busy = [...times].filter(([k]) => k !== '(idle)').reduce((n, [, v]) => n + v, 0);
          process.stderr.write(
            `round ${round + 1} warm${i}: ${Math.round(cost.triggerToHighlightsMs)} ms to highlights, worker busy ${Math.round(busy)} ms, GC ${Math.round(times.get('(garbage collector)') ?? 0)} ms, program ${Math.round(times.get('(program)') ?? 0)} ms\n`,
          );
        }
        worker.close();
      } finally {
        await session.close();
      }
    }
    const keys = [...new Set(profiles.flatMap((p) => [...p.keys()]))];
    const rows = keys
      .map((key) => ({
        key,
        ms: median(profiles.map((p) => p.get(key) ?? 0)),
        total: profiles.reduce((n, p) => n + (p.get(key) ?? 0), 0) / profiles.length,
      }))
      .sort((a, b) => b.total - a.total);
    console.log(`self time per warm analysis (${profiles.length} profiles): mean / median ms`);
    for (const row of rows.slice(0, 40))
      console.log(`  ${row.total.toFixed(1).padStart(6)} ${row.ms.toFixed(1).padStart(6)}  ${row.key}`);
  } finally {
    await server.close();
    if (own) rmSync(own, { recursive: true, force: true });
  }
}

await main();
