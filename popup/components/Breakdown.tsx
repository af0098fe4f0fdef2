/** One bar per score component: its label, its weight, what it earned and why. */
import type { ScoreComponent } from '../../src/engine/types.ts';
import { strings } from '../strings.ts';

/** One component of the score. */
function ComponentBar({ component }: { component: ScoreComponent }) {
  const share = Math.min(1, Math.max(0, component.value));
  const earned = Math.round(share * component.weight);
  return (
    <li class="component">
      <p class="component-head">
        <span class="component-label">{component.label}</span>
        <span class="component-points">{strings.breakdown.points(earned, component.weight)}</span>
      </p>
      {/* The bar repeats the points in the text beside it, so screen readers skip it. */}
      <div class="bar" aria-hidden="true">
        <div class="bar-fill" style={{ width: `${share * 100}%` }} />
      </div>
      {component.detail && <p class="component-detail">{component.detail}</p>}
      {component.findingIds.length > 0 && (
        <p class="component-basis">{strings.breakdown.basedOn(component.findingIds.length)}</p>
      )}
    </li>
  );
}

/** The score's breakdown; nothing when the score has no components. */
export function Breakdown({ components }: { components: ScoreComponent[] }) {
  if (components.length === 0) return null;
  return (
    <section class="breakdown" aria-labelledby="breakdown-heading">
      <h2 id="breakdown-heading">{strings.breakdown.heading}</h2>
      <ul class="components">
        {components.map((c) => (
          <ComponentBar key={c.id} component={c} />
        ))}
      </ul>
    </section>
  );
}
