// Types for Readability's cheap "does this look like an article?" check, imported on its own so the
// content script does not carry Readability itself (which runs in the background).
declare module '@mozilla/readability/Readability-readerable.js' {
  /** Whether the document probably holds an article, judged from its paragraphs without parsing it. */
  export default function isProbablyReaderable(document: Document, options?: { minContentLength?: number; minScore?: number }): boolean;
}
