import { kvariantsExperiment } from '../../experiments/kvariants';
import { kvariantsParams } from '../../scenario/kvariantsSchema';
import type { Scenario } from '../../scenario/views';
import { useApp } from '../../state/store';
import { ChartList } from '../common/ChartList';
import { DistributionEditor } from '../common/DistributionEditor';
import { Formula } from '../common/Formula';
import { ParamControls } from '../common/ParamControls';
import { useViewCharts } from '../common/useViewCharts';
import { VariantsControl } from '../common/VariantsControl';
import { ViewLayout } from '../common/ViewLayout';

const ADVANCED = ['comm', 'nslow', 'slowx'];

/** [SS] Fig. 6: time for J updates against K for K-sync, K-batch-sync, K-async, K-batch-async. */
export default function KvariantsView() {
  const scenario = useApp((s) => s.scenarios.kvariants) as Scenario<'kvariants'>;
  const setParam = useApp((s) => s.setParam);
  const charts = useViewCharts(kvariantsExperiment, scenario);
  const simulated = charts
    .map((c) => c.id)
    .filter((id) => id.startsWith('time-vs-k') || id === 'staleness' || id === 'theorem-2');
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
      controls={
        <ParamControls
          view="kvariants"
          scenario={scenario}
          advanced={ADVANCED}
          custom={{
            dist: (
              <DistributionEditor
                value={scenario.dist}
                maxItems={kvariantsParams.dist.maxItems}
                onChange={(v) => setParam('dist', v)}
              />
            ),
            variants: (
              <VariantsControl
                value={scenario.variants}
                onChange={(v) => setParam('variants', v)}
                help={kvariantsParams.variants.help}
              />
            ),
          }}
        />
      }
    >
      <ChartList view="kvariants" scenario={scenario} charts={charts} simulated={simulated} />
    </ViewLayout>
  );
}
