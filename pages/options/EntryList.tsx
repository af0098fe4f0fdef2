/** A list the reader keeps (terms, sources, sites): each entry with a Remove button, or a line saying it is empty. */
import type { ComponentChildren } from 'preact';
import { t } from '../../src/i18n/index.ts';

/** Props: the entries, how to show one, the Remove button's accessible name, what Remove does, and the empty line. */
interface EntryListProps<T> {
  entries: readonly T[];
  label: string;
  render(entry: T): ComponentChildren;
  removeLabel(entry: T): string;
  onRemove(entry: T): void;
  empty: string;
}

/** The list. */
export function EntryList<T>({ entries, label, render, removeLabel, onRemove, empty }: EntryListProps<T>) {
  if (entries.length === 0) return <p class="help">{empty}</p>;
  return (
    <ul class="entry-list" aria-label={label}>
      {entries.map((entry, i) => (
        <li key={i} class="entry-row">
          <div class="entry-body">{render(entry)}</div>
          <button type="button" class="secondary" aria-label={removeLabel(entry)} onClick={() => onRemove(entry)}>
            {t('options_remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
