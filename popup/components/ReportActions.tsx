/** The report's actions under the score: Export (four formats), Copy as Markdown, Load report, and how they went. */
import type { PopupHost } from '../host.ts';
import type { PopupStore } from '../state/store.ts';
import { strings } from '../strings.ts';
import { ExportMenu } from './ExportMenu.tsx';
import { LoadReportButton } from './LoadReportButton.tsx';

/** Props: the store and where the popup runs; `canExport` is false where there is no report to export. */
interface ReportActionsProps {
  store: PopupStore;
  host: PopupHost;
  canExport?: boolean;
}

/** The actions row and its status line (a polite live region: "Copied", "Downloading …"). */
export function ReportActions({ store, host, canExport = true }: ReportActionsProps) {
  const { reports } = store;
  return (
    <section class="report-actions" aria-labelledby="report-actions-heading">
      <h2 id="report-actions-heading" class="visually-hidden">
        {strings.exports.heading}
      </h2>
      <div class="action-row">
        {canExport && <ExportMenu onExport={reports.exportAs} />}
        {canExport && (
          // copyMarkdown runs straight in the click: browsers allow clipboard writes only during one.
          <button type="button" class="secondary copy-button" onClick={reports.copyMarkdown}>
            {strings.exports.copy}
          </button>
        )}
        <LoadReportButton
          host={host}
          tabId={store.tabId.value}
          busy={reports.loading.value}
          onFile={reports.loadFile}
        />
      </div>
      <p id="load-hint" class={host.openedToLoad ? 'action-hint' : 'visually-hidden'}>
        {host.openedToLoad ? strings.load.inTab : strings.load.hint}
      </p>
      <p class="action-status" role="status">
        {reports.status.value}
      </p>
    </section>
  );
}
