import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { cacheDir, readCodeCache, writeCodeCache } from '../../src/cli/code-cache.ts';
import { type BuiltCli, buildTestCli } from './helpers/cli-process.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const scratch = mkdtempSync(join(tmpdir(), 'sourcelight-code-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('where the cache goes', () => {
  test.each([
    ['SOURCELIGHT_CACHE_DIR first', { SOURCELIGHT_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x' }, 'linux', '/c'],
    ['an empty SOURCELIGHT_CACHE_DIR turns it off', { SOURCELIGHT_CACHE_DIR: '' }, 'linux', undefined],
    ['XDG_CACHE_HOME on Linux', { XDG_CACHE_HOME: '/x' }, 'linux', join('/x', 'sourcelight')],
    ['LOCALAPPDATA on Windows', { LOCALAPPDATA: 'C:\\L' }, 'win32', join('C:\\L', 'sourcelight')],
  ] as const)('%s', (_name, env, platform, expected) => {
    expect(cacheDir(env, platform)).toBe(expected);
  });
});

describe('cache files', () => {
  test('what is written is read back; a damaged or short file reads as no cache', () => {
    const data = Buffer.from('bytecode, as far as this test is concerned');
    writeCodeCache(scratch, 'cli-a-node-x64-default.v8cache', data);
    const path = join(scratch, 'cli-a-node-x64-default.v8cache');
    expect(readCodeCache(path)).toEqual(data);
    const damaged = readFileSync(path);
    damaged[damaged.length - 1] ^= 1;
    writeFileSync(path, damaged);
    expect(readCodeCache(path)).toBeUndefined();
    writeFileSync(path, damaged.subarray(0, 10));
    expect(readCodeCache(path)).toBeUndefined();
    expect(readCodeCache(join(scratch, 'missing.v8cache'))).toBeUndefined();
  });
  test("a new cache removes older versions' caches and keeps its own variants and other files", () => {
    const dir = join(scratch, 'versions');
    writeCodeCache(dir, 'cli-old-node-x64-default.v8cache', Buffer.from('old'));
    writeCodeCache(dir, 'cli-new-node-x64-analyze.v8cache', Buffer.from('new analyze'));
    writeFileSync(join(dir, 'notes.txt'), 'not ours');
    writeCodeCache(dir, 'cli-new-node-x64-default.v8cache', Buffer.from('new default'));
    expect(readdirSync(dir).sort()).toEqual([
      'cli-new-node-x64-analyze.v8cache',
      'cli-new-node-x64-default.v8cache',
      'notes.txt',
    ]);
  });
  test('a folder that cannot be made is skipped silently', () => {
    writeFileSync(join(scratch, 'a-file'), '');
    expect(() => writeCodeCache(join(scratch, 'a-file', 'below'), 'cli-x.v8cache', Buffer.from('x'))).not.toThrow();
  });
});

describe('the built command uses it', () => {
  let cli: BuiltCli;
  beforeAll(async () => {
    cli = await buildTestCli('code-cache');
  });
  afterAll(async () => {
    await cli.remove();
  });
  const cacheFile = (variant: string) => {
    const name = readdirSync(cli.cacheDir).find((f) => f.endsWith(`-${variant}.v8cache`));
    if (!name) throw new Error(`no ${variant} cache in ${cli.cacheDir}`);
    return join(cli.cacheDir, name);
  };

  test('written by the first run, used as it is by the next, rewritten when damaged or refused by V8', async () => {
    const version = await cli.run(['--version']);
    expect(version).toMatchObject({ code: 0, stderr: '' });
    const path = cacheFile('default');
    const written = readFileSync(path);
    const mtime = statSync(path).mtimeMs;
    expect(await cli.run(['--version'])).toEqual(version);
    expect(statSync(path).mtimeMs).toBe(mtime);
    // A damaged file: its digest no longer matches.
    const damaged = Buffer.from(written);
    damaged[damaged.length >> 1] ^= 0xff;
    writeFileSync(path, damaged);
    expect(await cli.run(['--version'])).toEqual(version);
    expect(readCodeCache(path)).toBeDefined();
    // A whole file V8 refuses (not its code at all).
    writeCodeCache(cli.cacheDir, path.slice(cli.cacheDir.length + 1), Buffer.alloc(4096, 7));
    expect(await cli.run(['--version'])).toEqual(version);
    expect(readCodeCache(path)?.equals(Buffer.alloc(4096, 7))).toBe(false);
  });

  test('analyze has a cache of its own (it runs under other V8 flags), and the report is the same with it', async () => {
    const args = ['analyze', '-', '-f', 'json'];
    const input = 'The minister said the plan would cut costs, according to officials.';
    const first = await cli.run(args, { input });
    expect(first.code).toBe(0);
    expect(cacheFile('analyze')).toMatch(/analyze\.v8cache$/);
    expect(await cli.run(args, { input })).toEqual(first);
    expect(await cli.run(args, { input, env: { SOURCELIGHT_CACHE_DIR: '' } })).toEqual(first);
  });
});
