import { raceExperiment } from '../../experiments/race';
import { Formula } from '../common/Formula';
import { ParamControls } from '../common/ParamControls';
import { useScenario } from '../common/useScenario';
import { ViewCharts } from '../common/ViewCharts';
import { ViewLayout } from '../common/ViewLayout';

/** [SS] Figs. 7–9 and Eq. 13, and who reaches a target error first in wall-clock time. */
export default function RaceView() {
  const scenario = useScenario('race');
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
      controls={<ParamControls view="race" scenario={scenario} />}
    >
      <ViewCharts view="race" experiment={raceExperiment} scenario={scenario} />
    </ViewLayout>
  );
}
