/** The items of the comparison's three lists: the words, the kind, and a link to the glossary entry. */
import type { Finding } from '../../src/engine/types.ts';
import { glossaryUrlForFinding } from '../../src/glossary/index.ts';
import { t } from '../../src/i18n/index.ts';
import { findingTerm, markKindLabel } from '../../src/teach/labels.ts';
import { markKindOf } from '../../src/teach/match.ts';
import type { Extra, Match } from '../../src/teach/types.ts';
import { markWords } from './MarkList.tsx';

/** A link to the glossary entry that explains a finding, named by its term. */
function GlossaryLink({ finding }: { finding: Finding }) {
  return (
    <a
      class="glossary-link"
      href={glossaryUrlForFinding(finding)}
      aria-label={t('teach_glossaryLink', findingTerm(finding))}
    >
      {findingTerm(finding)}
    </a>
  );
}

/** A finding's family as a small label in its colour. */
function FindingKind({ finding }: { finding: Finding }) {
  const kind = markKindOf(finding);
  return kind ? <span class={`mark-kind family-${kind}`}>{markKindLabel(kind)}</span> : null;
}

/** A mark on a finding of its family: the student's words, and what Sourcelight flagged there. */
export function MatchItem({ match, text }: { match: Match; text: string }) {
  return (
    <li class={`result-item family-${match.mark.kind}`}>
      <span class="mark-kind">{markKindLabel(match.mark.kind)}</span>
      <q class="mark-words">{markWords(text, match.mark)}</q>
      {match.findings.map((f) => (
        <p key={f.id} class="result-detail">
          {t('teach_sourcelightSaw')} <q>{f.text}</q> · <GlossaryLink finding={f} />
        </p>
      ))}
    </li>
  );
}

/** A finding no mark of its family touched: its words, why it matters, and its entry. */
export function MissItem({ finding }: { finding: Finding }) {
  return (
    <li class={`result-item family-${markKindOf(finding)}`}>
      <FindingKind finding={finding} />
      <q class="mark-words">{finding.text}</q>
      <p class="result-detail">
        {finding.explanation} <GlossaryLink finding={finding} />
      </p>
    </li>
  );
}

/** A mark with no finding of its family: kept, removable, and a hint when Sourcelight saw another kind there. */
export function ExtraItem({ extra, text, onRemove }: { extra: Extra; text: string; onRemove: () => void }) {
  const { mark, otherFinding } = extra;
  return (
    <li class={`result-item family-${mark.kind}`}>
      <span class="mark-kind">{markKindLabel(mark.kind)}</span>
      <q class="mark-words">{markWords(text, mark)}</q>
      {otherFinding && (
        <p class="result-detail">
          {t('teach_otherKind')} <FindingKind finding={otherFinding} /> · <GlossaryLink finding={otherFinding} />
        </p>
      )}
      <button
        type="button"
        class="secondary remove-mark"
        aria-label={t('teach_removeMark', markWords(text, mark))}
        onClick={onRemove}
      >
        {t('teach_remove')}
      </button>
    </li>
  );
}
