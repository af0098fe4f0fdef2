/**
 * The "n dismissed" note under the score: folded by default, it lists each dismissed finding with its reason
 * and an Undo, and an Undo all. Undoing puts the finding back in the list, the score and the page.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { DismissedFinding } from '../../src/messaging/dismissals.ts';
import { labelFor } from '../model/labels.ts';
import { strings } from '../strings.ts';

/** Props: the dismissed findings with their keys, and what undoing does. */
interface DismissedNoteProps {
  dismissed: readonly (DismissedFinding & { key: string })[];
  onUndo(keys: string[] | null): void;
}

/** The note, or nothing when nothing is dismissed. */
export function DismissedNote({ dismissed, onUndo }: DismissedNoteProps) {
  const summary = useRef<HTMLElement>(null);
  const before = useRef(dismissed.length);
  // A dismissal removes the item that had keyboard focus: focus goes to this note, which says what happened.
  useEffect(() => {
    if (dismissed.length > before.current) summary.current?.focus();
    before.current = dismissed.length;
  }, [dismissed.length]);
  if (dismissed.length === 0) return null;
  return (
    <details class="dismissed-note">
      <summary ref={summary}>{strings.dismissal.summary(dismissed.length)}</summary>
      <ul>
        {dismissed.map(({ key, finding, reason, note }) => (
          <li key={key}>
            <span class="dismissed-what">
              <span class="finding-kind">{labelFor(finding)}</span> “{finding.text}”
            </span>
            <span class="dismissed-why">
              {strings.dismissal.reasons[reason]}
              {note ? `: ${note}` : ''}
            </span>
            <button
              type="button"
              class="secondary small"
              aria-label={strings.dismissal.undoLabel(finding.text)}
              onClick={() => onUndo([key])}
            >
              {strings.dismissal.undo}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="secondary small" onClick={() => onUndo(null)}>
        {strings.dismissal.undoAll}
      </button>
    </details>
  );
}
