/**
 * The reader's engine options (their own loaded terms, the sources they trust) for an extension page's
 * engine: read from the stored settings when the page opens and again whenever the settings page changes
 * them, so the next analysis uses them. Until the settings arrive, and if they cannot be read, the engine
 * runs with none, as it does for a reader who never set any.
 */
import { engineOptionsOf } from '../../src/settings/engine-options.ts';
import { loadSettings, type Validated } from '../../src/settings/index.ts';
import { watchSettings } from '../../src/settings/watch.ts';
import type { ReaderOptions } from './engine-messages.ts';

/** A getter of the reader's current engine options, kept up to date from storage. */
export function readerOptions(
  load: () => Promise<Validated> = loadSettings,
  watch: (onChange: () => void) => unknown = watchSettings,
): () => ReaderOptions {
  let current: ReaderOptions = {};
  const refresh = () => {
    load().then(
      ({ settings }) => {
        current = engineOptionsOf(settings);
      },
      () => undefined,
    );
  };
  refresh();
  watch(refresh);
  return () => current;
}
