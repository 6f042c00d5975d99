import { runtimeExperiment } from '../../experiments/runtime';
import { runtimeParams } from '../../scenario/runtimeSchema';
import type { Scenario } from '../../scenario/views';
import { useApp } from '../../state/store';
import { ChartList } from '../common/ChartList';
import { DistributionEditor } from '../common/DistributionEditor';
import { Formula } from '../common/Formula';
import { ParamControls } from '../common/ParamControls';
import { useViewCharts } from '../common/useViewCharts';
import { ViewLayout } from '../common/ViewLayout';

const SIMULATED = ['sync-async-ratio', 'order-stats-vs-k'];

/** [SS] Theorem 1, Corollary 1, Fig. 5: synchronous SGD pays for its stragglers. */
export default function RuntimeView() {
  const scenario = useApp((s) => s.scenarios.runtime) as Scenario<'runtime'>;
  const setParam = useApp((s) => s.setParam);
  const charts = useViewCharts(runtimeExperiment, scenario);
  return (
    <ViewLayout
      view="runtime"
      formula={
        <Formula
          tex={String.raw`\displaystyle \frac{\mathbb E[T_{\mathrm{sync}}]}{\mathbb E[T_{\mathrm{async}}]} = \frac{P\cdot\mathbb E[X_{P:P}]}{\mathbb E[X]}`}
        />
      }
      lead={
        <p>
          With P learners whose compute times X are random, fully synchronous SGD waits for the slowest of P
          at every update, while Async SGD applies each gradient as it arrives. For exponential times the
          ratio is P·H
          <sub>P</sub> ≈ P ln P (Corollary 1). Solid lines are exact; points are Monte Carlo estimates
          computed in background workers.
        </p>
      }
      controls={
        <ParamControls
          view="runtime"
          scenario={scenario}
          custom={{
            dist: (
              <DistributionEditor
                value={scenario.dist}
                maxItems={runtimeParams.dist.maxItems}
                onChange={(v) => setParam('dist', v)}
              />
            ),
          }}
        />
      }
    >
      <ChartList view="runtime" scenario={scenario} charts={charts} simulated={SIMULATED} />
    </ViewLayout>
  );
}
