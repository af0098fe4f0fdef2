/** The exporters' public surface, used by the CLI and the popup: four formats, file names, loading back. */
export { anchorAnnotations } from './anchor.ts';
export { toCsv } from './csv.ts';
export { exportFileName } from './file-name.ts';
export { toHtml } from './html.ts';
export { toJsonLd } from './jsonld.ts';
export { parseJsonLdReport } from './jsonld-parse.ts';
export { toMarkdown } from './markdown.ts';
export type * from './types.ts';
