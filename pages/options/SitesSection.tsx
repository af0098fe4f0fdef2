/** Sites with automatic analysis: the list (from the background), add (asks the browser's permission), remove. */
import { useState } from 'preact/hooks';
import { t } from '../../src/i18n/index.ts';
import { EntryList } from './EntryList.tsx';
import { siteFromInput } from './sites.ts';
import type { OptionsStore } from './store.ts';

/** The section. */
export function SitesSection({ store }: { store: OptionsStore }) {
  const [address, setAddress] = useState('');
  const [invalid, setInvalid] = useState(false);
  const sites = store.sites.value;
  const add = (event: Event) => {
    event.preventDefault();
    const origin = siteFromInput(address);
    setInvalid(origin === null);
    if (!origin) return;
    setAddress('');
    // Nothing is awaited before this call: the browser shows its permission prompt only inside the click.
    void store.addSite(origin);
  };
  return (
    <section class="settings-section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options_sites_heading')}</h2>
      <p class="help">{t('options_sites_help')}</p>
      {store.sitesError.value && (
        <p class="error" role="alert">
          {store.sitesError.value}
        </p>
      )}
      {sites && (
        <EntryList
          entries={sites}
          label={t('options_sites_listLabel')}
          empty={t('options_sites_none')}
          render={(origin) => <strong>{origin}</strong>}
          removeLabel={(origin) => t('options_sites_remove', origin)}
          onRemove={(origin) => store.removeSite(origin)}
        />
      )}
      <form class="add-form inline" onSubmit={add}>
        <label for="site-input">{t('options_sites_site')}</label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          placeholder={t('options_sites_placeholder')}
          value={address}
          aria-invalid={invalid}
          onInput={(e) => setAddress((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="primary">
          {t('options_sites_add')}
        </button>
        {invalid && (
          <p class="error" role="alert">
            {t('options_sites_notASite')}
          </p>
        )}
      </form>
    </section>
  );
}
