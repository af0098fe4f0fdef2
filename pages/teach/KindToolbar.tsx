/**
 * The small toolbar over the text: while words are selected it repeats them and its buttons mark them, one per
 * kind (the keys 1, 2 and 3 in the text do the same, so marking needs no mouse); otherwise it says how to select.
 * It keeps its place and size either way: appearing above the text would push the words away from a mouse
 * that is still dragging over them.
 */
import { t } from '../../src/i18n/index.ts';
import { markKindLabel } from '../../src/teach/labels.ts';
import { MARK_KINDS } from '../../src/teach/types.ts';
import type { TeachStore } from './store.ts';

/** The longest stretch of the selection the toolbar repeats; longer ones are cut with "…". */
const PREVIEW_CHARS = 80;

/** The selected words on one line, cut with "…" when long. */
function preview(text: string, chosen: { start: number; end: number }): string {
  const words = text.slice(chosen.start, chosen.end).replace(/\s+/g, ' ').trim();
  return words.length > PREVIEW_CHARS ? `${words.slice(0, PREVIEW_CHARS)}…` : words;
}

/** The toolbar: the selected words and the kinds to mark them as, or how to select words. */
export function KindToolbar({ store }: { store: TeachStore }) {
  const chosen = store.selection.value;
  const text = store.work.value?.text;
  if (text === undefined) return null;
  return (
    <div class={chosen ? 'kind-toolbar active' : 'kind-toolbar'} role="toolbar" aria-label={t('teach_toolbarLabel')}>
      <p class="kind-toolbar-words" aria-live="polite">
        {chosen ? t('teach_markAs', preview(text, chosen)) : t('teach_selectFirst')}
      </p>
      <div class="actions">
        {MARK_KINDS.map((kind, i) => (
          <button
            key={kind}
            type="button"
            class={`secondary kind-button family-${kind}`}
            aria-keyshortcuts={String(i + 1)}
            disabled={!chosen}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => store.mark(kind)}
          >
            <span class="key-hint" aria-hidden="true">
              {i + 1}
            </span>{' '}
            {markKindLabel(kind)}
          </button>
        ))}
        <button type="button" class="secondary" disabled={!chosen} onClick={() => store.select(null)}>
          {t('teach_cancelSelection')}
        </button>
      </div>
    </div>
  );
}
