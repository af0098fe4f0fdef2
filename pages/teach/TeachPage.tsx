/** Teach mode: a student marks what they think is loaded, weakly sourced or unsourced, then compares with Sourcelight. */
import { t } from '../../src/i18n/index.ts';
import { PageFrame } from '../shared/PageFrame.tsx';
import { MarkingView } from './MarkingView.tsx';
import type { TeachStore } from './store.ts';
import { TextChooser } from './TextChooser.tsx';

/** The whole page: the text to work on first, then marking (and, after Reveal, the comparison). */
export function TeachPage({ store, marksSupported }: { store: TeachStore; marksSupported: boolean }) {
  return (
    <PageFrame current="teach" heading={t('teach_heading')}>
      <p class="lede">{t('teach_intro')}</p>
      {store.notice.value && (
        <p class="notice" role="status">
          {store.notice.value}
        </p>
      )}
      {[store.engineError.value, store.error.value].map(
        (message) =>
          message && (
            <p key={message} class="error" role="alert">
              {message}
            </p>
          ),
      )}
      {store.work.value ? <MarkingView store={store} marksSupported={marksSupported} /> : <TextChooser store={store} />}
    </PageFrame>
  );
}
