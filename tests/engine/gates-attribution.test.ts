/**
 * The attribution detector skips most tokens through cheap gates that repeat its readers' first tests: mayCue
 * (cue-gate.ts) in front of the cue loop's four readers, and WORD_CHECK_STARTS in front of findAgentless's per-word
 * readings. A gate that falls behind its reader (a new verb, a new shape) loses findings silently, and the readers'
 * own rows may not notice. Here each gate is forced open in a fresh copy of the engine and the detector must find
 * exactly what the gated one finds, over every sentence of our test tables and their variants (gates-corpus.ts).
 * findPatterns (patterns.ts) reaches its candidates through first-word marks shared by every registered index and
 * an index by first and second word: attribution-patterns-index.test.ts checks that on invented patterns, and here
 * the engine's own lists (agentless, anonymity, the claims' skip lists) meet a plain matcher in its place.
 */
import { describe, expect, test, vi } from 'vitest';
import { detectAttributions } from '../../src/engine/detectors/attribution.ts';
import type * as Patterns from '../../src/engine/detectors/attribution/patterns.ts';
import type { PatternIndex, PatternMatch } from '../../src/engine/detectors/attribution/patterns.ts';
import { detectClaims } from '../../src/engine/detectors/claims.ts';
import { type ParsedText, parse, type Token } from '../../src/engine/nlp.ts';
import { findQuotes } from '../../src/engine/quotes.ts';
import { gateTexts } from './gates-corpus.ts';
import { type PlainList, plainFind, plainList } from './plain-patterns.ts';

/**
 * The detectors that read the gates and patterns: attributions, and claims where a pattern list of their own is in
 * question (otherwise claims only follow the attributions they are given, and are left out to save time).
 */
type Detect = { attributions: typeof detectAttributions; claims?: typeof detectClaims };

const CUE_GATE = '../../src/engine/detectors/attribution/cue-gate.ts';
const PATTERNS = '../../src/engine/detectors/attribution/patterns.ts';

/** The corpus, parsed once: the detectors only read the parse, so every copy of the engine can share it. */
const TEXTS = gateTexts();
const DOCS: ParsedText[] = TEXTS.map((text) => parse(text));

/** Each text's attributions and claims in a short form (span, rule, source): what a lost or added finding changes. */
function findings(detect: Detect): string[][] {
  return DOCS.map((doc, k) => {
    const quotes = findQuotes(TEXTS[k]);
    const attributions = detect.attributions(doc, { quotes, links: [], attributions: [] });
    const found = [...attributions, ...(detect.claims?.(doc, { quotes, links: [], attributions }) ?? [])];
    return found.map(
      (d) =>
        `${d.kind} ${d.start}-${d.end} ${d.rule} ${'source' in d ? d.source : ''}${'sourcing' in d ? d.sourcing : ''}`,
    );
  });
}

/** The detectors of the fresh modules loaded since the last vi.resetModules (claims only if asked). */
async function freshDetect(claims = false): Promise<Detect> {
  const attributions = (await import('../../src/engine/detectors/attribution.ts')).detectAttributions;
  return claims
    ? { attributions, claims: (await import('../../src/engine/detectors/claims.ts')).detectClaims }
    : { attributions };
}

/** The findings that differ between two runs, text by text, with the text for the reader of a failure. */
function differences(gated: string[][], open: string[][]): string[] {
  const out: string[] = [];
  gated.forEach((found, k) => {
    const a = found.join('\n');
    const b = open[k].join('\n');
    if (a !== b) out.push(`${TEXTS[k]}\n  gated: ${a}\n  open:  ${b}`);
  });
  return out;
}

/** A patterns.ts whose compiled indexes keep their source lists and whose findPatterns is the plain matcher. */
async function plainPatternsModule(importOriginal: () => Promise<typeof Patterns>): Promise<typeof Patterns> {
  const real = await importOriginal();
  const sources = new WeakMap<PatternIndex, PlainList>();
  const compile = (patterns: readonly string[]): PatternIndex => {
    const index = real.compilePatternIndex(patterns);
    sources.set(index, plainList(patterns));
    return index;
  };
  const find = (t: Token[], from: number, to: number, index: PatternIndex): PatternMatch[] => {
    const list = sources.get(index);
    if (!list) throw new Error('an index findPatterns was not given by compilePatterns');
    return plainFind(list, t, from, to);
  };
  return { ...real, compilePatterns: compile, findPatterns: find };
}

/** Fresh engine modules whose patterns are matched by the plain matcher. */
async function plainPatterns(): Promise<Detect> {
  vi.resetModules();
  vi.doMock(PATTERNS, plainPatternsModule);
  const detect = await freshDetect(true);
  vi.doUnmock(PATTERNS);
  return detect;
}

/** Fresh engine modules with the cue gate answering yes for every token. */
async function cueGateOpen(): Promise<Detect> {
  vi.resetModules();
  vi.doMock(CUE_GATE, () => ({ mayCue: () => true }));
  const detect = await freshDetect();
  vi.doUnmock(CUE_GATE);
  return detect;
}

/** Fresh engine modules whose agentless word gate holds every word of the corpus. */
async function agentlessGateOpen(): Promise<Detect> {
  vi.resetModules();
  const gate = (await import('../../src/engine/detectors/attribution/agentless.ts')).WORD_CHECK_STARTS as Set<string>;
  for (const doc of DOCS) for (const t of doc.tokens) gate.add(t.lower);
  return freshDetect();
}

describe('attribution gates agree with their readers', () => {
  const gated = findings({ attributions: detectAttributions, claims: detectClaims });
  const gatedAttributions = gated.map((found) => found.filter((f) => f.startsWith('attribution')));

  test('the corpus is large and the detectors find plenty in it (no vacuous pass)', () => {
    expect(TEXTS.length).toBeGreaterThan(500);
    const all = gated.flat();
    expect(all.filter((f) => f.startsWith('attribution')).length).toBeGreaterThan(2000);
    // The pattern lists do match in the corpus.
    expect(all.filter((f) => f.includes('attribution/agentless-phrase')).length).toBeGreaterThan(50);
  });

  test('the cue loop finds the same with mayCue forced open', async () => {
    const open = findings(await cueGateOpen());
    expect(differences(gatedAttributions, open)).toEqual([]);
  }, 60_000);

  test('findAgentless finds the same with its word gate forced open', async () => {
    const open = findings(await agentlessGateOpen());
    expect(differences(gatedAttributions, open)).toEqual([]);
  }, 60_000);

  test('findPatterns finds the same as a plain matcher on the engine own pattern lists', async () => {
    const open = findings(await plainPatterns());
    expect(differences(gated, open)).toEqual([]);
  }, 60_000);
});
