import { useMemo, useRef } from 'react';
import type { Chart } from '../../experiments/contract';
import type { Experiment } from '../../experiments/experiment';
import type { Scenario, ViewName } from '../../scenario/views';
import { resultsForSeed } from '../../state/results';
import { useApp } from '../../state/store';

/**
 * The view's charts: closed forms at once, simulated points as their cells stream in. A chart whose
 * content did not change keeps its object identity, so (memoised) frames that did not change are not
 * re-rendered while other charts fill in — rendering SVG is the main thread's biggest cost.
 */
export function useViewCharts<V extends ViewName>(experiment: Experiment<V>, scenario: Scenario<V>): Chart[] {
  const version = useApp((s) => s.resultsVersion);
  const previous = useRef(new Map<string, { json: string; chart: Chart }>());
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` signals new results in the mutable store
  return useMemo(() => {
    const charts = experiment.charts(scenario, resultsForSeed(scenario.seed));
    const next = new Map<string, { json: string; chart: Chart }>();
    const stable = charts.map((chart) => {
      const json = JSON.stringify(chart);
      const old = previous.current.get(chart.id);
      const kept = old && old.json === json ? old.chart : chart;
      next.set(chart.id, { json, chart: kept });
      return kept;
    });
    previous.current = next;
    return stable;
  }, [experiment, scenario, version]);
}
