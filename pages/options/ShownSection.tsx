/** Which findings the pages show: the families, the kinds of wording, and the sensitivity. */
import { Toggle } from '../../popup/components/Toggle.tsx';
import { glossaryUrl } from '../../src/glossary/index.ts';
import { type MessageKey, t } from '../../src/i18n/index.ts';
import { FAMILIES } from '../../src/messaging/families.ts';
import { type Sensitivity, TECHNIQUES } from '../../src/settings/index.ts';
import { familyLabel, techniqueLabel } from '../shared/labels.ts';
import type { OptionsStore } from './store.ts';

/** Each sensitivity with its label and its help. */
const SENSITIVITIES: ReadonlyArray<[Sensitivity, MessageKey, MessageKey]> = [
  ['all', 'options_sensitivity_all', 'options_sensitivity_allHelp'],
  ['confident', 'options_sensitivity_confident', 'options_sensitivity_confidentHelp'],
];

/** The section. */
export function ShownSection({ store }: { store: OptionsStore }) {
  const { families, techniques, sensitivity } = store.settings.value;
  return (
    <section class="settings-section" aria-labelledby="shown-heading">
      <h2 id="shown-heading">{t('options_shown_heading')}</h2>
      <fieldset>
        <legend>{t('options_shown_families')}</legend>
        <ul class="switches">
          {FAMILIES.map((family) => (
            <li key={family}>
              <Toggle
                on={families[family]}
                onPress={() =>
                  store.update((s) => ({ ...s, families: { ...s.families, [family]: !families[family] } }))
                }
              >
                {familyLabel(family)}
              </Toggle>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('options_shown_techniques')}</legend>
        <p class="help">{t('options_shown_techniquesHelp')}</p>
        <ul class="switches">
          {TECHNIQUES.map((technique) => (
            <li key={technique}>
              <Toggle
                on={techniques[technique]}
                onPress={() =>
                  store.update((s) => ({ ...s, techniques: { ...s.techniques, [technique]: !techniques[technique] } }))
                }
              >
                {techniqueLabel(technique)}
              </Toggle>{' '}
              <a
                class="glossary-link"
                href={glossaryUrl('technique', technique)}
                aria-label={t('options_glossaryLinkFor', techniqueLabel(technique))}
              >
                {t('options_glossaryLink')}
              </a>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('options_sensitivity')}</legend>
        {SENSITIVITIES.map(([value, label, help]) => (
          <div key={value} class="radio">
            <input
              type="radio"
              id={`sensitivity-${value}`}
              name="sensitivity"
              checked={sensitivity === value}
              aria-describedby={`sensitivity-${value}-help`}
              onChange={() => store.update((s) => ({ ...s, sensitivity: value }))}
            />
            <label for={`sensitivity-${value}`}>{t(label)}</label>
            <p id={`sensitivity-${value}-help`} class="help">
              {t(help)}
            </p>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
