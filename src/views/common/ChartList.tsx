import { ChartFrame } from '../../charts/ChartFrame';
import type { Chart } from '../../experiments/contract';
import { scenarioParams, serializeLink } from '../../scenario/codec';
import type { Scenario, ViewName } from '../../scenario/views';
import { useApp } from '../../state/store';

declare const __APP_VERSION__: string;

interface Props {
  view: ViewName;
  scenario: Scenario;
  charts: Chart[];
  /** Charts whose simulated series are still filling in. */
  simulated?: readonly string[];
}

/** The view's charts, each with its export context (the CLI's envelope) and progress. */
export function ChartList({ view, scenario, charts, simulated = [] }: Props) {
  const run = useApp((s) => s.run);
  const notices = useApp((s) => s.notices);
  const context = {
    version: __APP_VERSION__,
    link: serializeLink(view, scenario),
    view,
    params: scenarioParams(view, scenario),
    notices: notices.map((n) => n.text),
  };
  const progress = run.status === 'running' && run.totalCost > 0 ? run.doneCost / run.totalCost : undefined;
  return (
    <>
      {charts.map((chart) => (
        <ChartFrame
          key={chart.id}
          chart={chart}
          context={context}
          progress={simulated.includes(chart.id) ? progress : undefined}
        />
      ))}
    </>
  );
}
