/** The text a class works on: typed or pasted, the bundled sample, or a .txt / .html file (read as text only). */
import { t } from '../../src/i18n/index.ts';
import { FileButton } from '../shared/FileButton.tsx';
import type { TeachStore } from './store.ts';

/** The text box with its actions. */
export function TextChooser({ store }: { store: TeachStore }) {
  return (
    <form
      class="input-form"
      onSubmit={(event) => {
        event.preventDefault();
        store.start();
      }}
    >
      <label for="teach-input" class="field-label">
        {t('teach_textLabel')}
      </label>
      <p id="teach-help" class="help">
        {t('teach_textHelp')}
      </p>
      <textarea
        id="teach-input"
        aria-describedby="teach-help"
        spellcheck={false}
        value={store.draft.value}
        onInput={(event) => store.setDraft((event.target as HTMLTextAreaElement).value)}
      />
      <div class="actions">
        <button type="submit" class="primary">
          {t('teach_start')}
        </button>
        <button type="button" class="secondary" onClick={store.loadSample}>
          {t('analyse_trySample')}
        </button>
        <FileButton
          onFile={(file) => void store.loadFile(file)}
          label={store.reading.value ? t('analyse_stage_reading') : undefined}
        />
      </div>
    </form>
  );
}
