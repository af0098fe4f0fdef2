/** Save the settings to a file, load them from one, or reset them (after a confirmation). */
import { useState } from 'preact/hooks';
import { t } from '../../src/i18n/index.ts';
import { readFileText } from '../shared/download.ts';
import { IMPORT_PROBLEM } from './messages.ts';
import type { OptionsStore } from './store.ts';

/** The section. */
export function BackupSection({ store }: { store: OptionsStore }) {
  const [confirming, setConfirming] = useState(false);
  const [imported, setImported] = useState(false);
  const problem = store.importProblem.value;
  const load = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await store.importSettings(await readFileText(file));
    setImported(store.importProblem.value === null);
  };
  return (
    <section class="settings-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('options_backup_heading')}</h2>
      <p class="help">{t('options_backup_help')}</p>
      <div class="actions">
        <button type="button" class="secondary" onClick={store.exportSettings}>
          {t('options_backup_export')}
        </button>
        <label class="secondary file-button">
          {t('options_backup_import')}
          <input
            type="file"
            class="visually-hidden"
            accept=".json,application/json"
            onChange={(e) => void load(e.target as HTMLInputElement)}
          />
        </label>
        {!confirming && (
          <button type="button" class="secondary" onClick={() => setConfirming(true)}>
            {t('options_backup_reset')}
          </button>
        )}
      </div>
      {problem && (
        <p class="error" role="alert">
          {t(IMPORT_PROBLEM[problem])}
        </p>
      )}
      {imported && !problem && <p role="status">{t('options_import_done')}</p>}
      {confirming && (
        <fieldset class="confirm">
          <legend>{t('options_backup_resetConfirm')}</legend>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => {
                setConfirming(false);
                void store.reset();
              }}
            >
              {t('options_backup_resetYes')}
            </button>
            <button type="button" class="secondary" onClick={() => setConfirming(false)}>
              {t('options_backup_resetNo')}
            </button>
          </div>
        </fieldset>
      )}
    </section>
  );
}
