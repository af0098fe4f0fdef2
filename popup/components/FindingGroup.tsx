/** The findings of one family under a heading with their count; the heading button folds the list away. */
import { useState } from 'preact/hooks';
import type { Finding } from '../../src/engine/types.ts';
import type { FindingGroupData } from '../model/families.ts';
import { sentenceAround } from '../model/sentence.ts';
import { strings } from '../strings.ts';
import { FamilyIcon } from './FamilyIcon.tsx';
import { FindingItem } from './FindingItem.tsx';

/** Props: the group, all findings of the report (to find each one's sentence), the text if known, and the click. */
interface FindingGroupProps {
  group: FindingGroupData;
  allFindings: readonly Finding[];
  text?: string;
  onReveal(findingId: string): void;
}

/** One family's list. */
export function FindingGroup({ group, allFindings, text, onReveal }: FindingGroupProps) {
  const [open, setOpen] = useState(true);
  const { family, findings } = group;
  const listId = `group-${family}`;
  return (
    <section class={`group family-${family}`}>
      <h3 class="group-heading">
        <button
          type="button"
          class="group-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          <FamilyIcon family={family} />
          <span class="group-title">{strings.families[family].title}</span>
          <span class="group-count">{strings.groups.count(findings.length)}</span>
        </button>
      </h3>
      <ul id={listId} class="findings" hidden={!open}>
        {findings.map((finding) => (
          <FindingItem
            key={finding.id}
            finding={finding}
            family={family}
            sentence={sentenceAround(finding, allFindings, text)}
            onReveal={onReveal}
          />
        ))}
      </ul>
    </section>
  );
}
