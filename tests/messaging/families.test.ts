import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/engine/types.ts';
import { familyOf, isFamilyList } from '../../src/messaging/families.ts';
import { originPattern, siteOrigin } from '../../src/messaging/site.ts';

const base = { id: 'f1', start: 0, end: 4, text: 'word', rule: 'test/rule', confidence: 0.8, explanation: 'Why.', inQuote: false };

describe('familyOf', () => {
  test.each<[Finding, string]>([
    [{ ...base, kind: 'claim', claimType: 'factual', sourcing: 'none' }, 'unsourced'],
    [{ ...base, kind: 'claim', claimType: 'statistical', sourcing: 'vague' }, 'weak-source'],
    [{ ...base, kind: 'claim', claimType: 'causal', sourcing: 'anonymous' }, 'weak-source'],
    [{ ...base, kind: 'claim', claimType: 'factual', sourcing: 'named' }, 'sourced'],
    [{ ...base, kind: 'claim', claimType: 'factual', sourcing: 'document' }, 'sourced'],
    [{ ...base, kind: 'attribution', source: 'anonymous' }, 'weak-source'],
    [{ ...base, kind: 'attribution', source: 'vague' }, 'weak-source'],
    [{ ...base, kind: 'attribution', source: 'agentless' }, 'weak-source'],
    [{ ...base, kind: 'attribution', source: 'named' }, 'sourced'],
    [{ ...base, kind: 'attribution', source: 'document' }, 'sourced'],
    [{ ...base, kind: 'attribution', source: 'pronoun' }, 'sourced'],
    [{ ...base, kind: 'rhetoric', technique: 'figurative' }, 'rhetoric'],
  ])('%o belongs to %s', (finding, family) => {
    expect(familyOf(finding)).toBe(family);
  });
});

describe('isFamilyList', () => {
  test.each([[[]], [['unsourced']], [['sourced', 'rhetoric', 'weak-source']]])('accepts %j', (list) => {
    expect(isFamilyList(list)).toBe(true);
  });
  test.each([['unsourced'], [['everything']], [[1]], [null]])('refuses %j', (list) => {
    expect(isFamilyList(list)).toBe(false);
  });
});

describe('siteOrigin', () => {
  test.each([
    ['https://news.example.com/world/2026/story?id=1#top', 'https://news.example.com'],
    ['http://127.0.0.1:8123/page.html', 'http://127.0.0.1:8123'],
  ])('%s is on %s', (url, origin) => {
    expect(siteOrigin(url)).toBe(origin);
  });
  test.each([['chrome://extensions/'], ['about:blank'], ['file:///home/a.html'], ['not a url'], [undefined]])(
    '%s is not a site for automatic analysis',
    (url) => {
      expect(siteOrigin(url)).toBeNull();
    },
  );
});

describe('originPattern', () => {
  test.each([
    ['https://news.example.com', 'https://news.example.com/*'],
    ['http://127.0.0.1:8123', 'http://127.0.0.1/*'],
  ])('%s -> %s', (origin, pattern) => {
    expect(originPattern(origin)).toBe(pattern);
  });
});
