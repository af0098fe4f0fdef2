/**
 * Saves a file from the popup without the `downloads` permission: an object URL and a click on an
 * <a download> in the popup's own document. The URL comes from the background when it can make one (see
 * src/background/download-url.ts: in Firefox, a URL the popup made would die with the popup, which the save
 * dialog or the downloads panel closes); otherwise the popup makes it and revokes it a while later, never at
 * once (Firefox reads the URL after the click returns, and a URL revoked at once saves nothing).
 */

/** How long the popup keeps a URL it made itself. */
export const OWN_URL_LIFETIME_MS = 60_000;

/** Asks the background for a URL for the content; null when it cannot make one. */
export type BackgroundUrl = (content: string, type: string) => Promise<string | null>;

/** Saves files; remembers when the background cannot make URLs so later saves skip the question. */
export function createDownloader(
  backgroundUrl: BackgroundUrl,
  doc: Document = document,
  url: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'> = URL,
  setTimer: typeof setTimeout = setTimeout,
) {
  let backgroundCan = true;

  async function urlFor(content: string, type: string): Promise<string> {
    if (backgroundCan) {
      const made = await backgroundUrl(content, type).catch(() => null);
      if (made) return made;
      backgroundCan = false;
    }
    const own = url.createObjectURL(new Blob([content], { type }));
    setTimer(() => url.revokeObjectURL(own), OWN_URL_LIFETIME_MS);
    return own;
  }

  /** Starts the download of `content` as a file called `name`. */
  return async function download(content: string, type: string, name: string): Promise<void> {
    const link = doc.createElement('a');
    link.href = await urlFor(content, type);
    link.download = name;
    link.hidden = true;
    doc.body.append(link);
    link.click();
    link.remove();
  };
}

/** Starts a download: content, MIME type, file name. */
export type Download = ReturnType<typeof createDownloader>;
