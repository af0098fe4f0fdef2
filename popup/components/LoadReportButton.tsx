/**
 * "Load report…": a real file input, hidden behind a button so it looks like the other actions (a file input's
 * own look cannot be styled). Where a file picker would close the popup (Firefox), the button reopens the popup
 * in a tab instead, and the reader picks the file there.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { PopupHost } from '../host.ts';
import { strings } from '../strings.ts';

/** Props: where the popup runs, the tab, whether a load is under way, and what a chosen file does. */
interface LoadReportButtonProps {
  host: PopupHost;
  tabId: number | null;
  busy: boolean;
  onFile(file: File): void;
}

/** The button and its hidden file input. */
export function LoadReportButton({ host, tabId, busy, onFile }: LoadReportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (host.openedToLoad) button.current?.focus();
  }, [host.openedToLoad]);

  const choose = () => {
    if (host.pickerClosesPopup && tabId !== null) host.reopenToLoad(tabId);
    else input.current?.click();
  };
  const picked = (event: Event) => {
    const field = event.currentTarget as HTMLInputElement;
    const file = field.files?.[0];
    // Cleared at once, so choosing the same file again (after fixing the page) still counts as a change.
    field.value = '';
    if (file) onFile(file);
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        class="secondary load-button"
        aria-describedby="load-hint"
        aria-busy={busy}
        onClick={choose}
      >
        {strings.load.button}
      </button>
      <input
        ref={input}
        type="file"
        class="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        accept=".jsonld,.json,application/ld+json,application/json"
        onChange={picked}
      />
    </>
  );
}
