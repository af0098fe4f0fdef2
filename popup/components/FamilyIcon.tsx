/** The family's glyph in its colour: a second cue besides colour, hidden from screen readers (the text says it). */
import type { Family } from '../../src/messaging/protocol.ts';
import { FAMILY_ICON } from '../model/families.ts';

/** A small round badge with the family's glyph. */
export function FamilyIcon({ family }: { family: Family }) {
  return (
    <span class={`family-icon family-${family}`} aria-hidden="true">
      {FAMILY_ICON[family]}
    </span>
  );
}
