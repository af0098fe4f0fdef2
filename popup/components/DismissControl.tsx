/**
 * Dismissing one finding: a small button that opens the reasons. Choosing a reason dismisses at once; "another
 * reason" first asks for the reader's words (optional). Escape or Cancel closes it and gives focus back.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DISMISS_REASONS, type DismissReason, NOTE_LIMIT } from '../../src/messaging/dismissals.ts';
import { strings } from '../strings.ts';

/** Props: the finding's id and label, and what dismissing does. */
interface DismissControlProps {
  findingId: string;
  label: string;
  onDismiss(findingId: string, reason: DismissReason, note: string): void;
}

/** The dismiss button and, once pressed, the reasons. */
export function DismissControl({ findingId, label, onDismiss }: DismissControlProps) {
  const [open, setOpen] = useState(false);
  const [other, setOther] = useState(false);
  const [note, setNote] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const noteField = useRef<HTMLInputElement>(null);
  // Where focus goes after each change: the first reason, the note field, or back to the button once closed.
  const focusNext = useRef(false);
  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    (other ? noteField : open ? first : opener).current?.focus();
  }, [open, other]);
  const move = (nextOpen: boolean, nextOther: boolean) => {
    focusNext.current = true;
    setOpen(nextOpen);
    setOther(nextOther);
  };
  const close = () => move(false, false);
  const choose = (reason: DismissReason) => {
    if (reason === 'other' && !other) return move(true, true);
    onDismiss(findingId, reason, reason === 'other' ? note : '');
  };
  if (!open) {
    return (
      <button
        type="button"
        class="secondary small dismiss-open"
        ref={opener}
        aria-label={strings.dismissal.openLabel(label)}
        onClick={() => move(true, false)}
      >
        {strings.dismissal.open}
      </button>
    );
  }
  const questionId = `dismiss-${findingId}`;
  return (
    <fieldset
      class="dismiss-reasons"
      aria-labelledby={questionId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      <legend id={questionId}>{strings.dismissal.question}</legend>
      {!other &&
        DISMISS_REASONS.map((reason, i) => (
          <button
            key={reason}
            type="button"
            class="secondary small"
            ref={i === 0 ? first : undefined}
            onClick={() => choose(reason)}
          >
            {strings.dismissal.reasons[reason]}
          </button>
        ))}
      {other && (
        <form
          class="dismiss-note"
          onSubmit={(event) => {
            event.preventDefault();
            choose('other');
          }}
        >
          <label>
            {strings.dismissal.noteLabel}
            <input
              type="text"
              ref={noteField}
              maxLength={NOTE_LIMIT}
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          </label>
          <button type="submit" class="small">
            {strings.dismissal.confirm}
          </button>
        </form>
      )}
      <button type="button" class="secondary small" onClick={close}>
        {strings.dismissal.cancel}
      </button>
    </fieldset>
  );
}
