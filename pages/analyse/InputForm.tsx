/**
 * The text to analyse: a text box to type or paste into, a file to drop on it or pick, and the sample. A
 * dropped file is only read as text (read-file.ts); nothing of it is ever shown as markup.
 */
import { useState } from 'preact/hooks';
import { plural, t } from '../../src/i18n/index.ts';
import { FileButton } from '../shared/FileButton.tsx';
import type { AnalyseStore } from './store.ts';

/** Words in a text, as a reader counts them (runs of letters or digits between spaces). */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** The editor with its actions. */
export function InputForm({ store }: { store: AnalyseStore }) {
  const [dragging, setDragging] = useState(false);
  const open = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void store.loadFile(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    open(event.dataTransfer?.files);
  };
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  return (
    <form
      class="input-form"
      onSubmit={(event) => {
        event.preventDefault();
        void store.analyse();
      }}
    >
      <label for="text-input" class="field-label">
        {t('analyse_textLabel')}
      </label>
      <p id="text-help" class="help">
        {t('analyse_textHelp')}
      </p>
      <div class={dragging ? 'drop-zone dragging' : 'drop-zone'}>
        <textarea
          id="text-input"
          onDragOver={onDragOver}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          aria-describedby="text-help word-count"
          spellcheck={false}
          value={store.draft.value}
          onInput={(event) => store.setDraft((event.target as HTMLTextAreaElement).value)}
        />
      </div>
      <p id="word-count" class="help">
        {plural('analyse_wordCount', countWords(store.draft.value))}
      </p>
      <div class="actions">
        <button type="submit" class="primary">
          {t('analyse_analyse')}
        </button>
        <button type="button" class="secondary" onClick={store.loadSample}>
          {t('analyse_trySample')}
        </button>
        <FileButton onFile={(file) => void store.loadFile(file)} />
      </div>
    </form>
  );
}
