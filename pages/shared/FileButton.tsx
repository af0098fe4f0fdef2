/**
 * "Open a file…": a file input hidden inside its label, so the label is the visible button (and shows the focus
 * ring for it). Only text and HTML files are offered; the input is emptied after each pick so that picking the
 * same file again still tells the page.
 */
import { t } from '../../src/i18n/index.ts';

/** Props: what to do with the picked file, and the label while something is happening (the default otherwise). */
interface FileButtonProps {
  onFile(file: File): void;
  label?: string;
}

/** The button. */
export function FileButton({ onFile, label }: FileButtonProps) {
  return (
    <label class="secondary file-button">
      {label ?? t('analyse_openFile')}
      <input
        type="file"
        class="visually-hidden"
        accept=".txt,.text,.html,.htm,text/plain,text/html"
        onChange={(event) => {
          const input = event.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) onFile(file);
          input.value = '';
        }}
      />
    </label>
  );
}
