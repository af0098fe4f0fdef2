/** An on/off button drawn as a switch: a real button with aria-pressed, so keyboards and screen readers know it. */
import type { ComponentChildren } from 'preact';

/** Props: whether it is on, its label, and what a press does. */
interface ToggleProps {
  on: boolean;
  onPress(): void;
  children: ComponentChildren;
}

/** The switch. */
export function Toggle({ on, onPress, children }: ToggleProps) {
  return (
    <button type="button" class="toggle" aria-pressed={on} onClick={onPress}>
      <span class="switch" aria-hidden="true" />
      {children}
    </button>
  );
}
