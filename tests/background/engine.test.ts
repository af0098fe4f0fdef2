import { describe, expect, test, vi } from 'vitest';
import { createEngine, ENGINE_GLOBAL, type EngineApi, engineFromScript, OPTIMISE_CHARS } from '../../src/background/engine.ts';
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
    const engine = createEngine(async () => fakeEngine().api, () => void uses++);
    engine.warm();
    await engine.analyze('a', []);
    expect(uses).toBe(2);
  });
});

describe('optimising the engine after its first analysis', () => {
  test('analyses the start of the first text once more, once per loaded engine', async () => {
    const { api, calls } = fakeEngine();
    const engine = createEngine(async () => api);
    const long = 'x'.repeat(OPTIMISE_CHARS + 10);
    await engine.analyze(long, []);
    await engine.analyze('second', []);
    engine.optimise();
    engine.optimise();
    await vi.waitFor(() => expect(calls).toHaveLength(4));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual(['warm', `analyze ${long}`, 'analyze second', `analyze ${'x'.repeat(OPTIMISE_CHARS)}`]);
    engine.optimise();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toHaveLength(4);
  });

  test('does nothing before any analysis', async () => {
    const { api, calls } = fakeEngine();
    const engine = createEngine(async () => api);
    engine.warm();
    engine.optimise();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual(['warm']);
  });

  test('gives way to an analysis that starts meanwhile, and optimises after a later one', async () => {
    const { api, calls } = fakeEngine();
    let release: () => void = () => undefined;
    const options = [Promise.resolve({}), new Promise<object>((resolve) => (release = () => resolve({})))];
    const engine = createEngine(async () => api, undefined, () => options.shift() ?? Promise.resolve({}));
    await engine.analyze('first', []);
    const second = engine.analyze('second', []); // still reading the reader's options while optimise runs
    engine.optimise();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual(['warm', 'analyze first']);
    release();
    await second;
    engine.optimise();
    await vi.waitFor(() => expect(calls).toEqual(['warm', 'analyze first', 'analyze second', 'analyze first']));
  });
});

describe('engine.js', () => {
  test('hands over the API it leaves on the global', async () => {
    const { api } = fakeEngine();
    const scope: Record<string, unknown> = {};
    const loaded = await engineFromScript(async (file) => {
      expect(file).toBe('engine.js');
      scope[ENGINE_GLOBAL] = api;
    }, scope);
    expect(loaded).toBe(api);
  });

  test.each([
    ['left nothing', undefined],
    ['left something else', { analyse: () => 0 }],
  ])('that %s is an error with a sentence', async (_name, left) => {
    const scope: Record<string, unknown> = {};
    const load = async () => {
      scope[ENGINE_GLOBAL] = left;
    };
    await expect(engineFromScript(load, scope)).rejects.toThrow('engine.js did not provide the engine.');
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
