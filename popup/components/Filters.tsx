/** What the page shows: highlights on or off, and one toggle per family (which also filters the list below). */
import type { Family } from '../../src/messaging/protocol.ts';
import { FAMILIES } from '../../src/messaging/families.ts';
import type { FindingGroupData } from '../model/families.ts';
import { strings } from '../strings.ts';
import { FamilyIcon } from './FamilyIcon.tsx';
import { Toggle } from './Toggle.tsx';

/** Props: the groups (for counts), the families shown, whether highlights are on, and what changes them. */
interface FiltersProps {
  groups: FindingGroupData[];
  shown: readonly Family[];
  onChange(families: Family[]): void;
  highlightsVisible: boolean;
  onHighlights(visible: boolean): void;
}

/** The family toggles, with a count on each. */
export function Filters({ groups, shown, onChange, highlightsVisible, onHighlights }: FiltersProps) {
  const toggle = (family: Family) => {
    const next = shown.includes(family) ? shown.filter((f) => f !== family) : [...shown, family];
    onChange(FAMILIES.filter((f) => next.includes(f)));
  };
  return (
    <section class="filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{strings.filters.heading}</h2>
      <ul class="filter-list">
        {groups.map(({ family, findings }) => (
          <li key={family}>
            <button
              type="button"
              class={`filter family-${family}`}
              aria-pressed={shown.includes(family)}
              onClick={() => toggle(family)}
            >
              <FamilyIcon family={family} />
              <span class="filter-name">{strings.families[family].short}</span>
              <span class="filter-count">{findings.length}</span>
            </button>
          </li>
        ))}
      </ul>
      <Toggle on={highlightsVisible} onPress={() => onHighlights(!highlightsVisible)}>
        {strings.controls.highlights}
      </Toggle>
    </section>
  );
}
