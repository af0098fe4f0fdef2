/** The findings grouped by family: only the families the reader shows, and only those with findings. */
import type { Finding } from '../../src/engine/types.ts';
import type { DismissReason } from '../../src/messaging/dismissals.ts';
import type { Family } from '../../src/messaging/protocol.ts';
import type { FindingGroupData } from '../model/families.ts';
import { strings } from '../strings.ts';
import { FindingGroup } from './FindingGroup.tsx';

/** Props: the groups, the families shown, every finding (for sentences), the text if known, and the click. */
interface FindingListProps {
  groups: FindingGroupData[];
  shown: readonly Family[];
  allFindings: readonly Finding[];
  text?: string;
  onReveal(findingId: string): void;
  /** Dismisses a finding (the popup); without it, findings cannot be dismissed (the analyse page). */
  onDismiss?(findingId: string, reason: DismissReason, note: string): void;
}

/** The grouped findings, or a sentence saying why there is nothing to list. */
export function FindingList({ groups, shown, allFindings, text, onReveal, onDismiss }: FindingListProps) {
  const visible = groups.filter((g) => shown.includes(g.family) && g.findings.length > 0);
  // When the reader's settings hide every finding, the settings note above says so.
  const hiddenBySettings = groups.every((g) => g.findings.length === 0);
  const empty =
    allFindings.length === 0
      ? strings.groups.nothing
      : visible.length === 0 && !hiddenBySettings
        ? strings.groups.allHidden
        : null;
  return (
    <section class="finding-list" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{strings.groups.heading}</h2>
      {empty && <p class="empty">{empty}</p>}
      {visible.map((group) => (
        <FindingGroup
          key={group.family}
          group={group}
          allFindings={allFindings}
          text={text}
          onReveal={onReveal}
          onDismiss={onDismiss}
        />
      ))}
    </section>
  );
}
