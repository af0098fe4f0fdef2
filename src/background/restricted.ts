/**
 * Which pages the browser will not let an extension read, and the sentence that tells the reader so. Checked
 * twice: on the tab's URL before injecting (when the URL is known), and on the browser's error message when
 * injection fails (the URL is hidden from us on pages activeTab does not cover, e.g. chrome://).
 */
import { strings } from './strings.ts';

const BROWSER_SCHEMES = /^(chrome|chrome-untrusted|chrome-search|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|devtools|view-source|resource|jar|data|blob|javascript):/i;
const STORES = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/addons\.mozilla\.org\//i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
];

/** The reason a URL cannot be read, or undefined when it may be (or when the URL is unknown). */
export function restrictedReason(url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (BROWSER_SCHEMES.test(url)) return strings.restrictedBrowserPage;
  if (STORES.some((store) => store.test(url))) return strings.restrictedStore;
  if (/^file:/i.test(url)) return /\.pdf$/i.test(url) ? strings.restrictedPdf : strings.restrictedFile;
  if (/\.pdf([?#]|$)/i.test(url)) return strings.restrictedPdf;
  return undefined;
}

/** Browser wording (Chromium, then Firefox) for "this page may not be scripted". */
const REFUSALS = [
  /cannot access (a |contents of )|cannot be scripted|extensions gallery|chrome:\/\/|edge:\/\//i,
  /missing host permission|no permission|restricted|cannot access/i,
];

/** Turns an injection failure into a TabView status and a sentence for the reader. */
export function classifyInjectionError(error: unknown, url: string | undefined): { status: 'restricted' | 'error'; message: string } {
  const known = restrictedReason(url);
  if (known) return { status: 'restricted', message: known };
  const text = error instanceof Error ? error.message : String(error);
  if (REFUSALS.some((refusal) => refusal.test(text))) return { status: 'restricted', message: strings.restrictedUnknown };
  return { status: 'error', message: strings.injectionFailed(text) };
}
