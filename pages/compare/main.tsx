/** The compare page's entry point (bundled to compare.js): the engine worker, the highlighter, the background's tabs. */
import type { BackgroundCalls, PagesCalls } from '../../src/messaging/protocol.ts';
import { makeCaller } from '../../src/messaging/transport.ts';
import { extensionApi } from '../../src/platform/extension-api.ts';
import { loadSettings } from '../../src/settings/index.ts';
import { workerEngine } from '../shared/engine-client.ts';
import { readerOptions } from '../shared/reader-options.ts';
import { PageHighlighter } from '../shared/highlighter.ts';
import { mountPage } from '../shared/mount.tsx';
import { ComparePage } from './ComparePage.tsx';
import { createCompareStore } from './store.ts';
import { analysedTabs } from './tabs.ts';

const send = (message: unknown) => extensionApi().runtime.send(message);
const source = {
  background: makeCaller<BackgroundCalls>('background', send),
  pages: makeCaller<PagesCalls>('background', send),
};
const store = createCompareStore({
  engine: workerEngine(undefined, readerOptions()),
  highlighter: new PageHighlighter(document),
  settings: loadSettings(),
  listTabs: () => analysedTabs(source),
});
mountPage(<ComparePage store={store} />, 'compare_pageTitle');
void store.refreshTabs();
