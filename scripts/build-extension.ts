/** Builds the extension into dist/chrome and dist/firefox. (Placeholder until the extension issue.) */

/** Builds both browser targets. */
export async function buildExtension(): Promise<void> {
  throw new Error('The extension build is not written yet.');
}
