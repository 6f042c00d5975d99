import { runtimeExperiment } from '../../experiments/runtime';
import { ChartList } from '../common/ChartList';
import { Formula } from '../common/Formula';
import { ParamControls } from '../common/ParamControls';
import { useScenario } from '../common/useScenario';
import { useViewCharts } from '../common/useViewCharts';
import { ViewLayout } from '../common/ViewLayout';

/** [SS] Theorem 1, Corollary 1, Fig. 5: synchronous SGD pays for its stragglers. */
export default function RuntimeView() {
  const scenario = useScenario('runtime');
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
      controls={<ParamControls view="runtime" scenario={scenario} />}
    >
      <ChartList view="runtime" scenario={scenario} charts={charts} />
    </ViewLayout>
  );
}
