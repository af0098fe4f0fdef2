/**
 * `npx tsx scripts/licence/main.ts [--data DIR]`: lists every place where the project repeats six or more
 * words of the labelled development data, and exits 1 if there is one. The same check runs as a house test.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectTextFiles } from './project-files.ts';
import { dataTexts, SHARED_RUN, sharedWording } from './shared-wording.ts';
import { isStock } from './stock-phrases.ts';

const root = resolve(import.meta.dirname, '../..');
const flag = process.argv.indexOf('--data');
const dataDir = flag >= 0 ? resolve(process.argv[flag + 1] ?? '') : resolve(root, '../shared/data');
if (!existsSync(dataDir)) {
  console.error(`No data folder at ${dataDir}: pass --data DIR.`);
  process.exit(2);
}
const shared = sharedWording(projectTextFiles(root), dataTexts(dataDir), isStock, root);
for (const s of shared) console.log(`${s.file}:${s.line}: "${s.words}"`);
console.error(
  shared.length === 0
    ? `No run of ${SHARED_RUN} words is shared with ${dataDir}.`
    : `${shared.length} runs of ${SHARED_RUN} words are shared with the data: rewrite them in our own words.`,
);
process.exit(shared.length === 0 ? 0 : 1);
