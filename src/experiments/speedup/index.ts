import {
  criticalBatch,
  criticalStepAveraged,
  criticalStepSummed,
  linearScalingStep,
  relativeIterations,
  speedup,
} from '../../engine/criticalBatch';
import { pow } from '../../engine/math';
import { formatNumber } from '../../scenario/params';
import type { Scenario } from '../../scenario/views';
import { colorForM } from '../colors';
import type { Chart, Mark, Series } from '../contract';
import { slug } from '../contract';
import type { Experiment } from '../experiment';

/** Eight points per octave: smooth log–log curves without thousands of points. */
function batchGrid(bmax: number): number[] {
  const out: number[] = [];
  for (let k = 0; k <= bmax * 8; k++) out.push(pow(2, k / 8));
  return out;
}

const mLabel = (M: number) => `M = ${formatNumber(M)}`;

function speedupChart(s: Scenario<'speedup'>): Chart {
  const grid = batchGrid(s.bmax);
  const bTop = pow(2, s.bmax);
  const iterations = s.plot === 'iterations';
  const f = iterations ? relativeIterations : speedup;
  const formula = iterations
    ? `(σ⋆²/ε + M + b)/(b(σ⋆²/ε + M + 1)) with σ⋆² = ${formatNumber(s.sigma2)}, ε = ${formatNumber(s.eps)}`
    : `b(σ⋆²/ε + M + 1)/(σ⋆²/ε + M + b) with σ⋆² = ${formatNumber(s.sigma2)}, ε = ${formatNumber(s.eps)}`;
  const series: Series[] = s.M.map((M) => ({
    id: slug('m', M),
    label: mLabel(M),
    kind: 'approximation',
    colorIndex: colorForM(M, s.M),
    source: `[CP] Sec. 5: ${formula}; a ratio of upper bounds, predicted up to constants`,
    points: grid.map((b) => ({ x: b, y: f(b, M, s.sigma2, s.eps) })),
  }));
  series.push({
    id: 'linear',
    label: iterations ? 'linear speedup (1/b)' : 'linear speedup (b)',
    kind: 'reference',
    source: iterations ? 'the line 1/b' : 'the line b',
    points: [1, bTop].map((b) => ({ x: b, y: iterations ? 1 / b : b })),
  });
  const marks: Mark[] = [];
  const outside: string[] = [];
  for (const M of s.M) {
    const bc = criticalBatch(M, s.sigma2, s.eps);
    if (bc <= bTop) marks.push({ axis: 'x', value: bc, label: `b_crit (${mLabel(M)})` });
    else outside.push(`${formatNumber(bc)} for ${mLabel(M)}`);
  }
  const beyond = outside.length ? ` Beyond the axis: b_crit = ${outside.join(', ')}.` : '';
  return {
    type: 'xy',
    id: iterations ? 'iterations-vs-b' : 'speedup-vs-b',
    title: iterations
      ? 'Relative number of iterations against batch size (predicted)'
      : 'Parallel speedup against batch size (predicted)',
    cite: iterations ? '[CP] Fig. 1, Sec. 5' : '[CP] Fig. 2 (left), Sec. 5',
    summary:
      (iterations
        ? 'Iterations at batch b relative to b = 1 fall like 1/b while b is below b_crit, then flatten: extra gradients per step stop paying.'
        : 'Speedup follows the linear line b until b reaches b_crit = σ⋆²/ε + M + 1, then saturates at b_crit: more noise allows more parallelism.') +
      beyond,
    x: { label: 'batch size b', scale: 'log' },
    y: { label: iterations ? 'iterations relative to b = 1' : 'speedup S(b)', scale: 'log' },
    marks,
    series,
  };
}

function learningRateCharts(s: Scenario<'speedup'>): Chart[] {
  const grid = batchGrid(s.bmax);
  const summed: Series[] = s.M.map((M) => ({
    id: slug('m', M),
    label: mLabel(M),
    kind: 'approximation',
    colorIndex: colorForM(M, s.M),
    source: '[CP] Theorem 1: γ_crit·L = 1/(10(M + b)), per summed gradient',
    points: grid.map((b) => ({ x: b, y: criticalStepSummed(b, M) })),
  }));
  const averaged: Series[] = s.M.flatMap((M): Series[] => [
    {
      id: slug('m', M),
      label: mLabel(M),
      kind: 'approximation',
      colorIndex: colorForM(M, s.M),
      source: '[CP] Fig. 2 (right): γ_mb·L = b/(10(M + b)), per averaged mini-batch',
      points: grid.map((b) => ({ x: b, y: criticalStepAveraged(b, M) })),
    },
    {
      id: slug('linear-scaling-m', M),
      label: `linear scaling rule, ${mLabel(M)}`,
      kind: 'reference',
      colorIndex: colorForM(M, s.M),
      source: 'γ_mb(b) = b·γ_mb(1): the linear scaling rule from b = 1',
      // Drawn up to b = 8(M + 1), well past where it parts from γ_mb, so it does not dwarf the chart.
      points: grid.filter((b) => b <= 8 * (M + 1)).map((b) => ({ x: b, y: linearScalingStep(b, M) })),
    },
  ]);
  const marksAtM: Mark[] = s.M.filter((M) => M >= 1 && M <= pow(2, s.bmax)).map((M) => ({
    axis: 'x',
    value: M,
    label: `b = M = ${formatNumber(M)}`,
  }));
  return [
    {
      type: 'xy',
      id: 'lr-averaged-vs-b',
      title: 'Learning rate for averaged mini-batches against batch size (predicted)',
      cite: '[CP] Fig. 2 (right), Theorem 1',
      summary:
        'With averaged gradients the best step γ_mb grows linearly with b (the linear scaling rule) only while b ≤ M; beyond b ≈ M it stays constant.',
      x: { label: 'batch size b', scale: 'log' },
      y: { label: 'step size γ_mb · L', scale: 'log' },
      marks: marksAtM,
      series: averaged,
    },
    {
      type: 'xy',
      id: 'lr-summed-vs-b',
      title: 'Learning rate per summed gradient against batch size (predicted)',
      cite: '[CP] Theorem 1, Algorithm 1',
      summary:
        'Per gradient (summed form), the critical step γ_crit = 1/(10L(M + b)) is flat while b ≪ M and falls like 1/b beyond it.',
      x: { label: 'batch size b', scale: 'log' },
      y: { label: 'step size γ · L', scale: 'log' },
      marks: marksAtM,
      series: summed,
    },
  ];
}

export const speedupExperiment: Experiment<'speedup'> = {
  view: 'speedup',
  cells: () => [],
  charts: (s) => [speedupChart(s), ...learningRateCharts(s)],
};
