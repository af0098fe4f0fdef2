/**
 * The settings page's state. Every change is validated and saved at once (there is no Save button to
 * forget); what validation had to repair on loading, or on importing a file, is kept as notices to show.
 */
import { signal } from '@preact/signals';
import { t } from '../../src/i18n/index.ts';
import type { Result } from '../../src/messaging/protocol.ts';
import {
  defaultSettings,
  type ImportProblem,
  type Settings,
  type SettingsNotice,
  settingsFromJson,
  settingsToJson,
  type Validated,
} from '../../src/settings/index.ts';
import type { SitesClient } from './sites.ts';

/** What the store needs from around it. */
export interface OptionsDeps {
  load(): Promise<Validated>;
  save(settings: Settings): Promise<Validated>;
  sites: SitesClient;
  download(content: string, type: string, name: string): void;
  now?: () => Date;
}

/** Creates the page's state and actions. */
export function createOptionsStore(deps: OptionsDeps) {
  const settings = signal<Settings>(defaultSettings());
  const loaded = signal(false);
  const notices = signal<SettingsNotice[]>([]);
  const saved = signal<'idle' | 'saved' | 'failed'>('idle');
  const importProblem = signal<ImportProblem | null>(null);
  const sites = signal<string[] | null>(null);
  const sitesError = signal<string | null>(null);

  const persist = async (next: Settings) => {
    settings.value = next;
    try {
      settings.value = (await deps.save(next)).settings;
      saved.value = 'saved';
    } catch {
      saved.value = 'failed';
    }
  };

  /** Shows a refused add or remove (the background's own sentence); true when it worked. */
  const settle = (result: Result<unknown>) => {
    sitesError.value = result.ok ? null : result.error;
    return result.ok;
  };

  const listSites = async () => {
    const listed = await deps.sites.list();
    if (listed.ok) sites.value = listed.value;
    sitesError.value = listed.ok ? null : t('options_sites_listFailed', listed.error);
  };

  const store = {
    settings,
    loaded,
    notices,
    saved,
    importProblem,
    sites,
    sitesError,
    async start() {
      const [validated] = await Promise.all([deps.load(), listSites()]);
      settings.value = validated.settings;
      notices.value = validated.notices;
      loaded.value = true;
    },
    /** Applies a change to the settings and saves it. */
    update(change: (current: Settings) => Settings) {
      return persist(change(settings.value));
    },
    dismissNotices() {
      notices.value = [];
    },
    exportSettings() {
      const now = (deps.now ?? (() => new Date()))();
      deps.download(settingsToJson(settings.value, now), 'application/json', 'sourcelight-settings.json');
    },
    async importSettings(text: string) {
      const read = settingsFromJson(text);
      importProblem.value = read.ok ? null : read.problem;
      if (!read.ok) return;
      notices.value = read.value.notices;
      await persist(read.value.settings);
    },
    reset() {
      notices.value = [];
      return persist(defaultSettings());
    },
    /** Must be called straight from the click: the permission prompt needs the reader's gesture. */
    async addSite(origin: string) {
      if (settle(await deps.sites.add(origin))) await listSites();
    },
    async removeSite(origin: string) {
      if (settle(await deps.sites.remove(origin))) await listSites();
    },
  };
  return store;
}

/** The settings page's store. */
export type OptionsStore = ReturnType<typeof createOptionsStore>;
