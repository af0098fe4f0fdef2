/** One side's choice: an analysed tab from the list, or a pasted text. */
import { t } from '../../src/i18n/index.ts';
import type { CompareStore, SideMode } from './store.ts';

/** Props: the store and which side. */
interface SidePickerProps {
  store: CompareStore;
  index: 0 | 1;
}

/** The tab list, or why it is empty and how to fill it. */
function TabChoices({ store, index }: SidePickerProps) {
  const side = store.sides[index];
  const tabs = store.tabs.value;
  const id = `tab-${index}`;
  if (tabs === null) return <p class="help">{t('compare_tabsLoading')}</p>;
  return (
    <div class="tab-choice">
      {tabs.length > 0 ? (
        <>
          <label for={id}>{t('compare_tabLabel')}</label>
          <select
            id={id}
            value={side.tabId.value ?? ''}
            onChange={(e) => (side.tabId.value = Number((e.target as HTMLSelectElement).value))}
          >
            {tabs.map((tab) => (
              <option key={tab.tabId} value={tab.tabId}>
                {tab.title}
              </option>
            ))}
          </select>
        </>
      ) : (
        <p class="help">{t('compare_noTabs')}</p>
      )}
      {store.tabsError.value && <p class="help">{t('compare_tabsFailed', store.tabsError.value)}</p>}
      <p class="help">{t('compare_tabsHelp')}</p>
      <button type="button" class="secondary" onClick={() => void store.refreshTabs()}>
        {t('compare_refreshTabs')}
      </button>
    </div>
  );
}

/** The side's fieldset. */
export function SidePicker({ store, index }: SidePickerProps) {
  const side = store.sides[index];
  const name = `mode-${index}`;
  const modes: ReadonlyArray<[SideMode, string]> = [
    ['text', t('compare_modeText')],
    ['tab', t('compare_modeTab')],
  ];
  return (
    <fieldset class="side-picker">
      <legend>{t(index === 0 ? 'compare_sideA' : 'compare_sideB')}</legend>
      <div class="modes">
        {modes.map(([mode, label]) => (
          <label key={mode} class="mode">
            <input
              type="radio"
              name={name}
              checked={side.mode.value === mode}
              onChange={() => (side.mode.value = mode)}
            />
            {label}
          </label>
        ))}
      </div>
      {side.mode.value === 'tab' ? (
        <TabChoices store={store} index={index} />
      ) : (
        <>
          <label for={`text-${index}`} class="visually-hidden">
            {t('compare_textLabel', t(index === 0 ? 'compare_sideA' : 'compare_sideB'))}
          </label>
          <textarea
            id={`text-${index}`}
            class="compare-text"
            value={side.draft.value}
            onInput={(e) => (side.draft.value = (e.target as HTMLTextAreaElement).value)}
          />
        </>
      )}
    </fieldset>
  );
}
