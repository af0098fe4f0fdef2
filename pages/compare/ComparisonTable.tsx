/** The two sides in one table: score, each score component, findings per family, and length. */
import type { Grade, Report } from '../../src/engine/types.ts';
import { type MessageKey, t } from '../../src/i18n/index.ts';
import { FAMILIES, familyOf } from '../../src/messaging/families.ts';
import type { Finding } from '../../src/engine/types.ts';
import { familyLabel } from '../shared/labels.ts';
import type { CompareStore, SideResult } from './store.ts';

const GRADE: Record<Grade, MessageKey> = {
  poor: 'label_grade_poor',
  weak: 'label_grade_weak',
  mixed: 'label_grade_mixed',
  good: 'label_grade_good',
  strong: 'label_grade_strong',
};

/** "12 of 40": the points a component earned out of its weight, or a dash when a report lacks it. */
function points(report: Report, id: string): string {
  const component = report.score.components.find((c) => c.id === id);
  if (!component) return '–';
  return t('compare_points', [
    Math.round(Math.min(1, Math.max(0, component.value)) * component.weight),
    component.weight,
  ]);
}

/** The component ids of both reports, in the order the first one lists them. */
function componentRows(a: Report, b: Report): Array<{ id: string; label: string }> {
  const rows = new Map<string, string>();
  for (const c of [...a.score.components, ...b.score.components]) if (!rows.has(c.id)) rows.set(c.id, c.label);
  return [...rows].map(([id, label]) => ({ id, label }));
}

const count = (findings: readonly Finding[], family: string) => findings.filter((f) => familyOf(f) === family).length;

/** The table. */
export function ComparisonTable({ store, sides }: { store: CompareStore; sides: [SideResult, SideResult] }) {
  const [a, b] = sides;
  const shown = sides.map((s) => store.shown(s));
  return (
    <table class="comparison">
      <caption>{t('compare_tableCaption')}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">{a.title}</th>
          <th scope="col">{b.title}</th>
        </tr>
      </thead>
      <tbody>
        <tr class="score-row">
          <th scope="row">{t('compare_score')}</th>
          {sides.map((s, i) => (
            <td key={i} class={`grade-${s.report.score.grade}`}>
              <strong class="compare-score">{s.report.score.value}</strong> {t(GRADE[s.report.score.grade])}
            </td>
          ))}
        </tr>
        {componentRows(a.report, b.report).map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            <td>{points(a.report, row.id)}</td>
            <td>{points(b.report, row.id)}</td>
          </tr>
        ))}
        {FAMILIES.map((family) => (
          <tr key={family} class={`family-${family}`}>
            <th scope="row">{familyLabel(family)}</th>
            <td>{count(shown[0], family)}</td>
            <td>{count(shown[1], family)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('compare_words')}</th>
          <td>{a.report.text.words}</td>
          <td>{b.report.text.words}</td>
        </tr>
      </tbody>
    </table>
  );
}
