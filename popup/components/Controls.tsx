/** The page settings: highlights on/off, automatic analysis on this site, and turning Sourcelight off here. */
import type { Automation } from '../state/store.ts';
import { strings } from '../strings.ts';

/** Props: the current settings and the actions that change them. */
interface ControlsProps {
  highlightsVisible: boolean;
  automation: Automation;
  onHighlights(visible: boolean): void;
  onAutomation(): void;
  onTurnOff(): void;
}

/** The settings for this page. */
export function Controls({ highlightsVisible, automation, onHighlights, onAutomation, onTurnOff }: ControlsProps) {
  return (
    <section class="controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading" class="visually-hidden">
        {strings.controls.heading}
      </h2>
      <button
        type="button"
        class="toggle"
        aria-pressed={highlightsVisible}
        onClick={() => onHighlights(!highlightsVisible)}
      >
        <span class="switch" aria-hidden="true" />
        {strings.controls.highlights}
      </button>
      {automation && (
        // onAutomation must run straight in the click: the browser allows its permission prompt only then.
        <button type="button" class="toggle" aria-pressed={automation.enabled} onClick={onAutomation}>
          <span class="switch" aria-hidden="true" />
          {strings.controls.automation}
        </button>
      )}
      {automation?.enabled && <p class="control-note">{strings.controls.automationOn(automation.origin)}</p>}
      <button type="button" class="secondary" onClick={onTurnOff}>
        {strings.controls.turnOff}
      </button>
    </section>
  );
}
