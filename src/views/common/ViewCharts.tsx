import type { Experiment } from '../../experiments/experiment';
import type { Scenario, ViewName } from '../../scenario/views';
import { ChartList } from './ChartList';
import { useViewCharts } from './useViewCharts';

interface Props<V extends ViewName> {
  view: V;
  experiment: Experiment<V>;
  scenario: Scenario<V>;
}

/**
 * The view's charts, following the results as they stream in. A component of its own so that each
 * new result re-renders the charts only: when the view itself followed the results, every result
 * re-rendered its header and parameter panel too (every input's attributes written again, the panel's
 * style and layout recomputed), 10–20 ms of the main thread per result on the race view.
 */
export function ViewCharts<V extends ViewName>({ view, experiment, scenario }: Props<V>) {
  const charts = useViewCharts(experiment, scenario);
  // Scenario<V> is one member of the union ChartList takes (TypeScript cannot see it for a generic V).
  return <ChartList view={view} scenario={scenario as Scenario} charts={charts} />;
}
