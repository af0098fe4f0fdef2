/** The score as a number with its grade word and the one-line summary. */
import type { Report } from '../../src/engine/types.ts';
import { summarize } from '../model/summary.ts';
import { strings } from '../strings.ts';

/** The sourcing score at the top of the result. */
export function ScoreHeader({ report }: { report: Report }) {
  const { value, grade } = report.score;
  const gradeWord = strings.score.grades[grade] ?? grade;
  return (
    <section class={`score grade-${grade}`} aria-labelledby="score-heading">
      <h2 id="score-heading" class="visually-hidden">
        {strings.score.heading}
      </h2>
      <p class="score-number">
        <span class="score-value">{value}</span>
        <span class="score-out-of">{strings.score.outOf}</span>
      </p>
      <div class="score-words">
        <p class="score-grade">{gradeWord}</p>
        <p class="score-summary">{summarize(report)}</p>
      </div>
    </section>
  );
}
