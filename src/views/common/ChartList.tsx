import { memo, useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import type { Chart } from '../../experiments/contract';
import { scenarioParams, serializeLink } from '../../scenario/codec';
import type { Scenario, ViewName } from '../../scenario/views';
import { useApp } from '../../state/store';

declare const __APP_VERSION__: string;

/** Re-renders only when its chart, context or progress changed (see useViewCharts). */
const Frame = memo(ChartFrame);

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
  const context = useMemo(
    () => ({
      version: __APP_VERSION__,
      link: serializeLink(view, scenario),
      view,
      params: scenarioParams(view, scenario),
      notices: notices.map((n) => n.text),
    }),
    [view, scenario, notices],
  );
  const progress = run.status === 'running' && run.totalCost > 0 ? run.doneCost / run.totalCost : undefined;
  const embed = useApp((s) => s.display.embed);
  // embed=1 shows the view's main (first) chart; an unknown id says so and shows the main chart.
  const embedded = embed === null ? null : (charts.find((c) => c.id === embed) ?? charts[0]);
  const missing = embed !== null && embed !== 'main' && embedded?.id !== embed;
  const shown = embedded ? [embedded] : charts;
  return (
    <>
      {missing && <p className="control-error">This view has no chart “{embed}”; showing its main chart.</p>}
      {shown.map((chart) => (
        <Frame
          key={chart.id}
          chart={chart}
          context={context}
          progress={simulated.includes(chart.id) ? progress : undefined}
        />
      ))}
    </>
  );
}
