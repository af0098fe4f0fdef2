/**
 * The analysed text with its highlights beside the popup's own result panel (score, breakdown, family filters,
 * findings), so a pasted text reads exactly like a news page does; and the exports below.
 */
import { Breakdown } from '../../popup/components/Breakdown.tsx';
import { Filters } from '../../popup/components/Filters.tsx';
import { FindingList } from '../../popup/components/FindingList.tsx';
import { ScoreHeader } from '../../popup/components/ScoreHeader.tsx';
import { groupByFamily } from '../../popup/model/families.ts';
import { plural, t } from '../../src/i18n/index.ts';
import { ArticleText } from '../shared/ArticleText.tsx';
import { ExportButtons } from '../shared/ExportButtons.tsx';
import type { AnalyseStore } from './store.ts';

/** Notes under the filters: findings the settings hide, and highlights this browser cannot draw. */
function Notes({ store, supported }: { store: AnalyseStore; supported: boolean }) {
  const hidden = store.hiddenCount.value;
  return (
    <>
      {hidden > 0 && (
        <p class="help">
          {plural('analyse_hiddenBySettings', hidden)} <a href="options.html">{t('analyse_changeSettings')}</a>
        </p>
      )}
      {!supported && <p class="help">{t('analyse_noHighlights')}</p>}
    </>
  );
}

/** The result of one analysis. */
export function ResultView({ store, supported }: { store: AnalyseStore; supported: boolean }) {
  const result = store.result.value;
  if (!result) return null;
  const { text, report, meta } = result;
  const groups = groupByFamily(store.shown.value);
  return (
    <div class="columns">
      <section class="text-column" aria-labelledby="text-heading">
        <div class="text-head">
          <h2 id="text-heading">{meta.title ?? t('analyse_yourText')}</h2>
          <button type="button" class="secondary" onClick={store.edit}>
            {t('analyse_edit')}
          </button>
        </div>
        {store.drawing.value && (
          <p class="drawing">
            <label for="draw-progress">{t('analyse_stage_drawing')}</label>{' '}
            <progress id="draw-progress" max={1} value={store.drawShare.value} />
          </p>
        )}
        <ArticleText text={text} label={t('analyse_textRegion')} onMap={(map) => void store.drawOn(map)} />
      </section>
      <aside class="panel" aria-label={t('analyse_panelLabel')}>
        <div class="result">
          <ScoreHeader report={report} />
          <Breakdown components={report.score.components} />
          <Filters
            groups={groups}
            shown={store.families.value}
            onChange={store.setFamilies}
            highlightsVisible={store.highlightsVisible.value}
            onHighlights={store.setHighlightsVisible}
          />
          <Notes store={store} supported={supported} />
          <FindingList
            groups={groups}
            shown={store.families.value}
            allFindings={store.shown.value}
            text={text}
            onReveal={store.reveal}
          />
          <ExportButtons input={{ report, text, meta }} />
          <p class="help timing">
            {t('analyse_timing', [plural('analyse_wordCount', report.text.words), Math.round(result.analyseMs)])}
          </p>
        </div>
      </aside>
    </div>
  );
}
