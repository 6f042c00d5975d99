import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { Chart } from '../../experiments/contract';
import type { Experiment } from '../../experiments/experiment';
import type { Scenario, ViewName } from '../../scenario/views';
import { chartsMounted, chartsRendered } from '../../state/chartsRendered';
import { resultsForSeed } from '../../state/results';
import { useApp } from '../../state/store';
import { sameJson } from './sameJson';

/**
 * The view's charts: closed forms at once, simulated points as their cells stream in. A chart whose
 * content did not change keeps its object identity, so (memoised) frames that did not change are not
 * re-rendered while other charts fill in — rendering SVG is the main thread's biggest cost.
 */
export function useViewCharts<V extends ViewName>(experiment: Experiment<V>, scenario: Scenario<V>): Chart[] {
  const version = useDrawnResultsVersion();
  const previous = useRef(new Map<string, Chart>());
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` signals new results in the mutable store
  return useMemo(() => {
    const charts = experiment.charts(scenario, resultsForSeed(scenario.seed));
    const next = new Map<string, Chart>();
    const stable = charts.map((chart) => {
      const old = previous.current.get(chart.id);
      const kept = old && sameJson(old, chart) ? old : chart;
      next.set(chart.id, kept);
      return kept;
    });
    previous.current = next;
    return stable;
  }, [experiment, scenario, version]);
}

/**
 * The store's results version, followed in a React transition: streamed results re-render the view
 * in slices that yield to the browser (a store selector would render them in one synchronous task),
 * and input stays first. Once committed, the version is reported to the simulation driver, which
 * publishes the next results only then (state/resultsPacer).
 */
function useDrawnResultsVersion(): number {
  const [version, setVersion] = useState(() => useApp.getState().resultsVersion);
  useEffect(() => {
    const unmounted = chartsMounted();
    const follow = (v: number) => startTransition(() => setVersion(v));
    const unsubscribe = useApp.subscribe((st, prev) => {
      if (st.resultsVersion !== prev.resultsVersion) follow(st.resultsVersion);
    });
    // Results published between the first render and this effect.
    follow(useApp.getState().resultsVersion);
    return () => {
      unsubscribe();
      unmounted();
    };
  }, []);
  useEffect(() => chartsRendered(version), [version]);
  return version;
}
