import type { Trajectory } from '../../engine/quadratic';
import { formatNumber } from '../../scenario/params';
import type { Scenario } from '../../scenario/views';
import type { CellResults } from '../cells';
import type { Chart, Point, Series } from '../contract';
import { resultOf } from '../defineCell';
import { tuneParams } from '../quadratic/fromScenario';
import { trajectoriesCell } from './cells';

type S = Scenario<'minibatch'>;

const MEASURE: Record<string, string> = { l2d: '‖x‖/d', rms: '‖x‖/√d', gap: 'f(x) − f⋆' };

/** One run as points (step 0 is left out: the axis is logarithmic), ending with a note when it did not reach the target. */
function pathPoints(t: Trajectory): Point[] {
  const points: Point[] = [];
  t.steps.forEach((step, i) => {
    if (step > 0) points.push({ x: step, y: t.measure[i] });
  });
  if (t.status === 'diverged')
    points.push({ x: Math.max(1, t.endStep), y: null, note: `diverged at step ${t.endStep}` });
  if (t.status === 'capped')
    points.push({ x: t.endStep, y: null, note: `stopped at the cap of ${t.endStep} steps` });
  return points;
}

/** One run's distance to the target against steps, at the tuned step and at the user's γ. */
export function trajectoryChart(s: S, results: CellResults): Chart {
  const cell = trajectoriesCell(tuneParams(s, s.runM, s.runb), s.gamma);
  const r = resultOf(results, cell);
  const series: Series[] = [];
  const tunedGamma = r?.tuned.bestGamma ?? null;
  series.push({
    id: 'tuned',
    label:
      tunedGamma === null ? 'tuned step' : `tuned γ = ${formatNumber(Number(tunedGamma.toPrecision(4)))}`,
    kind: 'simulation',
    colorIndex: 0,
    source: `one run, seed ${s.seed}, at the grid step that needs the fewest mean steps for M = ${formatNumber(s.runM)}, b = ${s.runb}`,
    points: r?.atTuned ? pathPoints(r.atTuned) : [],
  });
  series.push({
    id: 'your-gamma',
    label: `your γ = ${formatNumber(s.gamma)}`,
    kind: 'simulation',
    colorIndex: 1,
    source: `one run, seed ${s.seed}, at γ = ${formatNumber(s.gamma)} per summed gradient`,
    points: r ? pathPoints(r.atGamma) : [],
  });
  const outcome = (t: Trajectory | null | undefined) =>
    t?.stepsToTarget
      ? `reaches tol = ${formatNumber(s.tol)} in ${formatNumber(t.stepsToTarget)} steps`
      : t
        ? `does not reach tol = ${formatNumber(s.tol)} (${t.status})`
        : 'is still running';
  return {
    type: 'xy',
    id: 'one-run',
    title: `One run: M = ${formatNumber(s.runM)}, b = ${s.runb}`,
    cite: '[CP] Sec. 7.1 (what “tuned” means)',
    summary: `Distance to the target (${MEASURE[s.target]}) against steps. The tuned step ${outcome(r?.atTuned)}; the run at your γ ${outcome(r?.atGamma)}. Too small a step crawls; too large a step stalls at a noise floor or diverges.`,
    x: { label: 'steps', scale: 'log' },
    y: { label: MEASURE[s.target] ?? 'measure', scale: 'log' },
    marks: [{ axis: 'y', value: s.tol, label: `target ${formatNumber(s.tol)}` }],
    series,
  };
}
