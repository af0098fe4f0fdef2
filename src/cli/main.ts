/** The `sourcelight` command line. (Placeholder until implemented.) */
import { readFileSync } from 'node:fs';
import { analyze } from '../engine/analyze.ts';

const file = process.argv[3];
const report = analyze(readFileSync(file ?? 0, 'utf8'));
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
