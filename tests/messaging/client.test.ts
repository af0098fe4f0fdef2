import { describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { enableSiteAutomation } = await import('../../src/messaging/client.ts');
const { FakeBrowser } = await import('../platform/fake-api.ts');
const { serve } = await import('../../src/messaging/transport.ts');

describe('enableSiteAutomation', () => {
  test('asks for the site first, then tells the background', async () => {
    const fake = new FakeBrowser();
    const order: string[] = [];
    const popup = fake.api({ url: `${fake.origin}popup.html` });
    const request = popup.permissions.request;
    popup.permissions.request = async (origins) => {
      order.push(`request ${origins.join()}`);
      return request(origins);
    };
    serve<{ setSiteAutomation(origin: string, enabled: boolean): boolean }>(fake.api(), 'background', {
      setSiteAutomation: (origin, enabled) => {
        order.push(`set ${origin} ${enabled}`);
        return true;
      },
    });
    expect(await enableSiteAutomation('http://127.0.0.1:8123', popup)).toEqual({ ok: true, value: true });
    expect(order).toEqual(['request http://127.0.0.1/*', 'set http://127.0.0.1:8123 true']);
  });

  test('a refused permission is a sentence, and the background is not asked', async () => {
    const fake = new FakeBrowser();
    const popup = fake.api({ url: `${fake.origin}popup.html` });
    popup.permissions.request = async () => false;
    const result = await enableSiteAutomation('https://news.example', popup);
    expect(result).toEqual({ ok: false, error: 'Access to this site was not granted, so automatic analysis stays off.' });
  });
});
