/** `npm run build [cli|extension]`: builds the CLI and the extension (both when no target is named). */
import { buildCli } from './build-cli.ts';

const target = process.argv[2] ?? 'all';
if (target === 'cli' || target === 'all') await buildCli();
if (target === 'extension' || target === 'all') {
  const { buildExtension } = await import('./build-extension.ts');
  await buildExtension();
}
