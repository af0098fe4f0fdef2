/** Settings from storage or a file are checked field by field: sound fields kept, damaged ones replaced and reported. */
import { describe, expect, test } from 'vitest';
import {
  checkCustomTerm,
  checkSourceName,
  defaultSettings,
  LIMITS,
  type Settings,
  SETTINGS_VERSION,
  validateSettings,
} from '../../src/settings/index.ts';

/** Valid settings that differ from the defaults in every field. */
function custom(): Settings {
  return {
    version: SETTINGS_VERSION,
    families: { unsourced: true, 'weak-source': false, rhetoric: true, sourced: false },
    techniques: { ...defaultSettings().techniques, hedge: false, figurative: false },
    sensitivity: 'confident',
    customTerms: [
      { term: 'war on motorists', technique: 'loaded-language', explanation: 'Frames a road policy as an attack.' },
    ],
    trustedSources: ['The Valley Courier'],
  };
}

describe('keeps', () => {
  test('valid settings exactly, with no notice', () => {
    expect(validateSettings(custom())).toEqual({ settings: custom(), notices: [] });
  });

  test('the defaults, with no notice', () => {
    expect(validateSettings(defaultSettings())).toEqual({ settings: defaultSettings(), notices: [] });
  });

  test('a JSON round trip', () => {
    expect(validateSettings(JSON.parse(JSON.stringify(custom()))).settings).toEqual(custom());
  });
});

describe('replaces what is damaged, field by field', () => {
  test.each<[string, (s: Record<string, unknown>) => void, Partial<Settings>, unknown[]]>([
    [
      'families not an object',
      (s) => (s.families = 'all'),
      { families: defaultSettings().families },
      [{ kind: 'field-reset', field: 'families' }],
    ],
    [
      'one family not a boolean',
      (s) => (s.families = { ...custom().families, sourced: 'no' }),
      { families: { ...custom().families, sourced: true } },
      [],
    ],
    [
      'techniques null',
      (s) => (s.techniques = null),
      { techniques: defaultSettings().techniques },
      [{ kind: 'field-reset', field: 'techniques' }],
    ],
    [
      'an unknown sensitivity',
      (s) => (s.sensitivity = 'paranoid'),
      { sensitivity: 'all' },
      [{ kind: 'field-reset', field: 'sensitivity' }],
    ],
    [
      'custom terms not a list',
      (s) => (s.customTerms = {}),
      { customTerms: [] },
      [{ kind: 'field-reset', field: 'customTerms' }],
    ],
    [
      'a custom term with an unknown technique',
      (s) => (s.customTerms = [...custom().customTerms, { term: 'x', technique: 'spin', explanation: 'y' }]),
      {},
      [{ kind: 'entries-dropped', field: 'customTerms', count: 1 }],
    ],
    [
      'a trusted source that is not text, and a duplicate',
      (s) => (s.trustedSources = ['The Valley Courier', 42, 'the valley  courier']),
      {},
      [{ kind: 'entries-dropped', field: 'trustedSources', count: 2 }],
    ],
  ])('%s', (_, damage, changed, notices) => {
    const input = custom() as unknown as Record<string, unknown>;
    damage(input);
    expect(validateSettings(input)).toEqual({ settings: { ...custom(), ...changed }, notices });
  });

  test.each([null, undefined, 42, 'settings', [], [custom()]])('everything, when the value is %j', (value) => {
    expect(validateSettings(value)).toEqual({ settings: defaultSettings(), notices: [{ kind: 'unreadable' }] });
  });
});

describe('other versions', () => {
  test('settings without a version (older) keep what is valid; fields they lack take defaults quietly', () => {
    const { version: _, trustedSources: __, ...older } = custom();
    expect(validateSettings(older)).toEqual({
      settings: { ...custom(), trustedSources: [] },
      notices: [{ kind: 'older-version', version: undefined }],
    });
  });

  test('a newer version keeps what this version understands and drops the rest', () => {
    const newer = { ...custom(), version: SETTINGS_VERSION + 1, colourTheme: 'sepia' };
    expect(validateSettings(newer)).toEqual({
      settings: custom(),
      notices: [{ kind: 'newer-version', version: SETTINGS_VERSION + 1 }],
    });
  });
});

describe('never throws', () => {
  const strange: unknown[] = [
    { families: { toString: 1 }, techniques: [], customTerms: [null, 1, 'x', { term: {} }], trustedSources: [[], {}] },
    Object.create(null),
    {
      customTerms: new Array(LIMITS.customTerms + 50)
        .fill(0)
        .map((_, i) => ({ term: `t${i}`, technique: 'hedge', explanation: 'e' })),
    },
  ];
  test.each(strange.map((s, i) => [i, s]))('strange input %i', (_, input) => {
    const { settings } = validateSettings(input);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.customTerms.length).toBeLessThanOrEqual(LIMITS.customTerms);
  });
});

describe('checkCustomTerm', () => {
  const term = { term: '  war  on motorists ', technique: 'loaded-language', explanation: ' Frames a policy. ' };
  test('accepts and tidies a good term', () => {
    expect(checkCustomTerm(term)).toEqual({
      ok: true,
      value: { term: 'war on motorists', technique: 'loaded-language', explanation: 'Frames a policy.' },
    });
  });
  test.each<[string, object, string]>([
    ['an empty term', { ...term, term: '   ' }, 'empty'],
    ['a term too long', { ...term, term: 'x'.repeat(LIMITS.termLength + 1) }, 'too-long'],
    ['an unknown technique', { ...term, technique: 'spin' }, 'unknown-technique'],
    ['no explanation', { ...term, explanation: '' }, 'no-explanation'],
    [
      'an explanation too long',
      { ...term, explanation: 'x'.repeat(LIMITS.explanationLength + 1) },
      'explanation-too-long',
    ],
  ])('refuses %s', (_, input, problem) => {
    expect(checkCustomTerm(input)).toEqual({ ok: false, problem });
  });
});

describe('checkSourceName', () => {
  test.each<[unknown, unknown]>([
    [' The  Valley Courier ', { ok: true, value: 'The Valley Courier' }],
    ['', { ok: false, problem: 'empty' }],
    [7, { ok: false, problem: 'empty' }],
    ['x'.repeat(LIMITS.sourceNameLength + 1), { ok: false, problem: 'too-long' }],
  ])('%j', (input, expected) => {
    expect(checkSourceName(input)).toEqual(expected);
  });
});
