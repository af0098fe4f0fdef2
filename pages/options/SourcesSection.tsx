/** Trusted source names: the list, and a form to add one. */
import { useState } from 'preact/hooks';
import { t } from '../../src/i18n/index.ts';
import { checkSourceName, type EntryProblem, LIMITS } from '../../src/settings/index.ts';
import { EntryList } from './EntryList.tsx';
import { PROBLEM } from './messages.ts';
import type { OptionsStore } from './store.ts';

/** The section. */
export function SourcesSection({ store }: { store: OptionsStore }) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<EntryProblem | null>(null);
  const names = store.settings.value.trustedSources;
  const add = (event: Event) => {
    event.preventDefault();
    const checked = checkSourceName(name);
    if (!checked.ok) return setProblem(checked.problem);
    if (names.some((n) => n.toLowerCase() === checked.value.toLowerCase())) return setProblem('duplicate');
    setProblem(null);
    setName('');
    void store.update((s) => ({ ...s, trustedSources: [...s.trustedSources, checked.value] }));
  };
  return (
    <section class="settings-section" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('options_sources_heading')}</h2>
      <p class="help">{t('options_sources_help')}</p>
      <EntryList
        entries={names}
        label={t('options_sources_listLabel')}
        empty={t('options_sources_none')}
        render={(n) => <strong>{n}</strong>}
        removeLabel={(n) => t('options_sources_remove', n)}
        onRemove={(n) => store.update((s) => ({ ...s, trustedSources: s.trustedSources.filter((x) => x !== n) }))}
      />
      <form class="add-form inline" onSubmit={add}>
        <label for="source-input">{t('options_sources_name')}</label>
        <input
          id="source-input"
          type="text"
          maxLength={LIMITS.sourceNameLength}
          value={name}
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="primary">
          {t('options_sources_add')}
        </button>
        {problem && (
          <p class="error" role="alert">
            {t(PROBLEM[problem])}
          </p>
        )}
      </form>
    </section>
  );
}
