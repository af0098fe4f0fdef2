/** The compare page: choose two articles, then see their scores side by side and both texts highlighted. */
import { FamilyIcon } from '../../popup/components/FamilyIcon.tsx';
import { Toggle } from '../../popup/components/Toggle.tsx';
import { t } from '../../src/i18n/index.ts';
import { FAMILIES } from '../../src/messaging/families.ts';
import { ArticleText } from '../shared/ArticleText.tsx';
import { familyLabel } from '../shared/labels.ts';
import { PageFrame } from '../shared/PageFrame.tsx';
import { ComparisonTable } from './ComparisonTable.tsx';
import { SidePicker } from './SidePicker.tsx';
import type { CompareStore } from './store.ts';

/** One toggle per family for both texts at once, and the switch for all highlights. */
function FamilyToggles({ store }: { store: CompareStore }) {
  const shown = store.families.value;
  const toggle = (family: (typeof FAMILIES)[number]) =>
    store.setFamilies(FAMILIES.filter((f) => (f === family ? !shown.includes(f) : shown.includes(f))));
  return (
    <fieldset class="family-toggles">
      <legend class="visually-hidden">{t('compare_showLabel')}</legend>
      {FAMILIES.map((family) => (
        <Toggle key={family} on={shown.includes(family)} onPress={() => toggle(family)}>
          <FamilyIcon family={family} /> {familyLabel(family)}
        </Toggle>
      ))}
      <Toggle
        on={store.highlightsVisible.value}
        onPress={() => store.setHighlightsVisible(!store.highlightsVisible.value)}
      >
        {t('compare_highlights')}
      </Toggle>
    </fieldset>
  );
}

/** Both sides' texts, side by side. */
function Texts({ store }: { store: CompareStore }) {
  const sides = store.results.value;
  if (!sides) return null;
  return (
    <div class="compare-texts">
      {sides.map((side, index) => (
        <section key={`${store.round.value}-${index}`} class="compare-side" aria-labelledby={`side-heading-${index}`}>
          <h2 id={`side-heading-${index}`}>{side.title}</h2>
          {side.partial && <p class="help">{t('compare_partial')}</p>}
          <ArticleText
            text={side.text}
            passages={side.passages}
            label={t('compare_textRegion', side.title)}
            onMap={(map) => void store.drawOn(index as 0 | 1, map)}
          />
        </section>
      ))}
    </div>
  );
}

/** The whole page. */
export function ComparePage({ store }: { store: CompareStore }) {
  const sides = store.results.value;
  return (
    <PageFrame current="compare" heading={t('compare_heading')}>
      <p class="lede">{t('compare_intro')}</p>
      <form
        class="compare-form"
        onSubmit={(event) => {
          event.preventDefault();
          void store.compare();
        }}
      >
        <div class="pickers">
          <SidePicker store={store} index={0} />
          <SidePicker store={store} index={1} />
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={store.working.value}>
            {t('compare_compare')}
          </button>
          {store.working.value && (
            <>
              <span role="status">{t('compare_working')}</span>
              <button type="button" class="secondary" onClick={store.cancel}>
                {t('analyse_cancel')}
              </button>
            </>
          )}
        </div>
      </form>
      {store.error.value && (
        <p class="error" role="alert">
          {store.error.value}
        </p>
      )}
      {sides && (
        <>
          <ComparisonTable store={store} sides={sides} />
          <FamilyToggles store={store} />
          <Texts store={store} />
        </>
      )}
    </PageFrame>
  );
}
