/** The reader's own loaded terms: the list, and a form to add one (term, kind of wording, explanation). */
import { useState } from 'preact/hooks';
import type { Technique } from '../../src/engine/types.ts';
import { t } from '../../src/i18n/index.ts';
import { checkCustomTerm, type EntryProblem, LIMITS, TECHNIQUES } from '../../src/settings/index.ts';
import { techniqueLabel } from '../shared/labels.ts';
import { EntryList } from './EntryList.tsx';
import { PROBLEM } from './messages.ts';
import type { OptionsStore } from './store.ts';

/** The section. */
export function TermsSection({ store }: { store: OptionsStore }) {
  const [term, setTerm] = useState('');
  const [technique, setTechnique] = useState<Technique>('loaded-language');
  const [explanation, setExplanation] = useState('');
  const [problem, setProblem] = useState<EntryProblem | null>(null);
  const terms = store.settings.value.customTerms;
  const add = (event: Event) => {
    event.preventDefault();
    const checked = checkCustomTerm({ term, technique, explanation });
    if (!checked.ok) return setProblem(checked.problem);
    const same = (c: { term: string; technique: Technique }) =>
      c.technique === technique && c.term.toLowerCase() === checked.value.term.toLowerCase();
    if (terms.some(same)) return setProblem('duplicate');
    setProblem(null);
    setTerm('');
    setExplanation('');
    void store.update((s) => ({ ...s, customTerms: [...s.customTerms, checked.value] }));
  };
  return (
    <section class="settings-section" aria-labelledby="terms-heading">
      <h2 id="terms-heading">{t('options_terms_heading')}</h2>
      <p class="help">{t('options_terms_help')}</p>
      <EntryList
        entries={terms}
        label={t('options_terms_listLabel')}
        empty={t('options_terms_none')}
        render={(c) => (
          <>
            <strong>{c.term}</strong> <span class="entry-kind">{techniqueLabel(c.technique)}</span>
            <span class="entry-detail">{c.explanation}</span>
          </>
        )}
        removeLabel={(c) => t('options_terms_remove', c.term)}
        onRemove={(c) => store.update((s) => ({ ...s, customTerms: s.customTerms.filter((x) => x !== c) }))}
      />
      <form class="add-form" onSubmit={add}>
        <label for="term-input">{t('options_terms_term')}</label>
        <input
          id="term-input"
          type="text"
          maxLength={LIMITS.termLength}
          value={term}
          onInput={(e) => setTerm((e.target as HTMLInputElement).value)}
        />
        <label for="term-technique">{t('options_terms_technique')}</label>
        <select
          id="term-technique"
          value={technique}
          onChange={(e) => setTechnique((e.target as HTMLSelectElement).value as Technique)}
        >
          {TECHNIQUES.map((x) => (
            <option key={x} value={x}>
              {techniqueLabel(x)}
            </option>
          ))}
        </select>
        <label for="term-explanation">{t('options_terms_explanation')}</label>
        <textarea
          id="term-explanation"
          class="short"
          maxLength={LIMITS.explanationLength}
          value={explanation}
          onInput={(e) => setExplanation((e.target as HTMLTextAreaElement).value)}
        />
        {problem && (
          <p class="error" role="alert">
            {t(PROBLEM[problem])}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="primary">
            {t('options_terms_add')}
          </button>
        </div>
      </form>
    </section>
  );
}
