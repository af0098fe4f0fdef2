/** Saving the comparison for a teacher, as Markdown or CSV (src/teach), made on the reader's machine. */
import { useState } from 'preact/hooks';
import { t } from '../../src/i18n/index.ts';
import { exportFileName } from '../../src/report/file-name.ts';
import { teachCsv } from '../../src/teach/csv.ts';
import { type TeachExport, teachMarkdown } from '../../src/teach/markdown.ts';
import type { TeachWork } from '../../src/teach/saved.ts';
import type { TeachResult } from '../../src/teach/types.ts';
import type { TeachStore } from './store.ts';

/** Props: the work and its comparison, and the store's download, glossary address and clock. */
interface TeachExportsProps {
  work: TeachWork;
  result: TeachResult;
  exporting: TeachStore['exporting'];
}

/** The export buttons. */
export function TeachExports({ work, result, exporting }: TeachExportsProps) {
  const { download, glossaryBase, now } = exporting;
  const [problem, setProblem] = useState<string | null>(null);
  const input: TeachExport = { text: work.text, result, glossaryBase, ...(work.title ? { title: work.title } : {}) };
  const save = (format: 'md' | 'csv') => {
    const at = now();
    const name = exportFileName({ title: `${t('teach_fileName')} ${work.title ?? ''}` }, format, at);
    try {
      if (format === 'md') download(teachMarkdown(input, at), 'text/markdown;charset=utf-8', name);
      else download(teachCsv(input), 'text/csv;charset=utf-8', name);
      setProblem(null);
    } catch (error) {
      setProblem(t('pages_export_failed', error instanceof Error ? error.message : String(error)));
    }
  };
  return (
    <section class="exports" aria-labelledby="teach-exports-heading">
      <h3 id="teach-exports-heading">{t('teach_exportHeading')}</h3>
      <p class="help">{t('teach_exportHelp')}</p>
      <div class="export-list">
        <button type="button" class="secondary" onClick={() => save('md')}>
          {t('pages_export_markdown')}
        </button>
        <button type="button" class="secondary" onClick={() => save('csv')}>
          {t('pages_export_csv')}
        </button>
      </div>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
