/**
 * The findings of one family under a heading with their count; the heading button folds the list away. A long
 * article can have thousands of findings, so the list grows a page at a time: rendering them all at once froze
 * the popup for seconds on a 20,000-word page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../src/engine/types.ts';
import type { DismissReason } from '../../src/messaging/dismissals.ts';
import type { FindingGroupData } from '../model/families.ts';
import { sentenceAround } from '../model/sentence.ts';
import { strings } from '../strings.ts';
import { FamilyIcon } from './FamilyIcon.tsx';
import { FindingItem } from './FindingItem.tsx';

/** How many findings a group shows at first, and how many more each "show more" adds. */
export const PAGE_SIZE = 25;

/** Props: the group, all findings of the report (to find each one's sentence), the text if known, and the click. */
interface FindingGroupProps {
  group: FindingGroupData;
  allFindings: readonly Finding[];
  text?: string;
  onReveal(findingId: string): void;
  onDismiss?(findingId: string, reason: DismissReason, note: string): void;
}

/** One family's list. */
export function FindingGroup({ group, allFindings, text, onReveal, onDismiss }: FindingGroupProps) {
  const [open, setOpen] = useState(true);
  const [shown, setShown] = useState(PAGE_SIZE);
  const list = useRef<HTMLUListElement>(null);
  // After "show more", focus moves to the first new item, so a keyboard reader continues where the list grew.
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    if (focusFrom.current === null) return;
    list.current?.querySelectorAll<HTMLButtonElement>('button.finding-reveal')[focusFrom.current]?.focus();
    focusFrom.current = null;
  });
  const { family, findings } = group;
  const listId = `group-${family}`;
  const remaining = findings.length - shown;
  const showMore = () => {
    focusFrom.current = shown;
    setShown(shown + PAGE_SIZE);
  };
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
      <ul id={listId} class="findings" hidden={!open} ref={list}>
        {findings.slice(0, open ? shown : 0).map((finding) => (
          <FindingItem
            key={finding.id}
            finding={finding}
            family={family}
            sentence={sentenceAround(finding, allFindings, text)}
            onReveal={onReveal}
            onDismiss={onDismiss}
          />
        ))}
      </ul>
      {open && remaining > 0 && (
        <button type="button" class="secondary show-more" onClick={showMore}>
          {strings.groups.showMore(Math.min(PAGE_SIZE, remaining), remaining)}
        </button>
      )}
    </section>
  );
}
