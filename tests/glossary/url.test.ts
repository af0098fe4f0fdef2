/** Links into the glossary, for explanation cards and popup items. */
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/engine/types.ts';
import { glossaryUrl, glossaryUrlForFinding } from '../../src/glossary/index.ts';

describe('glossaryUrl', () => {
  test.each<[Parameters<typeof glossaryUrl>, string]>([
    [['technique', 'hedge'], 'glossary.html#technique-hedge'],
    [['source', 'anonymous'], 'glossary.html#source-anonymous'],
    [['claim', 'statistical'], 'glossary.html#claim-statistical'],
    [['idea', 'unsourced-claim'], 'glossary.html#idea-unsourced-claim'],
    [['technique', 'hedge', 'chrome-extension://abc/'], 'chrome-extension://abc/glossary.html#technique-hedge'],
    // A subtype the glossary does not know (the engine may add techniques) opens the glossary at the top.
    [['technique', 'whataboutism'], 'glossary.html'],
  ])('%j -> %s', (args, url) => {
    expect(glossaryUrl(...args)).toBe(url);
  });
});

describe('glossaryUrlForFinding', () => {
  const base = { id: 'f1', start: 0, end: 1, text: 'x', rule: 'r', confidence: 1, explanation: 'e', inQuote: false };
  test.each<[Finding, string]>([
    [{ ...base, kind: 'rhetoric', technique: 'fear-appeal' }, 'glossary.html#technique-fear-appeal'],
    [{ ...base, kind: 'attribution', source: 'agentless' }, 'glossary.html#source-agentless'],
    [{ ...base, kind: 'claim', claimType: 'causal', sourcing: 'named' }, 'glossary.html#claim-causal'],
    [{ ...base, kind: 'claim', claimType: 'causal', sourcing: 'none' }, 'glossary.html#idea-unsourced-claim'],
  ])('%#', (finding, url) => {
    expect(glossaryUrlForFinding(finding)).toBe(url);
  });
});
