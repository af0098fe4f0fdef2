/** The sample news page analysed as the toolbar button does, with its popup open in a tab and showing a score. */
import { SAMPLE_PAGE } from './pages.ts';
import type { TestServer } from './server.ts';
import type { ExtensionBrowser, TestPage } from './types.ts';
import { waitFor } from './wait.ts';
import type { TabView } from '../../../src/messaging/protocol.ts';

/** The analysed article page, the analysis the popup reads, and the popup (popup.html?tabId=N, 420×900). */
export interface SamplePopup {
  article: TestPage;
  view: TabView;
  popup: TestPage;
}

/** Opens the sample at `viewport`, analyses it and opens its popup; resolves once the popup shows a score. */
export async function openSamplePopup(
  browser: ExtensionBrowser,
  server: TestServer,
  viewport: { width: number; height: number },
): Promise<SamplePopup> {
  const article = await browser.openPage(server.url(SAMPLE_PAGE), { viewport });
  const view = await browser.analyse(article);
  const popup = await browser.openExtensionPage(`popup.html?tabId=${article.tabId}`, {
    viewport: { width: 420, height: 900 },
  });
  await waitFor(
    () => popup.evaluate(() => document.querySelector('.score-value')?.textContent ?? '', undefined),
    (v) => /^\d+$/.test(v),
    'the popup shows no score',
    30_000,
  );
  return { article, view, popup };
}
