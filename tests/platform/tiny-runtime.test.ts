import { describe, expect, test } from 'vitest';
import { sendRuntimeMessage } from '../../src/platform/tiny-runtime.ts';

describe('sendRuntimeMessage', () => {
  test.each([
    ['Firefox (browser)', { browser: { runtime: { sendMessage: async (m: unknown) => ['firefox', m] } } }, 'firefox'],
    ['Chromium (chrome)', { chrome: { runtime: { sendMessage: async (m: unknown) => ['chromium', m] } } }, 'chromium'],
  ])('uses the runtime of %s', async (_name, scope, which) => {
    expect(await sendRuntimeMessage('hi', scope)).toEqual([which, 'hi']);
  });

  test('rejects clearly outside an extension', async () => {
    await expect(sendRuntimeMessage('hi', {})).rejects.toThrow('No extension runtime in this context.');
  });
});
