/** Which of the project's files the wording check reads: everything written by the project, as text. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './shared-wording.ts';

const FOLDERS = ['src', 'tests', 'scripts', 'docs', 'pages', 'popup', '_locales', 'samples'];
const ENDINGS = ['.ts', '.tsx', '.md', '.json', '.html', '.txt', '.css'];

/**
 * The project's own text files. Golden reports are left out: they are the engine's output on the project's
 * own sample, and checking the sample's text once is enough.
 */
export function projectTextFiles(root: string): string[] {
  const files = FOLDERS.map((f) => join(root, f))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => filesUnder(dir, ENDINGS))
    .filter((file) => !file.includes(join('tests', 'fixtures', 'report')));
  return [...files, join(root, 'README.md')];
}
