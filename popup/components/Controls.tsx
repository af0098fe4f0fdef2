/** The page settings at the foot of the result: automatic analysis on this site, and turning Sourcelight off here. */
import type { Automation } from '../state/store.ts';
import { strings } from '../strings.ts';
import { Toggle } from './Toggle.tsx';

/** Props: the current setting and the actions that change things. */
interface ControlsProps {
  automation: Automation;
  onAutomation(): void;
  onTurnOff(): void;
}

/** The settings for this page. */
export function Controls({ automation, onAutomation, onTurnOff }: ControlsProps) {
  return (
    <section class="controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading" class="visually-hidden">
        {strings.controls.heading}
      </h2>
      {automation && (
        // onAutomation must run straight in the click: the browser allows its permission prompt only then.
        <Toggle on={automation.enabled} onPress={onAutomation}>
          {strings.controls.automation}
        </Toggle>
      )}
      {automation?.enabled && <p class="control-note">{strings.controls.automationOn(automation.origin)}</p>}
      <button type="button" class="secondary" onClick={onTurnOff}>
        {strings.controls.turnOff}
      </button>
    </section>
  );
}
