/**
 * After Reveal: the counts and an encouraging sentence, then three lists (marks that match a finding, findings
 * the student missed, marks Sourcelight did not make), each item linking to its glossary entry; the exports.
 */
import { plural, t } from '../../src/i18n/index.ts';
import { outcomeSentence } from '../../src/teach/labels.ts';
import { outcomeOf } from '../../src/teach/match.ts';
import type { TeachResult } from '../../src/teach/types.ts';
import { ExtraItem, MatchItem, MissItem } from './ResultItems.tsx';
import type { TeachStore } from './store.ts';
import { TeachExports } from './TeachExports.tsx';

/** What became of the student's marks: none made, all among the findings, or how many are not. */
function extraSentence(counts: TeachResult['counts']): string {
  if (counts.marks === 0) return t('teach_count_noMarks');
  return counts.extra === 0 ? t('teach_count_allMarksFound') : plural('teach_count_extra', counts.extra);
}

/** One list with its heading and count, or a line saying it is empty. */
function ResultSection({
  id,
  heading,
  count,
  children,
}: {
  id: string;
  heading: string;
  count: number;
  children: preact.ComponentChildren;
}) {
  return (
    <section class={`result-section ${id}`} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        {heading} <span class="count">{count}</span>
      </h3>
      {count === 0 ? <p class="help">{t('teach_md_none')}</p> : <ul class="result-list">{children}</ul>}
    </section>
  );
}

/** The comparison, or a wait while Sourcelight is still reading. */
export function RevealPanel({ store }: { store: TeachStore }) {
  const work = store.work.value;
  const result = store.result.value;
  if (!work) return null;
  const hide = (
    <button type="button" class="secondary" onClick={store.hide}>
      {t('teach_hide')}
    </button>
  );
  if (!result)
    return (
      <div class="teach-panel" aria-busy={store.analysing.value}>
        <p role="status">{store.analysing.value ? t('teach_stillReading') : t('teach_noResult')}</p>
        {hide}
      </div>
    );
  const { counts } = result;
  return (
    <div class="teach-panel">
      <h2>{t('teach_resultHeading')}</h2>
      <p class="teach-score" role="status">
        <strong>{t('teach_count_found', [counts.found, counts.findings])}</strong> {extraSentence(counts)}
      </p>
      <p class="teach-summary">{outcomeSentence(outcomeOf(result))}</p>
      {hide}
      <ResultSection id="matches" heading={t('teach_matches_heading')} count={result.matches.length}>
        {result.matches.map((m) => (
          <MatchItem key={m.mark.id} match={m} text={work.text} />
        ))}
      </ResultSection>
      <ResultSection id="misses" heading={t('teach_misses_heading')} count={result.misses.length}>
        {result.misses.map((f) => (
          <MissItem key={f.id} finding={f} />
        ))}
      </ResultSection>
      <ResultSection id="extras" heading={t('teach_extras_heading')} count={result.extras.length}>
        {result.extras.map((e) => (
          <ExtraItem key={e.mark.id} extra={e} text={work.text} onRemove={() => store.removeMark(e.mark.id)} />
        ))}
      </ResultSection>
      <TeachExports work={work} result={result} exporting={store.exporting} />
    </div>
  );
}
