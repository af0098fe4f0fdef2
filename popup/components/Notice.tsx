/** A passing problem that lost nothing (a setting the background refused, a passage no longer on the page). */
import { strings } from '../strings.ts';

/** The notice with its dismiss button; nothing when there is no notice. */
export function Notice({ message, onDismiss }: { message: string | null; onDismiss(): void }) {
  if (!message) return null;
  return (
    <div class="notice" role="alert">
      <p>{message}</p>
      <button type="button" class="secondary" onClick={onDismiss}>
        {strings.dismiss}
      </button>
    </div>
  );
}
