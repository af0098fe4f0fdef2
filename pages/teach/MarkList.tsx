/** The student's marks, in text order, each removable; and the Reveal button that ends the guessing. */
import { plural, t } from '../../src/i18n/index.ts';
import { markKindLabel } from '../../src/teach/labels.ts';
import type { StudentMark } from '../../src/teach/types.ts';
import type { TeachStore } from './store.ts';

/** A mark's words on one line. */
export function markWords(text: string, mark: StudentMark): string {
  return text.slice(mark.start, mark.end).replace(/\s+/g, ' ');
}

/** The marks so far, then Reveal. */
export function MarkList({ store }: { store: TeachStore }) {
  const work = store.work.value;
  if (!work) return null;
  return (
    <div class="teach-panel">
      {/* Live, so that a student marking by keyboard hears each mark land (or go) without leaving the text. */}
      <h2 id="marks-heading" aria-live="polite">
        {plural('teach_marksHeading', work.marks.length)}
      </h2>
      {work.marks.length === 0 ? (
        <p class="help">{t('teach_noMarks')}</p>
      ) : (
        <ul class="mark-list" aria-labelledby="marks-heading">
          {work.marks.map((mark) => (
            <li key={mark.id} class={`mark-item family-${mark.kind}`}>
              <span class="mark-kind">{markKindLabel(mark.kind)}</span>
              <q class="mark-words">{markWords(work.text, mark)}</q>
              <button
                type="button"
                class="secondary remove-mark"
                aria-label={t('teach_removeMark', markWords(work.text, mark))}
                onClick={() => store.removeMark(mark.id)}
              >
                {t('teach_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="reveal-box">
        <p class="help">{t('teach_revealHelp')}</p>
        <button type="button" class="primary" onClick={store.reveal}>
          {t('teach_reveal')}
        </button>
      </div>
    </div>
  );
}
