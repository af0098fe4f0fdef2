/** The settings page (the extension's options_ui page): notices first, then each group of settings. */
import { t } from '../../src/i18n/index.ts';
import { PageFrame } from '../shared/PageFrame.tsx';
import { BackupSection } from './BackupSection.tsx';
import { noticeText } from './messages.ts';
import { ShownSection } from './ShownSection.tsx';
import { SitesSection } from './SitesSection.tsx';
import { SourcesSection } from './SourcesSection.tsx';
import type { OptionsStore } from './store.ts';
import { TermsSection } from './TermsSection.tsx';

/** What validation repaired, as a dismissable alert. */
function Notices({ store }: { store: OptionsStore }) {
  const notices = store.notices.value;
  if (notices.length === 0) return null;
  return (
    <div class="notice settings-notice" role="alert" aria-labelledby="notice-heading">
      <div>
        <h2 id="notice-heading">{t('options_notice_heading')}</h2>
        <ul>
          {notices.map((notice) => (
            <li key={noticeText(notice)}>{noticeText(notice)}</li>
          ))}
        </ul>
      </div>
      <button type="button" class="secondary" onClick={store.dismissNotices}>
        {t('options_dismiss')}
      </button>
    </div>
  );
}

/** The whole page. */
export function OptionsPage({ store }: { store: OptionsStore }) {
  const saved = store.saved.value;
  return (
    <PageFrame current="options" heading={t('options_heading')}>
      <p class="lede">{t('options_intro')}</p>
      <p role="status" class="save-status">
        {saved === 'saved' ? t('options_saved') : ''}
      </p>
      {saved === 'failed' && (
        <p class="error" role="alert">
          {t('options_saveFailed')}
        </p>
      )}
      <Notices store={store} />
      {store.loaded.value ? (
        <>
          <ShownSection store={store} />
          <TermsSection store={store} />
          <SourcesSection store={store} />
          <SitesSection store={store} />
          <BackupSection store={store} />
        </>
      ) : (
        <p>{t('options_loading')}</p>
      )}
    </PageFrame>
  );
}
