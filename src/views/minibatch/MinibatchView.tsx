import { minibatchExperiment } from '../../experiments/minibatch';
import { formatNumber } from '../../scenario/params';
import { Formula } from '../common/Formula';
import { ParamControls } from '../common/ParamControls';
import { useScenario } from '../common/useScenario';
import { ViewCharts } from '../common/ViewCharts';
import { ViewLayout } from '../common/ViewLayout';

/** [CP] Sec. 7.1, Fig. 3: mini-batch SGD on the paper's quadratic, step size tuned per point. */
export default function MinibatchView() {
  const scenario = useScenario('minibatch');
  return (
    <ViewLayout
      view="minibatch"
      formula={
        <Formula
          tex={String.raw`\displaystyle f(x) = \tfrac12\langle Ax, x\rangle + \tfrac\lambda2\|x\|^2,\qquad x \leftarrow x - \gamma\sum_{i<b} g_i(x)`}
        />
      }
      lead={
        <p>
          Mini-batch SGD (gradients summed, [CP] Algorithm 1) on the paper’s quadratic with noise g = ∇f + u,
          u ~ N(0, M‖∇f‖²·I) ({scenario.noise} reading). For every M and batch size b the step is tuned over
          the grid 1.1/(1+M)·2
          <sup>−k</sup> and the steps to reach {scenario.target === 'gap' ? 'f − f⋆' : '‖x‖'} ≤{' '}
          {formatNumber(scenario.tol)}
          {scenario.target === 'l2d' ? '·d' : scenario.target === 'rms' ? '·√d' : ''} are counted. Simulated
          in your browser; the paper’s full preset (M up to 10⁴) takes a few seconds.
        </p>
      }
      controls={<ParamControls view="minibatch" scenario={scenario} />}
    >
      <ViewCharts view="minibatch" experiment={minibatchExperiment} scenario={scenario} />
    </ViewLayout>
  );
}
