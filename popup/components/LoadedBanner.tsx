/**
 * Says that the result on screen was loaded from a file, when that report was made, and which of its
 * annotations the page no longer holds (a word or sentence changed or gone), so none is lost silently.
 */
import type { LoadedFrom } from '../../src/messaging/protocol.ts';
import { familyOf } from '../../src/messaging/families.ts';
import { readableDate } from '../model/dates.ts';
import { labelFor } from '../model/labels.ts';
import { strings } from '../strings.ts';
import { FamilyIcon } from './FamilyIcon.tsx';

/** How many unmatched annotations are listed before "…and N more". */
export const UNMATCHED_SHOWN = 20;

/** Props: where the report came from, and the action that replaces it with a fresh analysis. */
interface LoadedBannerProps {
  loaded: LoadedFrom;
  onAnalyse(): void;
}

/** The banner above a loaded result. */
export function LoadedBanner({ loaded, onAnalyse }: LoadedBannerProps) {
  const date = readableDate(loaded.analysedAt);
  const { unmatched, total } = loaded;
  const rest = unmatched.length - UNMATCHED_SHOWN;
  return (
    <section class="loaded" aria-labelledby="loaded-heading">
      <h2 id="loaded-heading">{strings.loaded.heading(loaded.fileName)}</h2>
      <p>{date ? strings.loaded.analysedAt(date) : strings.loaded.noDate}</p>
      {unmatched.length === 0 ? (
        <p class="loaded-all">{strings.loaded.allFound(total)}</p>
      ) : (
        <div class="loaded-missing">
          <p class="loaded-missing-heading">{strings.loaded.unmatched(unmatched.length, total)}</p>
          <ul class="unmatched-list">
            {unmatched.slice(0, UNMATCHED_SHOWN).map((finding) => (
              <li key={finding.id} class={`unmatched family-${familyOf(finding)}`}>
                <FamilyIcon family={familyOf(finding)} />
                <span class="unmatched-kind">{labelFor(finding)}</span>
                <q class="unmatched-quote">{finding.text}</q>
              </li>
            ))}
          </ul>
          {rest > 0 && <p class="unmatched-more">{strings.loaded.more(rest)}</p>}
        </div>
      )}
      <button type="button" class="secondary" onClick={onAnalyse}>
        {strings.loaded.analyseAgain}
      </button>
    </section>
  );
}
