// The async view's Sec. 6 charts: speedup against τ on B = 1/Δ blocks (Sec. 6.1), artificial
// sparsification (Sec. 6.2), the measured M against Corollary 2, and Table 1 made visual.

import { makeQuadratic } from '../../engine/quadratic';
import { formatNumber } from '../../scenario/params';
import type { Scenario } from '../../scenario/views';
import type { CellResults } from '../cells';
import type { Chart, Mark, Point, Series } from '../contract';
import { slug } from '../contract';
import { resultOf } from '../defineCell';
import { problemOf } from '../quadratic/fromScenario';
import { meanAndVar, noResultNote, relativeStepsPoint } from '../quadratic/relativeSteps';
import { maskFinding } from './maskFinding';
import { blocksOf, sparseDelay, sparseParams, sparseTaus } from './params';
import { measureCell, sparseCell } from './sparseCells';

type S = Scenario<'async'>;

/** Base noise levels of the measurement chart (coord convention). */
export const MEASURE_BASE_M = [0, 1];

export function measureParams(s: S) {
  return {
    ...problemOf({ ...s, mom: 0 }),
    inverseDeltas: s.Delta.map(blocksOf),
    baseM: MEASURE_BASE_M,
    points: 4,
    draws: 4000,
  };
}

function sparseResult(s: S, results: CellResults, kind: 'block' | 'mask', delta: number, tau: number) {
  return resultOf(results, sparseCell(sparseParams(s, kind, delta, tau)));
}

const deltaLabel = (delta: number) => (delta === 1 ? 'Δ = 1' : `Δ = 1/${blocksOf(delta)}`);

function runsText(s: S): string {
  return `${sparseDelay(s)} delay, no base noise, step tuned per point (mean of ${s.seeds} seed${s.seeds > 1 ? 's' : ''}, seed ${s.seed})`;
}

/** Sec. 6.1: parallel time against τ on B = 1/Δ blocks, τ = 1/Δ marked. */
export function sparsitySpeedupChart(s: S, results: CellResults): Chart {
  const taus = sparseTaus(s);
  const series: Series[] = [];
  const marks: Mark[] = [];
  s.Delta.forEach((delta, i) => {
    const r1 = sparseResult(s, results, 'block', delta, 1);
    const points: Point[] = [];
    for (const tau of taus) {
      const r = sparseResult(s, results, 'block', delta, tau);
      if (r && r1)
        points.push(
          relativeStepsPoint(tau, r, r1, { scale: 1 / tau, seeds: s.seeds, cap: s.cap, baseName: 'τ = 1' }),
        );
    }
    series.push({
      id: slug('delta', blocksOf(delta)),
      label: `${deltaLabel(delta)} (${blocksOf(delta)} block${delta === 1 ? '' : 's'})`,
      kind: 'simulation',
      band: 'ci95',
      colorIndex: i,
      source: `delayed SGD on f(x) = Σ_{i≤B} F([x]_Bi), B = ${blocksOf(delta)}, g = B·∇F on one random block ([CP] Sec. 6.1), ${runsText(s)}; (steps at τ / τ) over steps at τ = 1`,
      points,
    });
    const inv = blocksOf(delta);
    if (inv > 1 && inv <= taus[taus.length - 1])
      marks.push({ axis: 'x', value: inv, label: `τ = 1/Δ = ${inv}` });
  });
  series.push({
    id: 'linear',
    label: 'linear speedup (1/τ)',
    kind: 'reference',
    source: 'the line 1/τ',
    points: [taus[0], taus[taus.length - 1]].map((t) => ({ x: t, y: 1 / t })),
  });
  return {
    type: 'xy',
    id: 'sparsity-speedup',
    title: 'Sparse gradients tolerate delay: parallel time against τ on B = 1/Δ blocks',
    cite: '[CP] Sec. 6.1 (Corollary 2 and the tightness construction)',
    summary:
      `Each stochastic gradient touches one block in B, so Δ = 1/B exactly and M = (1 − Δ)/Δ = B − 1: ${
        sparseDelay(s) === 'const'
          ? 'with a constant delay parallel time falls like 1/τ up to about τ = 1/Δ (marks) and flattens beyond, as [CP] shows it must (the construction is tight). '
          : 'with uniformly random delays (half as long on average) parallel time keeps to 1/τ past τ = 1/Δ (marks) before it flattens. '
      }` +
      `The base block is the Sec. 7.1 quadratic; target: the block average of ${s.target} ≤ ${formatNumber(s.tol)}.`,
    x: { label: 'delay parameter τ', scale: 'log' },
    y: { label: '(steps / τ) / steps at τ = 1', scale: 'log' },
    marks,
    series,
  };
}

/** Sec. 6.2: artificial sparsification (random masks, α = 1/Δ) — parallel time, not relative. */
export function maskChart(s: S, results: CellResults): Chart {
  const taus = sparseTaus(s);
  const series: Series[] = s.Delta.map((delta, i) => {
    const alpha = blocksOf(delta);
    const points: Point[] = [];
    for (const tau of taus) {
      const r = sparseResult(s, results, 'mask', delta, tau);
      if (!r) continue;
      if (r.meanSteps === null) points.push({ x: tau, y: null, note: noResultNote(r, s.cap) });
      else {
        const { mean, varMean } = meanAndVar(r);
        const p: Point = { x: tau, y: mean / tau };
        if (s.seeds >= 2) {
          const half = (1.96 * Math.sqrt(varMean)) / tau;
          p.lo = Math.max(0, mean / tau - half);
          p.hi = mean / tau + half;
        }
        points.push(p);
      }
    }
    return {
      id: slug('alpha', alpha),
      label: alpha === 1 ? 'no mask (α = 1)' : `mask α = ${alpha} (Δ = 1/${alpha})`,
      kind: 'simulation' as const,
      band: 'ci95' as const,
      colorIndex: i,
      source: `delayed SGD on the Sec. 7.1 quadratic with g = α·m∘∇f, m_j ~ Bernoulli(1/α) per coordinate ([CP] Sec. 6.2), ${runsText(s)}; steps to target divided by τ`,
      points,
    };
  });
  return {
    type: 'xy',
    id: 'mask-steps',
    title: 'Artificial sparsification: more delay tolerated, no time saved',
    cite: '[CP] Sec. 6.2',
    summary: `A random mask with E[α·m] = 1 makes gradients sparse (Δ = 1/α), so larger delays become free — but it multiplies the noise: the rate becomes O(τ + α). ${maskFinding(series)}`,
    x: { label: 'delay parameter τ', scale: 'log' },
    y: { label: 'parallel time: steps to target / τ', scale: 'log' },
    series,
  };
}

/** Corollary 2: the measured M of the sparse gradients against (1 − Δ)/Δ, drawn as 1 + M ≥ 1/Δ. */
export function measuredMChart(s: S, results: CellResults): Chart {
  const rows = resultOf(results, measureCell(measureParams(s)));
  const series: Series[] = [];
  let colorIndex = 0;
  for (const kind of ['block', 'mask'] as const)
    for (const baseM of MEASURE_BASE_M) {
      const mine = (rows ?? []).filter((r) => r.kind === kind && r.baseM === baseM);
      series.push({
        id: slug(kind, 'm0', baseM),
        label: `${kind === 'block' ? 'B blocks' : 'mask α'}, base noise M₀ = ${baseM}`,
        kind: 'measured',
        colorIndex: colorIndex++,
        source: `Monte Carlo: Δ̂ = the largest fraction of draws in which a coordinate is non-zero, M̂ = mean of ‖g − ∇f‖²/‖∇f‖² (${4} random points × ${4000} draws); base noise per coordinate M₀‖∇F‖²/d`,
        points: mine.map((r) => ({ x: r.delta, y: 1 + r.M })),
      });
    }
  const lo = Math.min(...s.Delta) / 2;
  const xs = [lo, 1];
  series.push({
    id: 'corollary-2',
    label: 'Corollary 2: 1 + M ≥ 1/Δ',
    kind: 'bound',
    source: '[CP] Corollary 2: E‖g − ∇f‖² ≥ ((1 − Δ)/Δ)‖∇f‖², i.e. M ≥ (1 − Δ)/Δ',
    points: xs.map((x) => ({ x, y: 1 / x })),
  });
  return {
    type: 'xy',
    id: 'sparsity-m',
    title: 'Sparsity is noise: measured M against Corollary 2’s bound',
    cite: '[CP] Lemma 1, Corollary 2',
    summary:
      'High sparsity forces high variance: an unbiased gradient that is non-zero with probability Δ per coordinate has M ≥ (1 − Δ)/Δ. Both constructions attain the bound without base noise and lie above it with.',
    x: { label: 'relative sparsity Δ (measured)', scale: 'log' },
    y: { label: '1 + M (measured)', scale: 'log' },
    series,
  };
}

/** Largest τ on the axis whose steps are within 2× those at τ = 1 (parallel efficiency ≥ ½). */
function saturation(s: S, results: CellResults, delta: number): Point | null {
  const r1 = sparseResult(s, results, 'block', delta, 1);
  if (!r1 || r1.meanSteps === null) return null;
  let last = 1;
  const taus = sparseTaus(s);
  for (const tau of taus) {
    const r = sparseResult(s, results, 'block', delta, tau);
    if (!r) return null;
    if (r.meanSteps !== null && r.meanSteps <= 2 * r1.meanSteps) last = tau;
    else break;
  }
  const edge = last === taus[taus.length - 1];
  return {
    x: delta,
    y: last,
    ...(edge ? { note: 'efficient up to the largest τ simulated: a lower bound' } : {}),
  };
}

/** Table 1 made visual: the delay each analysis allows for linear speedup, up to a common constant. */
export function table1Chart(s: S, results: CellResults): Chart {
  const { L, mu } = makeQuadratic(problemOf({ ...s, mom: 0 }));
  const kappa = L / mu;
  const lo = Math.min(1 / 4096, Math.min(...s.Delta) / 2);
  const xs: number[] = [];
  for (let x = 1; x >= lo; x /= 2) xs.push(x);
  const line = (f: (x: number) => number) => xs.map((x) => ({ x, y: f(x) }));
  const simulated: Point[] = [];
  for (const delta of s.Delta) {
    const p = saturation(s, results, delta);
    if (p) simulated.push(p);
  }
  simulated.sort((a, b) => a.x - b.x);
  return {
    type: 'xy',
    id: 'table-1',
    title: 'Table 1 made visual: the delay up to which each analysis guarantees linear speedup',
    cite: '[CP] Table 1, Sec. 6.1',
    summary:
      'The conditions of Table 1 are O(·) without constants, so each is drawn through τ = 1 at Δ = 1: this paper τ ≲ 1/Δ (slope −1), Leblond et al. 2018 τ ≲ min(κ, 1/√Δ) (slope −1/2), Niu et al. 2011 τ²√Δ ≲ 1 (slope −1/4, with their ρ, Ω as constants), Mania et al. 2017 τΔ ≲ 1 but only under bounded gradients. ' +
      'De Sa et al. 2015 and Nguyen et al. 2019 state no Δ-dependent condition, Chaturapruek et al. 2015 only an unspecified constant. Points: the largest simulated τ whose steps stay within 2× of τ = 1 on B = 1/Δ blocks.',
    x: { label: 'relative sparsity Δ', scale: 'log' },
    y: { label: 'delay τ with linear speedup', scale: 'log' },
    series: [
      {
        id: 'this-paper',
        label: 'this paper: τ ≲ 1/Δ',
        kind: 'bound',
        colorIndex: 0,
        source: '[CP] Sec. 6.1: linear speedup while τΔ ≤ 1 − Δ',
        points: line((x) => 1 / x),
      },
      {
        id: 'leblond',
        label: `Leblond et al. 2018: τ ≲ min(κ, 1/√Δ), κ = ${formatNumber(Math.round(kappa * 10) / 10)}`,
        kind: 'bound',
        colorIndex: 1,
        source: '[CP] Table 1: τ = O(min{L/μ, 1/√Δ})',
        points: line((x) => Math.min(kappa, 1 / Math.sqrt(x))),
      },
      {
        id: 'niu',
        label: 'Niu et al. 2011: τ ≲ Δ^(−1/4)',
        kind: 'bound',
        colorIndex: 2,
        source: '[CP] Table 1: rate factor 1 + τρ + τ²Ω√Δ, bounded gradients; ρ, Ω taken as constants',
        points: line((x) => 1 / Math.sqrt(Math.sqrt(x))),
      },
      {
        id: 'mania',
        label: 'Mania et al. 2017: τ ≲ 1/Δ (bounded gradients)',
        kind: 'approximation',
        colorIndex: 3,
        dash: true,
        source: '[CP] Table 1: rate factor 1 + τΔ and extra terms τ + τ²Δ; needs ‖g‖² ≤ G²',
        points: line((x) => 1 / x),
      },
      {
        id: 'simulated',
        label: 'simulated: largest τ with steps ≤ 2× steps at τ = 1',
        kind: 'simulation',
        colorIndex: 4,
        source: `the Sec. 6.1 chart's runs (${runsText(s)})`,
        points: simulated,
      },
    ],
  };
}
