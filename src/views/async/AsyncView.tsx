import { asyncExperiment } from '../../experiments/async';
import { Formula } from '../common/Formula';
import { ParamControls } from '../common/ParamControls';
import { useScenario } from '../common/useScenario';
import { ViewCharts } from '../common/ViewCharts';
import { ViewLayout } from '../common/ViewLayout';

/** [CP] Sec. 7.1 Fig. 4 (delayed SGD) and Sec. 6 (relative sparsity, Table 1). */
export default function AsyncView() {
  const scenario = useScenario('async');
  const learners = scenario.delay === 'learners';
  return (
    <ViewLayout
      view="async"
      formula={
        <Formula
          tex={String.raw`\displaystyle x_{t+1} = x_t - \gamma\sum_{i<b} g_i(x_{t-\delta}),\qquad \delta \le \tau - 1`}
        />
      }
      lead={
        <p>
          Delayed SGD ([CP] Algorithm 1 with τ &gt; 1) on the paper’s quadratic: each gradient is computed at
          an iterate up to τ − 1 steps old, as when τ workers compute at once. For every M and τ the step is
          tuned over the grid 1.1/(1+M)·2<sup>−k</sup>. Parallel time is steps/τ; it falls like 1/τ only up to
          the critical level b·τ ≈ M′ + 1, as mini-batches do. Below, Sec. 6: on B = 1/Δ blocks (gradients
          that touch one block in B) delays up to about 1/Δ are free. Simulated in your browser
          {learners
            ? '; with P learners the delays come from their random compute times ([SS] Async SGD)'
            : ''}
          .
        </p>
      }
      controls={<ParamControls view="async" scenario={scenario} />}
    >
      <ViewCharts view="async" experiment={asyncExperiment} scenario={scenario} />
    </ViewLayout>
  );
}
