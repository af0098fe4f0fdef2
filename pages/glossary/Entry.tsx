/** One glossary entry: its term, definition, why it matters, two examples and the question to ask. */
import { FamilyIcon } from '../../popup/components/FamilyIcon.tsx';
import { type EntryField, entryMessageKey, type GlossaryEntry, glossaryAnchor } from '../../src/glossary/index.ts';
import { type MessageKey, t } from '../../src/i18n/index.ts';
import { Emphasis } from './Emphasis.tsx';

/** The words of one field of an entry (keys built from the entry; a test checks that every one exists). */
export function entryText(entry: GlossaryEntry, field: EntryField): string {
  return t(entryMessageKey(entry, field) as MessageKey);
}

/** The entry as an article with its anchor as id; focusable so that a link to it can move focus there. */
export function Entry({ entry }: { entry: GlossaryEntry }) {
  const id = glossaryAnchor(entry);
  const family = entry.family ? ` family-${entry.family}` : '';
  return (
    <article id={id} class={`entry${family}`} tabIndex={-1} aria-labelledby={`${id}-term`}>
      <h3 id={`${id}-term`} class="entry-term">
        {entry.family && <FamilyIcon family={entry.family} />}
        {entryText(entry, 'term')}
      </h3>
      <p>{entryText(entry, 'definition')}</p>
      <h4>{t('glossary_whyLabel')}</h4>
      <p>{entryText(entry, 'why')}</p>
      <h4>{t('glossary_examplesLabel')}</h4>
      <ul class="examples">
        <li>
          <Emphasis text={entryText(entry, 'example1')} />
        </li>
        <li>
          <Emphasis text={entryText(entry, 'example2')} />
        </li>
      </ul>
      <p class="entry-question">
        <strong>{t('glossary_askLabel')}</strong> {entryText(entry, 'question')}
      </p>
    </article>
  );
}
