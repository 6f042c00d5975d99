import { speedupExperiment } from '../../experiments/speedup';
import { formatNumber } from '../../scenario/params';
import { Formula } from '../common/Formula';
import { ParamControls } from '../common/ParamControls';
import { useScenario } from '../common/useScenario';
import { ViewCharts } from '../common/ViewCharts';
import { ViewLayout } from '../common/ViewLayout';

/** [CP] Sec. 5, Figs. 1–2: the closed-form speedup and learning-rate predictions. */
export default function SpeedupView() {
  const scenario = useScenario('speedup');
  const noise = scenario.sigma2 / scenario.eps;
  return (
    <ViewLayout
      view="speedup"
      formula={
        <Formula
          tex={String.raw`\displaystyle S(b) = b\cdot\frac{\sigma_\star^2/\varepsilon + M + 1}{\sigma_\star^2/\varepsilon + M + b},\qquad b_{\mathrm{crit}} = \sigma_\star^2/\varepsilon + M + 1`}
        />
      }
      lead={
        <p>
          Each of b gradients in a mini-batch costs as much as a sequential step, but a step with b gradients
          is worth at most b sequential steps — and only while b is below the critical batch size. Here σ⋆²/ε
          = {formatNumber(Number(noise.toPrecision(4)))}, so b<sub>crit</sub> ={' '}
          {formatNumber(Number((noise + 1).toPrecision(4)))} + M. These are ratios of upper bounds ([CP]
          Theorem 1): predictions up to constants, drawn dashed.
        </p>
      }
      controls={<ParamControls view="speedup" scenario={scenario} />}
    >
      <ViewCharts view="speedup" experiment={speedupExperiment} scenario={scenario} />
    </ViewLayout>
  );
}
