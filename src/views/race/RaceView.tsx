import { raceExperiment } from '../../experiments/race';
import { raceParams } from '../../scenario/raceSchema';
import type { Scenario } from '../../scenario/views';
import { useApp } from '../../state/store';
import { ChartList } from '../common/ChartList';
import { DistributionEditor } from '../common/DistributionEditor';
import { Formula } from '../common/Formula';
import { ParamControls } from '../common/ParamControls';
import { useViewCharts } from '../common/useViewCharts';
import { ViewLayout } from '../common/ViewLayout';

const SIMULATED = ['error-vs-time', 'adasync-schedule', 'eq13-vs-fixed', 'who-wins'];
const ADVANCED = [
  'n',
  'dim',
  'sep',
  'flip',
  'ridge',
  'etamax',
  'comp',
  'Lip',
  'conv',
  'sigma2',
  'MG',
  'stale',
  'p0',
];

/** [SS] Figs. 7–9 and Eq. 13, and who reaches a target error first in wall-clock time. */
export default function RaceView() {
  const scenario = useApp((s) => s.scenarios.race) as Scenario<'race'>;
  const setParam = useApp((s) => s.setParam);
  const charts = useViewCharts(raceExperiment, scenario);
  return (
    <ViewLayout
      view="race"
      formula={
        <Formula
          tex={String.raw`\displaystyle \text{time to } \varepsilon = (\text{updates needed}) \times (\text{time per update}),\qquad w_{j+1} = w_j - \frac{\eta}{K}\sum_{l \le K} g\big(w_{\tau(l,j)}\big)`}
        />
      }
      lead={
        <p>
          [SS] measures the time per update, [CP] the updates needed; what a practitioner waits for is their
          product. Here real SGD runs inside the parameter-server simulation: each learner computes its
          gradient at the parameters it last read, so Async updates often but with stale gradients, and sync
          waits for its slowest learner. The bounds of [SS] Sec. 5 come first, then simulated error against
          wall-clock time, the staleness-compensating step of Eq. 13, and a map of who wins the race.
        </p>
      }
      controls={
        <ParamControls
          view="race"
          scenario={scenario}
          advanced={ADVANCED}
          hidden={scenario.problem === 'quadratic' ? ['n', 'dim', 'sep', 'flip', 'ridge'] : ['M']}
          custom={{
            dist: (
              <DistributionEditor
                value={scenario.dist}
                maxItems={raceParams.dist.maxItems}
                onChange={(v) => setParam('dist', v)}
              />
            ),
          }}
        />
      }
    >
      <ChartList view="race" scenario={scenario} charts={charts} simulated={SIMULATED} />
    </ViewLayout>
  );
}
