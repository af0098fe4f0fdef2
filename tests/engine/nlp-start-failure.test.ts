import { expect, test, vi } from 'vitest';

// The bundles hand wink its model only once (scripts/wink-model-plugin.ts): a second start fails on that.
const starts = vi.hoisted(() => ({ count: 0 }));
vi.mock('wink-nlp', () => ({
  default: () => {
    starts.count++;
    throw new Error(starts.count === 1 ? 'the model is damaged' : 'reads the wink core model once per script');
  },
}));

test("a model that fails to start reports its first error again, not the bundle's read-once error", async () => {
  const { getNlp } = await import('../../src/engine/nlp.ts');
  expect(() => getNlp()).toThrow('the model is damaged');
  expect(() => getNlp()).toThrow('the model is damaged');
  expect(starts.count).toBe(1);
});
