/** The part of the reader's settings the engine takes: their own loaded terms and the names they trust. */
import type { AnalyzeOptions } from '../engine/types.ts';
import type { Settings } from './schema.ts';
import { loadSettings } from './storage.ts';

/** The engine options of some settings (empty lists are left out, so an untouched setup analyses as before). */
export function engineOptionsOf(settings: Settings): Pick<AnalyzeOptions, 'customTerms' | 'trustedSources'> {
  return {
    ...(settings.customTerms.length > 0 ? { customTerms: settings.customTerms } : {}),
    ...(settings.trustedSources.length > 0 ? { trustedSources: settings.trustedSources } : {}),
  };
}

/** The engine options of the stored settings; none when storage cannot be read (outside an extension, in tests). */
export async function storedEngineOptions(load: () => ReturnType<typeof loadSettings> = loadSettings) {
  try {
    return engineOptionsOf((await load()).settings);
  } catch {
    return {};
  }
}
