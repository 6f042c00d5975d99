import { kvariantsExperiment } from '../../experiments/kvariants';
import { Formula } from '../common/Formula';
import { ParamControls } from '../common/ParamControls';
import { useScenario } from '../common/useScenario';
import { ViewCharts } from '../common/ViewCharts';
import { ViewLayout } from '../common/ViewLayout';

/** [SS] Fig. 6: time for J updates against K for K-sync, K-batch-sync, K-async, K-batch-async. */
export default function KvariantsView() {
  const scenario = useScenario('kvariants');
  return (
    <ViewLayout
      view="kvariants"
      formula={
        <Formula
          tex={String.raw`\displaystyle \mathbb E[T_{K\text{-sync}}] = J\,\mathbb E[X_{K:P}],\qquad \mathbb E[T_{K\text{-batch-async}}] \approx \frac{J K\,\mathbb E[X]}{P}`}
        />
      }
      lead={
        <p>
          A parameter server and P learners, each needing a random time X per mini-batch gradient. K-sync
          waits for the fastest K of P and cancels the rest; K-batch-sync counts K mini-batches from whoever
          finishes; K-async and K-batch-async never cancel, so stragglers return stale gradients later.
          Simulated event by event in your browser, J updates per run, beside the closed forms of [SS] Sec. 4
          where they exist.
        </p>
      }
      controls={<ParamControls view="kvariants" scenario={scenario} />}
    >
      <ViewCharts view="kvariants" experiment={kvariantsExperiment} scenario={scenario} />
    </ViewLayout>
  );
}
