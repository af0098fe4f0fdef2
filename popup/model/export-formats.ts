/**
 * The four export formats as the popup offers them: the order of the menu, each format's MIME type, and the
 * exporter that writes it. The exporters are the pure functions of src/report, the same the command line uses,
 * so a file saved from the popup is the file `sourcelight analyze --format` writes.
 */
import { applyDismissals } from '../../src/messaging/dismissals.ts';
import type { TabView } from '../../src/messaging/protocol.ts';
import { toCsv, toHtml, toJsonLd, toMarkdown } from '../../src/report/index.ts';
import type { ExportFormat, ExportInput } from '../../src/report/types.ts';

/** The formats in menu order: the one that can be loaded back first. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonld', 'md', 'html', 'csv'];

/** The type each file is saved with (UTF-8 throughout: the exporters write Unicode text). */
export const MIME_TYPES: Record<ExportFormat, string> = {
  jsonld: 'application/ld+json;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
};

/** Writes one format; `now` is the date written into the file. */
export function renderExport(format: ExportFormat, input: ExportInput, now: Date): string {
  switch (format) {
    case 'jsonld':
      return toJsonLd(input, now);
    case 'md':
      return toMarkdown(input, now);
    case 'html':
      return toHtml(input, now);
    case 'csv':
      return toCsv(input);
  }
}

/**
 * What the exporters need from a tab's view: the report scored without the findings the reader dismissed, and
 * those listed apart with their reasons. Undefined when the view has no report or not the text it was made from.
 */
export function exportInput(view: TabView | null): ExportInput | undefined {
  if (!view?.report || typeof view.text !== 'string') return undefined;
  const { report, dismissed } = applyDismissals(view.report, view.dismissed);
  return { report, text: view.text, meta: view.page ?? {}, ...(dismissed.length > 0 ? { dismissed } : {}) };
}
