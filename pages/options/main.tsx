/** The settings page's entry point (bundled to options.js): settings in storage.local, sites from the background. */
import { loadSettings, saveSettings } from '../../src/settings/index.ts';
import { downloadFile } from '../shared/download.ts';
import { mountPage } from '../shared/mount.tsx';
import { OptionsPage } from './OptionsPage.tsx';
import { extensionSites } from './sites.ts';
import { createOptionsStore } from './store.ts';

const store = createOptionsStore({
  load: () => loadSettings(),
  save: (settings) => saveSettings(settings),
  sites: extensionSites(),
  download: (content, type, name) => downloadFile(content, type, name),
});
mountPage(<OptionsPage store={store} />, 'options_pageTitle');
void store.start();
