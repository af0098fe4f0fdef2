/**
 * The small toolbar that appears while words are selected: the words, and one button per kind of mark. The
 * keys 1, 2 and 3 in the text do the same, so marking needs no mouse.
 */
import { t } from '../../src/i18n/index.ts';
import { markKindLabel } from '../../src/teach/labels.ts';
import { MARK_KINDS } from '../../src/teach/types.ts';
import type { TeachStore } from './store.ts';

/** The longest stretch of the selection the toolbar repeats; longer ones are cut with "…". */
const PREVIEW_CHARS = 80;

/** The toolbar, or nothing when no words are selected. */
export function KindToolbar({ store }: { store: TeachStore }) {
  const chosen = store.selection.value;
  const text = store.work.value?.text;
  if (!chosen || text === undefined) return null;
  const words = text.slice(chosen.start, chosen.end).replace(/\s+/g, ' ').trim();
  const preview = words.length > PREVIEW_CHARS ? `${words.slice(0, PREVIEW_CHARS)}…` : words;
  return (
    <div class="kind-toolbar" role="toolbar" aria-label={t('teach_toolbarLabel')}>
      <p class="kind-toolbar-words">{t('teach_markAs', preview)}</p>
      <div class="actions">
        {MARK_KINDS.map((kind, i) => (
          <button
            key={kind}
            type="button"
            class={`secondary kind-button family-${kind}`}
            aria-keyshortcuts={String(i + 1)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => store.mark(kind)}
          >
            <span class="key-hint" aria-hidden="true">
              {i + 1}
            </span>{' '}
            {markKindLabel(kind)}
          </button>
        ))}
        <button type="button" class="secondary" onClick={() => store.select(null)}>
          {t('teach_cancelSelection')}
        </button>
      </div>
    </div>
  );
}
