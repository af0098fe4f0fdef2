/** Saves a string as a file the reader downloads, from an extension page (no network, no permission needed). */

/** Offers `content` as a download named `name`; the object URL is released once the browser has taken it. */
export function downloadFile(content: string, type: string, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Firefox; a minute is ample for the browser to read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads a file the reader picked or dropped as text (UTF-8). */
export function readFileText(file: Blob): Promise<string> {
  return file.text();
}
