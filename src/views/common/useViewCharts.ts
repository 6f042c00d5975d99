import { useMemo } from 'react';
import type { Chart } from '../../experiments/contract';
import { experimentOf } from '../../experiments/index';
import type { Scenario, ViewName } from '../../scenario/views';
import { resultsForSeed } from '../../state/results';
import { useApp } from '../../state/store';

/** The view's charts: closed forms at once, simulated points as their cells stream in. */
export function useViewCharts<V extends ViewName>(view: V, scenario: Scenario<V>): Chart[] {
  const version = useApp((s) => s.resultsVersion);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` signals new results in the mutable store
  return useMemo(
    () => experimentOf(view).charts(scenario, resultsForSeed(scenario.seed)),
    [view, scenario, version],
  );
}
