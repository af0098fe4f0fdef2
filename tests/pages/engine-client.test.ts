/** The pages' engine client over a stand-in worker: stages, answers, stale answers, cancel, a crashed worker. */
import { describe, expect, test } from 'vitest';
import type { AnalyseRequest, WorkerMessage } from '../../pages/shared/engine-messages.ts';
import { CancelledError, type EngineStage, type WorkerLike, workerEngine } from '../../pages/shared/engine-client.ts';
import type { Report } from '../../src/engine/types.ts';
import { useEnglish } from './setup.ts';

useEnglish();

const report = { findings: [] } as unknown as Report;

function fakeWorker() {
  const created: Array<
    WorkerLike & { posted: AnalyseRequest[]; terminated: boolean; send(m: WorkerMessage): void; crash(m: string): void }
  > = [];
  const create = () => {
    const worker = {
      onmessage: null as WorkerLike['onmessage'],
      onerror: null as WorkerLike['onerror'],
      posted: [] as AnalyseRequest[],
      terminated: false,
      postMessage(message: AnalyseRequest) {
        this.posted.push(message);
      },
      terminate() {
        this.terminated = true;
      },
      send(message: WorkerMessage) {
        this.onmessage?.({ data: message } as MessageEvent<WorkerMessage>);
      },
      crash(message: string) {
        this.onerror?.({ message } as ErrorEvent);
      },
    };
    created.push(worker);
    return worker;
  };
  return { created, create };
}

describe('workerEngine', () => {
  test('loading the model, then analysing, then the answer', async () => {
    const { created, create } = fakeWorker();
    const engine = workerEngine(create);
    const stages: EngineStage[] = [];
    const answer = engine.analyse('Some text.', [], (s) => stages.push(s));
    expect(stages).toEqual(['loading-model']);
    created[0].send({ type: 'ready', modelMs: 90 });
    expect(stages).toEqual(['loading-model', 'analysing']);
    created[0].send({ type: 'result', id: created[0].posted[0].id, report, analyseMs: 5 });
    await expect(answer).resolves.toEqual({ report, analyseMs: 5 });
  });

  test('findings sent in batches before the rest of the report are put back together, in order', async () => {
    const { created, create } = fakeWorker();
    const answer = workerEngine(create).analyse('a', [], () => undefined);
    const finding = (id: string) => ({ id }) as Report['findings'][number];
    created[0].send({ type: 'findings', id: 1, findings: [finding('f1'), finding('f2')] });
    created[0].send({ type: 'findings', id: 1, findings: [finding('f3')] });
    created[0].send({ type: 'result', id: 1, report: { ...report, findings: [] }, analyseMs: 1 });
    expect((await answer).report.findings.map((f) => f.id)).toEqual(['f1', 'f2', 'f3']);
  });

  test('a warm worker goes straight to analysing and is reused', async () => {
    const { created, create } = fakeWorker();
    const engine = workerEngine(create);
    const first = engine.analyse('a', [], () => undefined);
    created[0].send({ type: 'ready', modelMs: 90 });
    created[0].send({ type: 'result', id: 1, report, analyseMs: 1 });
    await first;
    const stages: EngineStage[] = [];
    const second = engine.analyse('b', [], (s) => stages.push(s));
    created[0].send({ type: 'result', id: 2, report, analyseMs: 1 });
    await second;
    expect(stages).toEqual(['analysing']);
    expect(created).toHaveLength(1);
  });

  test('the engine failing rejects with its message', async () => {
    const { created, create } = fakeWorker();
    const answer = workerEngine(create).analyse('a', [], () => undefined);
    created[0].send({ type: 'error', id: 1, message: 'analyze() needs a string of text' });
    await expect(answer).rejects.toThrow('analyze() needs a string of text');
  });

  test('cancel ends the worker and rejects as cancelled; the next analysis starts a new worker', async () => {
    const { created, create } = fakeWorker();
    const engine = workerEngine(create);
    const answer = engine.analyse('a', [], () => undefined);
    engine.cancel();
    await expect(answer).rejects.toBeInstanceOf(CancelledError);
    expect(created[0].terminated).toBe(true);
    void engine.analyse('b', [], () => undefined);
    expect(created).toHaveLength(2);
  });

  test('a new request while one runs cancels the first, whose late answer is ignored', async () => {
    const { created, create } = fakeWorker();
    const engine = workerEngine(create);
    const first = engine.analyse('a', [], () => undefined);
    const second = engine.analyse('b', [], () => undefined);
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    created[0].send({ type: 'result', id: 1, report, analyseMs: 1 });
    created[1].send({ type: 'result', id: 2, report, analyseMs: 2 });
    await expect(second).resolves.toMatchObject({ analyseMs: 2 });
  });

  test('a crashed worker rejects with a sentence', async () => {
    const { created, create } = fakeWorker();
    const answer = workerEngine(create).analyse('a', [], () => undefined);
    created[0].crash('');
    await expect(answer).rejects.toThrow('the analysis stopped unexpectedly');
  });
});
