import type { Scenario, ViewName } from '../../scenario/views';
import { useApp } from '../../state/store';

/**
 * The view's scenario, typed by its schema. The store creates a view's scenario before the view is
 * shown (from the link, or on switching to it), so a view component always finds one.
 */
export function useScenario<V extends ViewName>(view: V): Scenario<V> {
  const scenario = useApp((s) => s.scenarios[view]);
  if (!scenario)
    throw new Error(`No scenario for the view ${view}: the store creates it before showing the view.`);
  return scenario;
}
