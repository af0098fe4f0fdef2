/**
 * What the reader shows on a page with highlights (analyse, compare): the settings that decide it, which
 * families are shown, and whether highlights are on. The reader's stored settings arrive after the page
 * starts, so the defaults hold until then.
 */
import { signal } from '@preact/signals';
import type { Family } from '../../src/messaging/protocol.ts';
import { defaultSettings, initialFamilies, type Settings, type Validated } from '../../src/settings/index.ts';
import type { PageHighlighter } from './highlighter.ts';

/** The display state and the actions that change it (and the highlights with it). */
export function createDisplay(settingsLoaded: Promise<Validated>, highlighter: Pick<PageHighlighter, 'setVisible'>) {
  const settings = signal<Settings>(defaultSettings());
  const families = signal<Family[]>(initialFamilies(settings.value));
  const highlightsVisible = signal(true);
  settingsLoaded.then(
    ({ settings: loaded }) => {
      settings.value = loaded;
      families.value = initialFamilies(loaded);
    },
    // The defaults stay: the settings page is where damaged settings are reported.
    () => undefined,
  );
  return {
    settings,
    families,
    highlightsVisible,
    /** Shows the given families (in the list and the highlights). */
    setFamilies(next: Family[]) {
      families.value = next;
      highlighter.setVisible(highlightsVisible.value, next);
    },
    /** Switches all highlights on or off. */
    setHighlightsVisible(visible: boolean) {
      highlightsVisible.value = visible;
      highlighter.setVisible(visible, families.value);
    },
    /** Applies the current state to freshly drawn highlights. */
    apply() {
      highlighter.setVisible(highlightsVisible.value, families.value);
    },
  };
}

/** A page's display state. */
export type Display = ReturnType<typeof createDisplay>;
