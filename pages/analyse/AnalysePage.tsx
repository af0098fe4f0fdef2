/** The "Analyse any text" page: write, paste or drop a text, then read it highlighted with its score and findings. */
import { t } from '../../src/i18n/index.ts';
import { PageFrame } from '../shared/PageFrame.tsx';
import { InputForm } from './InputForm.tsx';
import { ResultView } from './ResultView.tsx';
import type { AnalyseStore } from './store.ts';
import { Working } from './Working.tsx';

/** What a screen reader hears when the page's state changes. */
function announcement(store: AnalyseStore): string {
  const result = store.result.value;
  if (store.phase.value === 'working') return t('analyse_announce_working');
  if (store.phase.value === 'result' && result) return t('analyse_announce_result', result.report.score.value);
  return '';
}

/** The whole page. */
export function AnalysePage({ store, highlightsSupported }: { store: AnalyseStore; highlightsSupported: boolean }) {
  const phase = store.phase.value;
  return (
    <PageFrame current="analyse" heading={t('analyse_heading')}>
      <p class="lede">{t('analyse_intro')}</p>
      <p class="visually-hidden" role="status">
        {announcement(store)}
      </p>
      {store.error.value && (
        <p class="error" role="alert">
          {store.error.value}
        </p>
      )}
      {phase === 'editing' && <InputForm store={store} />}
      {phase === 'working' && <Working store={store} />}
      {phase === 'result' && <ResultView store={store} supported={highlightsSupported} />}
    </PageFrame>
  );
}
