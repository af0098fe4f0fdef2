/** What the page shows while a file is read or the engine runs: the step, a progress bar and Cancel. */
import { type MessageKey, t } from '../../src/i18n/index.ts';
import type { AnalyseStore, Stage } from './store.ts';

const STAGE_TEXT: Record<Stage, MessageKey> = {
  reading: 'analyse_stage_reading',
  'loading-model': 'analyse_stage_loadingModel',
  analysing: 'analyse_stage_analysing',
  drawing: 'analyse_stage_drawing',
};

/** The progress of the current step. */
export function Working({ store }: { store: AnalyseStore }) {
  const stage = store.stage.value;
  return (
    <section class="working" aria-labelledby="working-heading" aria-busy="true">
      <h2 id="working-heading">{t(STAGE_TEXT[stage])}</h2>
      {/* The engine gives no percentage: an indeterminate bar says "busy" without inventing one. */}
      <progress aria-labelledby="working-heading" />
      <p class="help">{t('analyse_workingHelp')}</p>
      {stage !== 'reading' && (
        <button type="button" class="secondary" onClick={store.cancel}>
          {t('analyse_cancel')}
        </button>
      )}
    </section>
  );
}
