/** The result: score, breakdown, family filters, grouped findings and the page settings. */
import type { Report } from '../../src/engine/types.ts';
import { applyDismissals, dismissalKeys } from '../../src/messaging/dismissals.ts';
import type { TabView } from '../../src/messaging/protocol.ts';
import { shownFindings } from '../../src/settings/apply.ts';
import { groupByFamily } from '../model/families.ts';
import type { PopupHost } from '../host.ts';
import type { PopupStore } from '../state/store.ts';
import { strings } from '../strings.ts';
import { Breakdown } from './Breakdown.tsx';
import { Controls } from './Controls.tsx';
import { DismissedNote } from './DismissedNote.tsx';
import { Filters } from './Filters.tsx';
import { FindingList } from './FindingList.tsx';
import { LoadedBanner } from './LoadedBanner.tsx';
import { ReportActions } from './ReportActions.tsx';
import { ScoreHeader } from './ScoreHeader.tsx';
import { SettingsNote } from './SettingsNote.tsx';

/** Notes the engine left about the input, e.g. that it does not look like English. */
function Warnings({ warnings }: { warnings?: string[] }) {
  if (!warnings?.length) return null;
  return (
    <section class="warnings" aria-labelledby="warnings-heading">
      <h2 id="warnings-heading">{strings.warnings.heading}</h2>
      <ul>
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </section>
  );
}

/** Props: the tab's view and its report, the store, and where the popup runs. */
interface ResultScreenProps {
  view: TabView;
  report: Report;
  store: PopupStore;
  host: PopupHost;
}

/**
 * Everything the popup shows once a page is analysed (or a report loaded onto it). The view carries the analysed
 * text: each finding shows its real sentence, and the exports are made from it. The score leaves out what the
 * reader dismissed on this page; the lists also leave out what their settings hide (the score does not).
 */
export function ResultScreen({ view, report: analysed, store, host }: ResultScreenProps) {
  const { report, dismissed } = applyDismissals(analysed, view.dismissed);
  const keys = dismissalKeys(analysed.findings);
  const listed = shownFindings(report.findings, store.settings.value);
  const groups = groupByFamily(listed);
  return (
    <div class="result">
      {view.loaded && <LoadedBanner loaded={view.loaded} onAnalyse={() => store.analyse('article')} />}
      <ScoreHeader report={report} />
      <DismissedNote
        dismissed={dismissed.map((d) => ({ ...d, key: keys.get(d.finding.id) ?? d.finding.id }))}
        onUndo={store.undoDismissals}
      />
      <ReportActions store={store} host={host} />
      <Breakdown components={report.score.components} />
      <Warnings warnings={report.warnings} />
      <Filters
        groups={groups}
        shown={view.families}
        onChange={store.setFamilies}
        highlightsVisible={view.highlightsVisible}
        onHighlights={store.setHighlightsVisible}
      />
      <SettingsNote hidden={report.findings.length - listed.length} />
      <FindingList
        groups={groups}
        shown={view.families}
        allFindings={report.findings}
        text={view.text}
        onReveal={store.reveal}
        onDismiss={store.dismiss}
      />
      <Controls automation={store.automation.value} onAutomation={store.toggleAutomation} onTurnOff={store.turnOff} />
    </div>
  );
}
