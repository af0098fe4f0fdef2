import { describe, expect, test } from 'vitest';
import { classifyInjectionError, restrictedReason } from '../../src/background/restricted.ts';

describe('restrictedReason', () => {
  test.each([
    'chrome://extensions/',
    'about:preferences',
    'edge://settings',
    'view-source:https://news.example/',
    'moz-extension://abc/popup.html',
    'https://chromewebstore.google.com/category/extensions',
    'https://addons.mozilla.org/firefox/addon/x/',
    'file:///tmp/a.html',
    'https://news.example/report.PDF?download=1',
  ])('%s cannot be read', (url) => {
    expect(restrictedReason(url)).toMatch(/\w{10}/);
  });

  test.each(['https://news.example/world/story', 'http://127.0.0.1:8080/page.html', 'https://addons.example.org/', undefined])(
    '%s may be read (or is unknown)',
    (url) => {
      expect(restrictedReason(url)).toBeUndefined();
    },
  );
});

describe('classifyInjectionError', () => {
  test('a known URL decides, whatever the error says', () => {
    expect(classifyInjectionError(new Error('anything'), 'chrome://newtab')).toMatchObject({ status: 'restricted' });
  });
  test('an unknown error keeps its detail in the sentence', () => {
    expect(classifyInjectionError(new Error('Tab crashed'), undefined)).toEqual({
      status: 'error',
      message: 'Sourcelight could not read this page (Tab crashed). Reload the page and try again.',
    });
  });
});
