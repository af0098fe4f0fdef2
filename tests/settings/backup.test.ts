/** Settings files: what export writes, import reads back, and what import refuses. */
import { describe, expect, test } from 'vitest';
import { MAX_IMPORT_BYTES, settingsFromJson, settingsToJson } from '../../src/settings/backup.ts';
import { defaultSettings, type Settings } from '../../src/settings/schema.ts';

const settings: Settings = { ...defaultSettings(), sensitivity: 'confident', trustedSources: ['The Valley Courier'] };
const now = new Date('2026-11-26T10:00:00Z');

describe('settingsToJson', () => {
  test('a marked, dated, readable file that imports back unchanged', () => {
    const json = settingsToJson(settings, now);
    expect(JSON.parse(json)).toMatchObject({ format: 'sourcelight-settings', exportedAt: '2026-11-26T10:00:00.000Z' });
    expect(json).toContain('\n  "settings"');
    expect(settingsFromJson(json)).toEqual({ ok: true, value: { settings, notices: [] } });
  });
});

describe('settingsFromJson refuses', () => {
  test.each<[string, string, string]>([
    ['not JSON', '{ settings: ', 'not-json'],
    ['JSON of something else', '{"name": "sourcelight", "version": "0.1.0"}', 'not-settings'],
    ['a marked file without settings', '{"format": "sourcelight-settings"}', 'not-settings'],
    ['a bare list', '[1, 2]', 'not-settings'],
    ['a file far too large', `"${'x'.repeat(MAX_IMPORT_BYTES)}"`, 'too-large'],
  ])('%s', (_, text, problem) => {
    expect(settingsFromJson(text)).toEqual({ ok: false, problem });
  });
});

test('a marked file with damaged settings imports what it can, with notices', () => {
  const text = JSON.stringify({ format: 'sourcelight-settings', settings: { ...settings, sensitivity: 'max' } });
  expect(settingsFromJson(text)).toEqual({
    ok: true,
    value: { settings: { ...settings, sensitivity: 'all' }, notices: [{ kind: 'field-reset', field: 'sensitivity' }] },
  });
});
