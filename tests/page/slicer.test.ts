import { describe, expect, test } from 'vitest';
import { createSlicer, yieldToMain } from '../../src/page/slicer.ts';

describe('createSlicer', () => {
  test('yields only once the slice has used its budget, then starts a new slice', async () => {
    let clock = 0;
    let yields = 0;
    const slicer = createSlicer(10, () => clock, async () => void yields++);
    clock = 5;
    await slicer.maybeYield();
    expect(yields).toBe(0);
    clock = 12;
    expect(slicer.overBudget()).toBe(true);
    await slicer.maybeYield();
    expect(yields).toBe(1);
    expect(slicer.overBudget()).toBe(false);
  });

  test('reports the longest stretch without a yield, not counting waits for work done elsewhere', async () => {
    let clock = 0;
    const slicer = createSlicer(10, () => clock, async () => undefined);
    clock = 12;
    await slicer.maybeYield();
    clock = 15;
    const elsewhere = Promise.resolve().then(() => {
      clock = 500;
    });
    await slicer.wait(elsewhere);
    clock = 504;
    expect(slicer.longestSlice()).toBe(12);
  });
});

describe('yieldToMain', () => {
  test('uses scheduler.yield where the browser has it', async () => {
    let used = false;
    const scheduler = {
      yield: async () => {
        used = true;
      },
    };
    await yieldToMain({ scheduler });
    expect(used).toBe(true);
  });
  test('otherwise resolves on a new task', async () => {
    await expect(yieldToMain({})).resolves.toBeUndefined();
  });
});
