/** Buttons that save the report in each export format (src/report), made here on the reader's machine. */
import { useState } from 'preact/hooks';
import { type MessageKey, t } from '../../src/i18n/index.ts';
import {
  type ExportFormat,
  type ExportInput,
  exportFileName,
  toCsv,
  toHtml,
  toJsonLd,
  toMarkdown,
} from '../../src/report/index.ts';
import { downloadFile } from './download.ts';

/** Each format: its button's message, its MIME type and its exporter. */
const FORMATS: ReadonlyArray<[ExportFormat, MessageKey, string, (input: ExportInput, now: Date) => string]> = [
  ['html', 'pages_export_html', 'text/html', toHtml],
  ['md', 'pages_export_markdown', 'text/markdown', toMarkdown],
  ['csv', 'pages_export_csv', 'text/csv', (input) => toCsv(input)],
  ['jsonld', 'pages_export_jsonld', 'application/ld+json', toJsonLd],
];

/** Props: what to export, and (for tests) the clock and the download. */
interface ExportButtonsProps {
  input: ExportInput;
  now?: () => Date;
  download?: typeof downloadFile;
}

/** The export section. */
export function ExportButtons({ input, now = () => new Date(), download = downloadFile }: ExportButtonsProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const save = (format: ExportFormat, type: string, make: (input: ExportInput, now: Date) => string) => {
    const at = now();
    try {
      download(make(input, at), `${type};charset=utf-8`, exportFileName(input.meta, format, at));
      setProblem(null);
    } catch (error) {
      setProblem(t('pages_export_failed', error instanceof Error ? error.message : String(error)));
    }
  };
  return (
    <section class="exports" aria-labelledby="exports-heading">
      <h2 id="exports-heading">{t('pages_export_heading')}</h2>
      <p class="help">{t('pages_export_help')}</p>
      <ul class="export-list">
        {FORMATS.map(([format, label, type, make]) => (
          <li key={format}>
            <button type="button" class="secondary" onClick={() => save(format, type, make)}>
              {t(label)}
            </button>
          </li>
        ))}
      </ul>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
