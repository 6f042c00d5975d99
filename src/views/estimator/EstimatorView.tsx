import { estimatorExperiment } from '../../experiments/estimator';
import { formatNumber } from '../../scenario/params';
import { Formula } from '../common/Formula';
import { ParamControls } from '../common/ParamControls';
import { useScenario } from '../common/useScenario';
import { ViewCharts } from '../common/ViewCharts';
import { ViewLayout } from '../common/ViewLayout';

/** [CP] Eq. 9, Sec. 7.2–7.3: estimating the critical batch size along a training run. */
export default function EstimatorView() {
  const scenario = useScenario('estimator');
  return (
    <ViewLayout
      view="estimator"
      formula={
        <Formula
          tex={String.raw`\displaystyle \hat b(x) = 1 + \frac{\mathbb E\|g - \nabla f\|^2}{\|\nabla f\|^2 + \hat\varepsilon_T},\qquad \hat b_{\mathrm{crit}} = \max \hat b \text{ up to the target}`}
        />
      }
      lead={
        <p>
          The paper estimates the critical batch size from one training run: the per-example gradient noise
          over the squared gradient, regularised by ε̂<sub>T</sub>, the mean ‖∇f‖² over the run’s last 10
          epochs. Here it is computed along an SGD run on the paper’s quadratic (noise in closed form; an
          epoch is {formatNumber(scenario.epoch)} steps) and on ridge logistic regression over a synthetic
          dataset (noise exact over the n = {formatNumber(scenario.n)} examples), both with a step-decay
          schedule (
          {scenario.decays === 0
            ? 'here none: a constant step'
            : `the step divided by ${formatNumber(scenario.factor)} at each of ${scenario.decays} decay${scenario.decays === 1 ? '' : 's'}`}
          ). The paper used ResNets on CIFAR-10, which cannot ship here. The second chart checks the estimate
          against steps to target with tuned steps, as the paper’s Figs. 7–8 do.
        </p>
      }
      controls={<ParamControls view="estimator" scenario={scenario} />}
    >
      <ViewCharts view="estimator" experiment={estimatorExperiment} scenario={scenario} />
    </ViewLayout>
  );
}
