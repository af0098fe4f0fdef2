import { describe, expect, test, vi } from 'vitest';
import {
  createEngine,
  ENGINE_GLOBAL,
  type EngineApi,
  engineFromScript,
  OPTIMISE_CHARS,
  OPTIMISE_PIECES,
  optimiseQueue,
  PRACTICE_PIECES,
  PRACTICE_RUNS,
  piecesOf,
} from '../../src/background/engine.ts';
import { PRACTICE_TEXT } from '../../src/background/practice-text.ts';
import { MODEL_BYTES_FILE, MODEL_BYTES_GLOBAL, packagedBytes } from '../../src/background/model-bytes.ts';
import { report } from './setup.ts';

function fakeEngine() {
  const calls: string[] = [];
  const api: EngineApi = {
    analyze: (text) => {
      calls.push(`analyze ${text}`);
      return report();
    },
    warm: () => void calls.push('warm'),
  };
  return { api, calls };
}

describe('the background engine', () => {
  test('is loaded once, started (warm) before its first analysis, and reused', async () => {
    const { api, calls } = fakeEngine();
    let loads = 0;
    const engine = createEngine(async () => {
      loads++;
      return api;
    });
    await Promise.all([engine.analyze('a', []), engine.analyze('b', [])]);
    await engine.analyze('c', []);
    expect(loads).toBe(1);
    expect(calls).toEqual(['warm', 'analyze a', 'analyze b', 'analyze c']);
  });

  test('warm() starts loading without an analysis, and the analysis then finds it ready', async () => {
    const { api, calls } = fakeEngine();
    let loads = 0;
    const engine = createEngine(async () => {
      loads++;
      return api;
    });
    engine.warm();
    await vi.waitFor(() => expect(calls).toEqual(['warm']));
    await engine.analyze('a', []);
    expect(loads).toBe(1);
  });

  test('a failed load is reported to the analysis and tried again by the next one', async () => {
    const { api } = fakeEngine();
    let loads = 0;
    const engine = createEngine(async () => {
      if (++loads === 1) throw new Error('engine.js did not load.');
      return api;
    });
    engine.warm();
    await expect(engine.analyze('a', [])).rejects.toThrow('engine.js did not load.');
    await expect(engine.analyze('a', [])).resolves.toMatchObject({ schemaVersion: 1 });
  });

  test('every use keeps the background warm', async () => {
    let uses = 0;
    const engine = createEngine(
      async () => fakeEngine().api,
      () => void uses++,
    );
    engine.warm();
    await engine.analyze('a', []);
    expect(uses).toBe(2);
  });
});

/** About OPTIMISE_CHARS of words, so its start cuts into pieces at spaces. */
const LONG = 'The council said the bridge would reopen. '.repeat(Math.ceil(OPTIMISE_CHARS / 40));
const START = LONG.slice(0, OPTIMISE_CHARS);
const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
/** The texts analysed again by optimise: those after the ones the test analysed itself. */
const optimisedTexts = (calls: string[], analysed: number) =>
  calls.slice(1 + analysed).map((c) => c.replace(/^analyze /, ''));
/** How many pieces optimise analyses in all: the first text's, then every practice run's. */
const QUEUED = OPTIMISE_PIECES + PRACTICE_RUNS * PRACTICE_PIECES;
/** The practice story as optimise analyses it after `first`, joined. */
const practised = (first: string) => first + PRACTICE_TEXT.repeat(PRACTICE_RUNS);

describe('optimising the engine after its first analysis', () => {
  test('analyses the start of the first text once more, then the practice story, in pieces, once per loaded engine', async () => {
    const { api, calls } = fakeEngine();
    const engine = createEngine(async () => api);
    await engine.analyze(LONG, []);
    await engine.analyze('second', []);
    engine.optimise();
    engine.optimise();
    await vi.waitFor(() => expect(calls).toHaveLength(3 + QUEUED));
    await pause();
    expect(calls.slice(0, 3)).toEqual(['warm', `analyze ${LONG}`, 'analyze second']);
    expect(optimisedTexts(calls, 2).join('')).toBe(practised(START));
    engine.optimise();
    await pause();
    expect(calls).toHaveLength(3 + QUEUED);
  });

  test('does nothing before any analysis', async () => {
    const { api, calls } = fakeEngine();
    const engine = createEngine(async () => api);
    engine.warm();
    engine.optimise();
    await pause();
    expect(calls).toEqual(['warm']);
  });

  test('gives way to an analysis that starts meanwhile, and optimises after a later one', async () => {
    const { api, calls } = fakeEngine();
    let release: () => void = () => undefined;
    const options = [Promise.resolve({}), new Promise<object>((resolve) => (release = () => resolve({})))];
    const engine = createEngine(
      async () => api,
      undefined,
      () => options.shift() ?? Promise.resolve({}),
    );
    await engine.analyze('first', []);
    const second = engine.analyze('second', []); // still reading the reader's options while optimise runs
    engine.optimise();
    await pause();
    expect(calls).toEqual(['warm', 'analyze first']);
    release();
    await second;
    engine.optimise();
    await vi.waitFor(() => expect(optimisedTexts(calls, 2).join('')).toBe(practised('first')));
    expect(calls.slice(0, 3)).toEqual(['warm', 'analyze first', 'analyze second']);
  });

  test.each([
    [
      'the background is no longer idle (a tab is injecting or being read)',
      (busy: { idle: boolean }) => {
        busy.idle = false;
      },
    ],
    [
      'the engine is warmed for a new analysis',
      (_busy: { idle: boolean }, engine: ReturnType<typeof createEngine>) => engine.warm(),
    ],
  ])('stops between pieces when %s, and runs the rest after the next analysis', async (_name, interrupt) => {
    const busy = { idle: true };
    const { api, calls } = fakeEngine();
    const engine = createEngine(async () => api);
    const analyze = api.analyze;
    api.analyze = (text, options) => {
      const result = analyze(text, options);
      if (calls.length === 3) interrupt(busy, engine); // right after the first piece
      return result;
    };
    await engine.analyze(LONG, []);
    engine.optimise(() => busy.idle);
    await pause();
    expect(optimisedTexts(calls, 1)).toHaveLength(1);
    busy.idle = true;
    await engine.analyze('next', []);
    engine.optimise(() => busy.idle);
    await vi.waitFor(() => expect(optimisedTexts(calls, 2).length).toBe(QUEUED));
    expect([...optimisedTexts(calls, 1).slice(0, 1), ...optimisedTexts(calls, 2).slice(1)].join('')).toBe(
      practised(START),
    );
  });
});

describe('what optimise analyses', () => {
  test('the first text in OPTIMISE_PIECES pieces, then PRACTICE_RUNS runs of the practice story, each in PRACTICE_PIECES pieces', () => {
    const queue = optimiseQueue(START);
    expect(queue).toHaveLength(QUEUED);
    expect(queue.slice(0, OPTIMISE_PIECES).join('')).toBe(START);
    const practice = queue.slice(OPTIMISE_PIECES);
    for (let run = 0; run < PRACTICE_RUNS; run++)
      expect(practice.slice(run * PRACTICE_PIECES, (run + 1) * PRACTICE_PIECES).join('')).toBe(PRACTICE_TEXT);
  });

  test('the practice story exercises the detectors: every kind of finding, named to vague sources', async () => {
    const { analyze } = await import('../../src/engine/analyze.ts');
    const { findings } = analyze(PRACTICE_TEXT);
    expect(new Set(findings.map((f) => f.kind))).toEqual(new Set(['claim', 'attribution', 'rhetoric']));
    const sources = new Set(findings.map((f) => (f.kind === 'attribution' ? f.source : undefined)));
    for (const source of ['named', 'document', 'anonymous', 'vague'] as const) expect(sources).toContain(source);
  });
});

describe('cutting the text to optimise into pieces', () => {
  test.each([
    ['words', 'one two three four five six seven eight', 4],
    ['a text shorter than the count', 'ab', 4],
    ['one long run without spaces', 'x'.repeat(101), 4],
    ['nothing', '', 4],
  ])('%s: the pieces join to the text, at most `count` of them, no word split', (_name, text, count) => {
    const pieces = piecesOf(text, count);
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeLessThanOrEqual(count);
    expect(pieces.every((piece) => piece.length > 0)).toBe(true);
    for (const piece of pieces.slice(1)) if (text.includes(' ')) expect(piece.startsWith(' ')).toBe(true);
  });

  test('the sample start cuts into OPTIMISE_PIECES pieces of about the same length', () => {
    const pieces = piecesOf(START, OPTIMISE_PIECES);
    expect(pieces).toHaveLength(OPTIMISE_PIECES);
    for (const piece of pieces) expect(piece.length).toBeGreaterThan(OPTIMISE_CHARS / OPTIMISE_PIECES / 2);
  });
});

describe('engine.js', () => {
  const bytes = new ArrayBuffer(8);
  const readBytes = async () => bytes;

  test("hands over the API it leaves on the global, and the model's bytes read meanwhile to its reader", async () => {
    const { api } = fakeEngine();
    const scope: Record<string, unknown> = {};
    const steps: string[] = [];
    const read = async (file: string) => {
      steps.push(`read ${file}`);
      return bytes;
    };
    const loaded = await engineFromScript(
      async (file) => {
        steps.push(`load ${file}`);
        scope[ENGINE_GLOBAL] = api;
      },
      scope,
      read,
    );
    expect(loaded).toBe(api);
    expect(steps).toEqual([`read ${MODEL_BYTES_FILE}`, 'load engine.js']);
    expect(scope[MODEL_BYTES_GLOBAL]).toBe(bytes);
  });

  test.each([
    ['left nothing', undefined],
    ['left something else', { analyse: () => 0 }],
  ])('that %s is an error with a sentence', async (_name, left) => {
    const scope: Record<string, unknown> = {};
    const load = async () => {
      scope[ENGINE_GLOBAL] = left;
    };
    await expect(engineFromScript(load, scope, readBytes)).rejects.toThrow('engine.js did not provide the engine.');
  });

  test('model bytes that did not load are the error, and no bytes are handed over', async () => {
    const { api } = fakeEngine();
    const scope: Record<string, unknown> = {};
    const load = async () => {
      scope[ENGINE_GLOBAL] = api;
    };
    const missing = () => packagedBytes(MODEL_BYTES_FILE, async () => new Response(null, { status: 404 }));
    await expect(engineFromScript(load, scope, missing)).rejects.toThrow(`${MODEL_BYTES_FILE} did not load (404).`);
    expect(scope[MODEL_BYTES_GLOBAL]).toBeUndefined();
  });

  test('a fetch that fails outright names the file it could not read', async () => {
    const failing = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(packagedBytes(MODEL_BYTES_FILE, failing)).rejects.toThrow(
      `${MODEL_BYTES_FILE} did not load (Failed to fetch).`,
    );
  });

  test('reads a packaged file as bytes', async () => {
    const read = await packagedBytes(
      MODEL_BYTES_FILE,
      async (file) => new Response(new Uint8Array([1, 2, 3, file.length])),
    );
    expect([...new Uint8Array(read)]).toEqual([1, 2, 3, MODEL_BYTES_FILE.length]);
  });

  test('the real engine script provides a working engine', async () => {
    const scope = globalThis as Record<string, unknown>;
    await import('../../src/background/engine-script.ts');
    const api = scope[ENGINE_GLOBAL] as EngineApi;
    api.warm();
    expect(api.analyze('Officials said the bridge would reopen on Monday.').schemaVersion).toBe(1);
    delete scope[ENGINE_GLOBAL];
  });
});
