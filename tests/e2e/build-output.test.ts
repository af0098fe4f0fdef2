/** The built extension: what each target's manifest says, that every file it names exists, no test tracing, web-ext lint. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTarget, type ExtensionTarget, manifestFor } from '../../scripts/build-extension.ts';
import { TRACE_PREFIX } from '../../src/platform/trace.ts';
import { ROOT } from './harness/build.ts';

const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));

describe('manifestFor', () => {
  test.each<[ExtensionTarget, string[], string[]]>([
    ['chrome', ['background.service_worker', 'minimum_chrome_version'], ['background.scripts', 'browser_specific_settings', 'host_permissions']],
    ['firefox', ['background.scripts', 'browser_specific_settings.gecko.id'], ['background.service_worker', 'minimum_chrome_version', 'host_permissions']],
    ['chrome-test', ['background.service_worker', 'host_permissions'], ['background.scripts']],
    ['firefox-test', ['background.scripts', 'host_permissions'], ['background.service_worker']],
  ])('%s has %j and not %j', (target, present, absent) => {
    const manifest = manifestFor(target, source, '9.9.9');
    const get = (path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], manifest);
    for (const key of present) expect(get(key), key).toBeDefined();
    for (const key of absent) expect(get(key), key).toBeUndefined();
    expect(manifest.version).toBe('9.9.9');
  });

  test("the shipped manifest asks for no host permission, only the opt-in ones, and lets its pages reach only the extension's own files", () => {
    expect(source.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus']);
    expect(source.host_permissions).toBeUndefined();
    expect(source.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    // 'self' is the extension's own packaged files (the background reads the model's lexicon): no network.
    const connect = (source.content_security_policy.extension_pages as string).split(';').map((d) => d.trim()).filter((d) => d.startsWith('connect-src'));
    expect(connect).toEqual(["connect-src 'self'"]);
    expect(source.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  test('the test variant may read only the local test server', () => {
    expect(manifestFor('chrome-test', source, '1').host_permissions).toEqual(['http://127.0.0.1/*']);
  });
});

describe('the built targets', () => {
  const out = mkdtempSync(join(tmpdir(), 'sourcelight-build-'));
  beforeAll(async () => {
    await Promise.all((['chrome', 'firefox'] as const).map((t) => buildTarget(t, out)));
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test.each(['chrome', 'firefox'])('%s: every file the manifest names exists, with the content scripts and licences', (target) => {
    const dir = join(out, target);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const named = [
      ...(manifest.background.scripts ?? [manifest.background.service_worker]),
      manifest.action.default_popup,
      ...Object.values(manifest.icons),
      'content.js',
      'content-auto.js',
      'popup.js',
      'popup.css',
      'THIRD-PARTY-NOTICES.txt',
    ];
    for (const file of named) expect(existsSync(join(dir, file as string)), file as string).toBe(true);
    expect(readFileSync(join(dir, 'THIRD-PARTY-NOTICES.txt'), 'utf8')).toContain('@mozilla/readability');
  });

  test.each(['chrome', 'firefox'])("%s: the engine's scripts leave the model's lexicon and lexemes to its own file of bytes", (target) => {
    const dir = join(out, target);
    for (const script of ['engine.js', 'engine-worker.js']) expect(readFileSync(join(dir, script)).length, script).toBeLessThan(2_500_000);
    expect(readFileSync(join(dir, 'wink-model.bin')).length).toBeGreaterThan(1_000_000);
  });

  test.each(['chrome', 'firefox'])('%s: the shipped scripts keep no step tracing (only the test builds log steps)', (target) => {
    const dir = join(out, target);
    for (const script of readdirSync(dir).filter((f) => f.endsWith('.js')))
      expect(readFileSync(join(dir, script), 'utf8').includes(TRACE_PREFIX), script).toBe(false);
  });

  test('the content script stays small (Readability and the engine run in the background)', () => {
    expect(readFileSync(join(out, 'chrome/content.js')).length).toBeLessThan(80_000);
    expect(readFileSync(join(out, 'chrome/content-auto.js')).length).toBeLessThan(1_000);
  });

  // The content script is compiled whole at every injection: the polyfill was a quarter of it (src/platform/content-api.ts).
  test.each(['chrome', 'firefox'])('%s: the content script carries no webextension-polyfill (the background does)', (target) => {
    const polyfillMessage = 'This script should only be loaded in a browser extension';
    expect(readFileSync(join(out, target, 'content.js'), 'utf8')).not.toContain(polyfillMessage);
    expect(readFileSync(join(out, target, 'background.js'), 'utf8')).toContain(polyfillMessage);
  });

  test('web-ext lint reports no errors for the Firefox build', async () => {
    const { stdout } = await promisify(execFile)('npx', ['web-ext', 'lint', '--source-dir', join(out, 'firefox'), '--output', 'json', '--no-config-discovery'], {
      cwd: ROOT,
      maxBuffer: 10_000_000,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
    expect(report.errors).toEqual([]);
  }, 120_000);
});
