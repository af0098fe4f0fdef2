/** A line saying how many findings the reader's settings hide here, with the way to the settings page. */
import { strings } from '../strings.ts';

/** The note, or nothing when the settings hide nothing. */
export function SettingsNote({ hidden }: { hidden: number }) {
  if (hidden === 0) return null;
  return (
    <p class="settings-note">
      {strings.settingsNote.hidden(hidden)}{' '}
      <a href="options.html" target="_blank" rel="noopener">
        {strings.settingsNote.change}
      </a>
    </p>
  );
}
