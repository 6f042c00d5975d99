import { decaySteps, type LogisticRun } from '../../engine/logistic';
import type { DecayRun } from '../../engine/quadratic';
import { bHat, effectiveM, exampleNoise } from '../../engine/quadratic';
import { formatNumber, formatSignificant } from '../../scenario/params';
import type { Scenario } from '../../scenario/views';
import type { CellResults } from '../cells';
import type { Chart, Mark, Point, Series } from '../contract';
import { resultOf } from '../defineCell';
import { tuneCell } from '../minibatch/cells';
import { relativeStepsPoint } from '../quadratic/relativeSteps';
import { batchSizes, decayCell, decayParams, logisticCell, logisticParams, tuneParamsAt } from './cells';

type S = Scenario<'estimator'>;

const fmt = formatSignificant;
const MEASURE: Record<string, string> = { l2d: '‖x‖/d', rms: '‖x‖/√d', gap: 'f(x) − f⋆' };
const PAPER =
  'The paper measured this on ResNet-8/18 trained on CIFAR-10 (batches of 256), which cannot ship in a browser page; this is a synthetic stand-in.';

/** Marks for the step decays of a run: "γ ÷ factor" at each phase boundary. */
function decayMarks(s: S, steps: number, gamma: number): Mark[] {
  return decaySteps({ gamma, decays: s.decays, factor: s.factor, steps }).map((t) => ({
    axis: 'x' as const,
    value: t,
    label: `step ÷ ${formatNumber(s.factor)}`,
  }));
}

/** The largest value among points up to step `until` (all points when null). */
function maxUpTo(points: Point[], until: number | null): number | null {
  let best: number | null = null;
  for (const p of points) {
    if (until !== null && p.x > until) break;
    if (p.y !== null && (best === null || p.y > best)) best = p.y;
  }
  return best;
}

/** Per-example noise E‖g − ∇f‖² on the quadratic at ‖∇f‖² = g2 (closed form). */
function quadNoise(s: S, g2: number): number {
  return exampleNoise(
    { M: s.M, sigma2: s.sigma2, noise: s.noise === 'coord' ? 'coord' : 'literal' },
    s.d,
    g2,
  );
}

export interface QuadEstimate {
  run: DecayRun | undefined;
  live: Point[];
  final: Point[];
  bCrit: number | null;
}

/** b̂ along the quadratic run (both stand-ins) and b̂_crit up to the target. */
/** b̂ with the live stand-in ε̂ (dashed) and with the final ε̂_T: the two series both runs draw. */
function liveAndFinal(
  live: Point[],
  final: Point[],
  epsHat: number | null | undefined,
  liveSource: string,
  finalSource: string,
): Series[] {
  return [
    {
      id: 'live',
      label: 'b̂, live: ε̂ = running min ‖∇f‖²',
      kind: 'simulation',
      colorIndex: 0,
      dash: true,
      source: liveSource,
      points: live,
    },
    {
      id: 'final',
      label:
        epsHat != null ? `b̂, final: ε̂_T = ${fmt(epsHat, 3)}` : 'b̂, final: ε̂_T = mean ‖∇f‖², last 10 epochs',
      kind: 'simulation',
      colorIndex: 1,
      source: finalSource,
      points: final,
    },
  ];
}

export function quadEstimate(s: S, results: CellResults): QuadEstimate {
  const run = resultOf(results, decayCell(s));
  if (!run) return { run, live: [], final: [], bCrit: null };
  const live: Point[] = run.steps.map((t, i) => ({
    x: t,
    y: bHat(quadNoise(s, run.grad2[i]), run.grad2[i], run.runMin[i]),
  }));
  const final: Point[] =
    run.epsHat === null
      ? []
      : run.steps.map((t, i) => ({ x: t, y: bHat(quadNoise(s, run.grad2[i]), run.grad2[i], run.epsHat!) }));
  if (run.status === 'diverged') {
    const note = `the run diverged at step ${run.endStep}: no ε̂_T`;
    live.push({ x: Math.max(1, run.endStep), y: null, note });
    final.push({ x: Math.max(1, run.endStep), y: null, note });
  }
  return { run, live, final, bCrit: run.epsHat === null ? null : maxUpTo(final, run.reached) };
}

/** [CP] Eq. 9 on the quadratic: b̂ along one step-decay run. */
export function quadraticChart(s: S, results: CellResults): Chart {
  const { run, live, final, bCrit } = quadEstimate(s, results);
  const Me = effectiveM({ M: s.M, sigma2: s.sigma2, noise: s.noise === 'coord' ? 'coord' : 'literal' }, s.d);
  const sig = s.noise === 'coord' ? s.sigma2 : s.d * s.sigma2;
  const marks: Mark[] = decayMarks(s, s.steps, s.gamma);
  if (run?.reached != null)
    marks.push({ axis: 'x', value: Math.max(1, run.reached), label: `target reached (step ${run.reached})` });
  if (bCrit !== null) marks.push({ axis: 'y', value: bCrit, label: `b̂_crit = ${fmt(bCrit)}` });
  const noiseWords = `per example, closed form E‖g − ∇f‖² = M'‖∇f‖² + σ'² with M' = ${fmt(Me)}, σ'² = ${fmt(sig)} (${s.noise} covariance)`;
  const windowWords =
    run && run.windowStart === 0
      ? `the whole run (it is shorter than 10 epochs of ${s.epoch} steps)`
      : `every step of the last 10 epochs (1 epoch = ${s.epoch} steps)`;
  const series: Series[] = liveAndFinal(
    live,
    final,
    run?.epsHat,
    `one run, seed ${s.seed}, m = ${s.mb} (summed); b̂ = 1 + E‖g − ∇f‖²/(‖∇f‖² + ε̂) with ε̂ the smallest ‖∇f‖² of any step so far (a stand-in: ε̂_T is known only at the end); noise ${noiseWords}`,
    `the same run; ε̂_T = mean ‖∇f‖² over ${windowWords}; noise ${noiseWords}`,
  );
  const reachedWords =
    run === undefined
      ? ''
      : run.reached === null
        ? ` The run never reached the target ${MEASURE[s.target]} ≤ ${formatNumber(s.tol)}, so b̂_crit is the maximum over the whole run.`
        : ` b̂_crit is the largest final b̂ at the recorded steps up to the target ${MEASURE[s.target]} ≤ ${formatNumber(s.tol)} (step ${run.reached}).`;
  return {
    type: 'xy',
    id: 'bhat-quadratic',
    title: `Estimated critical batch b̂ along one run on the quadratic (M = ${formatNumber(s.M)}, σ² = ${formatNumber(s.sigma2)})`,
    cite: '[CP] Eq. 9, Sec. 7.2–7.3, Figs. 5–6',
    summary:
      `With σ² > 0 the noise stops shrinking with the gradient, so b̂ rises as ‖∇f‖² falls, and it jumps after each step decay as the iterate settles closer to the optimum. ` +
      `Noise is measured per example in closed form, so b̂ here is exactly 1 + (M'‖∇f‖² + σ'²)/(‖∇f‖² + ε̂) on the recorded path (no separate theory curve is drawn).${reachedWords}`,
    x: { label: 'steps', scale: 'log' },
    y: { label: 'b̂ (per example)', scale: 'log' },
    marks,
    series,
  };
}

export interface LogEstimate {
  run: LogisticRun | undefined;
  final: Point[];
  bCrit: number | null;
}

export function logEstimate(s: S, results: CellResults): LogEstimate {
  const run = resultOf(results, logisticCell(s));
  if (!run || run.epsHat === null) return { run, final: [], bCrit: null };
  const eps = run.epsHat;
  const final = run.steps.map((t, i) => ({ x: t, y: bHat(run.noise[i], run.grad2[i], eps) }));
  return { run, final, bCrit: maxUpTo(final, run.reached) };
}

/** Eq. 9 and B_simple on ridge logistic regression with the noise computed exactly over the dataset. */
export function logisticChart(s: S, results: CellResults): Chart {
  const { run, final, bCrit } = logEstimate(s, results);
  const lp = logisticParams(s);
  const marks: Mark[] = decayMarks(s, lp.steps, s.lgamma);
  if (run?.reached != null)
    marks.push({ axis: 'x', value: run.reached, label: `f − f⋆ ≤ ${formatNumber(s.ltol)}` });
  if (bCrit !== null) marks.push({ axis: 'y', value: bCrit, label: `b̂_crit = ${fmt(bCrit)}` });
  const live: Point[] = run
    ? run.steps.map((t, i) => ({ x: t, y: bHat(run.noise[i], run.grad2[i], run.runMin[i]) }))
    : [];
  const simple: Point[] = run ? run.steps.map((t, i) => ({ x: t, y: run.noise[i] / run.grad2[i] })) : [];
  if (run?.status === 'diverged') {
    const note = `the run diverged before step ${run.endStep}: lower the step`;
    for (const pts of [live, final, simple]) pts.push({ x: Math.max(1, run.endStep), y: null, note });
  }
  const common = `one run, seed ${s.seed}: n = ${s.n}, dim = ${s.dim}, m = ${s.mb} (averaged, drawn with replacement), evaluated exactly over the dataset at ~100 log-spaced checkpoints`;
  return {
    type: 'xy',
    id: 'bhat-logistic',
    title: `b̂ and B_simple along a run of ridge logistic regression (synthetic, n = ${s.n}, dim = ${s.dim})`,
    cite: '[CP] Eq. 9, Sec. 7.2–7.3; McCandlish et al. 2018',
    summary:
      'Label noise leaves per-example gradient noise at the optimum, so as ‖∇f‖² shrinks the noise-to-signal ratio B_simple = tr(Σ)/‖∇f‖² keeps growing, and jumps after each step decay; b̂ follows it while ‖∇f‖² is large against ε̂_T and stays below 1 + tr(Σ)/ε̂_T near the end. ' +
      `E‖g − ∇f‖² per example is (1/n)Σ‖∇fᵢ − ∇f‖², exact. ${PAPER}`,
    x: { label: 'steps', scale: 'log' },
    y: { label: 'per-example noise ratio', scale: 'log' },
    marks,
    series: [
      ...liveAndFinal(
        live,
        final,
        run?.epsHat,
        `${common}; ε̂ = the smallest ‖∇f‖² of the checkpoints so far (stand-in for ε̂_T)`,
        `${common}; ε̂_T = mean ‖∇f‖² at 50 evenly spaced checkpoints in the last 10 epochs (1 epoch = ⌈n/m⌉ = ${Math.ceil(s.n / s.mb)} steps)`,
      ),
      {
        id: 'b-simple',
        label: 'B_simple = tr(Σ)/‖∇f‖²',
        kind: 'simulation',
        colorIndex: 2,
        source: `${common}; McCandlish et al.'s B_simple, the same quantity as b̂ − 1 with ε̂ = 0 (Σ the per-example covariance)`,
        points: simple,
      },
    ],
  };
}

/** The dataset and the logistic run in one table. */
export function datasetTable(s: S, results: CellResults): Chart {
  const { run, bCrit } = logEstimate(s, results);
  const pending = 'computing…';
  const v = (x: number | null | undefined, digits = 6) =>
    run === undefined ? pending : x === null || x === undefined ? '—' : fmt(x, digits);
  const lp = logisticParams(s);
  return {
    type: 'table',
    id: 'logistic-dataset',
    title: 'The synthetic logistic-regression dataset',
    cite: '[CP] Sec. 7.2–7.3 (stand-in for CIFAR-10)',
    summary: `xᵢ ~ N(0, I), labels +1 with probability σ(⟨xᵢ, w_true⟩), ‖w_true‖ = ${formatNumber(s.sep)}, then flipped with probability ${formatNumber(s.flip)}; generated from the seed. ${PAPER}`,
    columns: ['quantity', 'value'],
    rows: [
      ['examples n', s.n],
      ['dimension', s.dim],
      ['ridge λ', s.ridge],
      ['labels flipped (fraction)', run ? fmt(run.flipped / run.n, 4) : pending],
      ['f⋆ (Newton’s method)', v(run?.fStar, 10)],
      ['‖∇f(w⋆)‖ at that solution', v(run?.gradNormStar, 3)],
      ['σ⋆² = E‖g − ∇f‖² at w⋆, per example', v(run?.noiseStar)],
      [
        'run',
        `${s.epochs} epochs = ${lp.steps} steps, m = ${s.mb}, step ${formatNumber(s.lgamma)}, ${s.decays} decay(s) ÷ ${formatNumber(s.factor)}`,
      ],
      ['ε̂_T (mean ‖∇f‖², last 10 epochs)', v(run?.epsHat)],
      [
        'first checkpoint with f − f⋆ ≤ target',
        run === undefined
          ? pending
          : run.reached === null
            ? `not reached (target ${formatNumber(s.ltol)})`
            : run.reached,
      ],
      [
        run?.reached === null ? 'b̂_crit (max b̂ over the whole run)' : 'b̂_crit (max b̂ up to the target)',
        v(bCrit),
      ],
    ],
  };
}

/** [CP] Figs. 7–8: steps to target against b (tuned steps), with the estimated b̂_crit on the same axes. */
export function stepsChart(s: S, results: CellResults): Chart {
  const bs = batchSizes(s.bmax);
  const r1 = resultOf(results, tuneCell(tuneParamsAt(s, 1)));
  const points: Point[] = [];
  if (r1) {
    for (const b of bs) {
      const rb = resultOf(results, tuneCell(tuneParamsAt(s, b)));
      if (!rb) continue;
      points.push(relativeStepsPoint(b, rb, r1, { seeds: s.seeds, cap: s.cap, baseName: 'b = 1' }));
    }
  }
  const { bCrit } = quadEstimate(s, results);
  const marks: Mark[] = [];
  if (bCrit !== null) marks.push({ axis: 'x', value: bCrit, label: `estimated b̂_crit = ${fmt(bCrit, 3)}` });
  const absolute = r1?.meanSteps != null ? ` (b = 1 needs ${fmt(r1.meanSteps, 6)} steps)` : '';
  return {
    type: 'xy',
    id: 'steps-vs-b-estimator',
    title: 'Steps to target against batch size, with the estimated b̂_crit',
    cite: '[CP] Figs. 7–8, Sec. 7.3',
    summary:
      `The estimate from one run (the vertical mark, from the first chart) should sit near the knee where steps to target stop falling like 1/b. ` +
      `Each point is mini-batch SGD on the same quadratic, M and σ², step tuned over the grid per b, ${MEASURE[s.target]} ≤ ${formatNumber(s.tol)}${absolute}.`,
    x: { label: 'batch size b', scale: 'log' },
    y: { label: 'steps(b) / steps(1)', scale: 'log' },
    marks,
    series: [
      {
        id: 'simulated',
        label: 'tuned mini-batch SGD',
        kind: 'simulation',
        band: 'ci95',
        colorIndex: 1,
        source: `mini-batch SGD (summed) on the quadratic, step tuned per b over γ_k = 1.1/(1+M)·2^(−k) (mean of ${s.seeds} seed${s.seeds > 1 ? 's' : ''}, seed ${s.seed}); ratio of mean steps at b to mean steps at b = 1`,
        points,
      },
      {
        id: 'linear',
        label: 'linear speedup (1/b)',
        kind: 'reference',
        source: 'the line 1/b',
        points: [bs[0], bs[bs.length - 1]].map((b) => ({ x: b, y: 1 / b })),
      },
    ],
  };
}

export { decayParams };
