/**
 * One finding: its label, the flagged words emphasised inside their sentence, the explanation and the question
 * to ask. Clicking anywhere on it scrolls the page to the words and flashes them. Every part of it comes from
 * the page or the engine, so it is only ever rendered as text.
 */
import type { Finding } from '../../src/engine/types.ts';
import { glossaryUrlForFinding } from '../../src/glossary/url.ts';
import type { DismissReason } from '../../src/messaging/dismissals.ts';
import type { Family } from '../../src/messaging/protocol.ts';
import { detailFor, labelFor } from '../model/labels.ts';
import type { SentenceParts } from '../model/sentence.ts';
import { strings } from '../strings.ts';
import { DismissControl } from './DismissControl.tsx';

/** Props: the finding, its family, its sentence, what a click does, and what dismissing does. */
interface FindingItemProps {
  finding: Finding;
  family: Family;
  sentence: SentenceParts;
  onReveal(findingId: string): void;
  onDismiss?(findingId: string, reason: DismissReason, note: string): void;
}

/** A finding as a list item whose sentence is the button that shows it on the page. */
export function FindingItem({ finding, family, sentence, onReveal, onDismiss }: FindingItemProps) {
  const whyId = `why-${finding.id}`;
  const detail = detailFor(finding);
  const label = labelFor(finding);
  return (
    <li class={`finding family-${family}`}>
      <p class="finding-label">
        <span class="finding-kind">{label}</span>
        {detail && <span class="finding-detail">{detail}</span>}
      </p>
      {/* The button is stretched over the whole card in CSS, so a click anywhere on the item reveals it. */}
      <button type="button" class="finding-reveal" aria-describedby={whyId} onClick={() => onReveal(finding.id)}>
        <span class="visually-hidden">{strings.finding.reveal} </span>
        <span class="sentence">
          {sentence.before}
          <mark>{sentence.flagged}</mark>
          {sentence.after}
        </span>
      </button>
      <p id={whyId} class="finding-why">
        {finding.explanation}
      </p>
      {finding.question && (
        <p class="finding-question">
          <strong>{strings.finding.ask}</strong> {finding.question}
        </p>
      )}
      {finding.inQuote && <p class="finding-note">{strings.finding.inQuote}</p>}
      {/* Above the stretched reveal button, so these take their own clicks. */}
      <div class="finding-actions">
        <a
          class="finding-glossary"
          href={glossaryUrlForFinding(finding)}
          target="_blank"
          rel="noopener"
          aria-label={strings.links.glossaryEntryLabel(label)}
        >
          {strings.links.glossaryEntry}
        </a>
        {onDismiss && <DismissControl findingId={finding.id} label={label} onDismiss={onDismiss} />}
      </div>
    </li>
  );
}
