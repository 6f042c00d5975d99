import { runtimeExperiment } from '../../experiments/runtime';
import { Formula } from '../common/Formula';
import { ParamControls } from '../common/ParamControls';
import { useScenario } from '../common/useScenario';
import { ViewCharts } from '../common/ViewCharts';
import { ViewLayout } from '../common/ViewLayout';

/** [SS] Theorem 1, Corollary 1, Fig. 5: synchronous SGD pays for its stragglers. */
export default function RuntimeView() {
  const scenario = useScenario('runtime');
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
      <ViewCharts view="runtime" experiment={runtimeExperiment} scenario={scenario} />
    </ViewLayout>
  );
}
