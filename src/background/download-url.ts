/**
 * Object URLs for the popup's downloads, made in the background because an object URL dies with the document
 * that made it: Firefox closes the popup (unloading it) as soon as a save dialog or the downloads panel takes
 * the focus, which can be before the download has read the file. Firefox's background is an event page that
 * stays; Chromium's is a service worker without URL.createObjectURL, where the answer is null and the popup
 * makes the URL itself (Chromium keeps a download's data once it has started).
 */

/** How long a URL stays valid: long enough for a save dialog the reader takes their time with. */
export const DOWNLOAD_URL_LIFETIME_MS = 120_000;

/** Makes an object URL for `content`, revoked after a while; null when this context cannot make one. */
export function downloadUrl(
  content: unknown,
  type: unknown,
  url: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'> = URL,
  setTimer: typeof setTimeout = setTimeout,
): string | null {
  if (typeof content !== 'string' || typeof type !== 'string' || typeof url.createObjectURL !== 'function') return null;
  const made = url.createObjectURL(new Blob([content], { type }));
  setTimer(() => url.revokeObjectURL(made), DOWNLOAD_URL_LIFETIME_MS);
  return made;
}
