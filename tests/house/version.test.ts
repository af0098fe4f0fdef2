/** The engine reports the version package.json publishes. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/version.ts';

test('ENGINE_VERSION equals package.json version', () => {
  const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
  expect(ENGINE_VERSION).toBe(pkg.version);
});
