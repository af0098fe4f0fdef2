#!/usr/bin/env node
// The `sourcelight` command: runs the CLI bundle that `npm install` (prepare) or `npm run build` produces.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/sourcelight.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('sourcelight: the command line is not built yet. Run `npm run build:cli` in the project folder.\n');
  process.exit(2);
}
await import(entry.href);
