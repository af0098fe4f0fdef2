import { describe, expect, test } from 'vitest';
import { exportFileName } from '../../src/report/index.ts';

const NOW = new Date(2026, 10, 26, 12, 0); // local noon: the date is the reader's own

describe('exportFileName', () => {
  test.each([
    [{ url: 'https://www.example.com/a/b' }, 'md', 'sourcelight-example-com-2026-11-26.md'],
    [
      { url: 'https://example.com/x', title: 'Raid signals escalation' },
      'html',
      'sourcelight-example-com-raid-signals-escalation-2026-11-26.html',
    ],
    [{ title: 'Pasted: Ça va très bien!' }, 'csv', 'sourcelight-pasted-ca-va-tres-bien-2026-11-26.csv'],
    [{}, 'jsonld', 'sourcelight-text-2026-11-26.jsonld'],
    [{ title: '../../etc/passwd' }, 'md', 'sourcelight-etc-passwd-2026-11-26.md'],
    [{ title: 'CON' }, 'md', 'sourcelight-con-2026-11-26.md'],
    [{ title: '北京 新闻' }, 'md', 'sourcelight-text-2026-11-26.md'],
    [{ url: 'javascript:alert(1)', title: '<script>' }, 'md', 'sourcelight-script-2026-11-26.md'],
    [{ url: 'https://user:pw@news.example.org:8080/p' }, 'md', 'sourcelight-news-example-org-2026-11-26.md'],
  ] as const)('%j as %s', (meta, format, expected) => {
    expect(exportFileName(meta, format, NOW)).toBe(expected);
  });

  test('a very long title is cut at a word, keeping the name short and safe', () => {
    const name = exportFileName({ url: 'https://example.com', title: 'word '.repeat(100) }, 'md', NOW);
    expect(name).toMatch(/^sourcelight-example-com(-word)+-2026-11-26\.md$/);
    expect(name.length).toBeLessThanOrEqual(12 + 60 + 1 + 10 + 3);
  });

  test('every name uses only safe characters', () => {
    const name = exportFileName({ title: '\u0000\\/:*?"<>|\u202e' }, 'md', NOW);
    expect(name).toMatch(/^[a-z0-9.-]+$/);
  });
});
