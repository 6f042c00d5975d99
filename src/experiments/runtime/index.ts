import type { Distribution } from '../../engine/distributions';
import { makeDistribution } from '../../engine/distributions';
import {
  estimateMaxRatio,
  estimateOrderStats,
  type MaxRatioAccumulator,
  mergeMaxRatio,
  mergeOrderStats,
  type OrderStatAccumulator,
} from '../../engine/montecarlo/orderStatisticsMC';
import { expectedOrderStatistic, syncAsyncRatio } from '../../engine/orderStatistics';
import { sampleQuantile } from '../../engine/quantile';
import { harmonic } from '../../engine/special';
import { describeDist, parseDist } from '../../scenario/distributionSyntax';
import { formatNumber } from '../../scenario/params';
import type { Scenario } from '../../scenario/views';
import type { CellResults, CellSpec } from '../cells';
import type { Chart, Point, Series } from '../contract';
import { slug } from '../contract';
import type { Experiment } from '../experiment';
import { maxRatioCell, orderStatsCell } from './cells';
import { monteCarloGrid, theoryGrid } from './grid';

type S = Scenario<'runtime'>;

interface NamedDist {
  text: string;
  id: string;
  dist: Distribution;
  colorIndex: number;
}

function distributions(s: S): NamedDist[] {
  return s.dist.map((text, i) => {
    const spec = parseDist(text).value;
    if (!spec) throw new Error(`the scenario holds an invalid distribution ${text}`);
    return { text, id: slug(text), dist: makeDistribution(spec), colorIndex: i };
  });
}

const reps = (s: S) => Array.from({ length: s.seeds }, (_, r) => r);

function cells(s: S): CellSpec[] {
  const out: CellSpec[] = [];
  // Small P first, so the chart fills in from the left within the first second.
  for (const P of monteCarloGrid(s.Pmax))
    for (const d of s.dist) for (const r of reps(s)) out.push(maxRatioCell(d, P, s.draws, r));
  for (const d of s.dist) for (const r of reps(s)) out.push(orderStatsCell(d, s.P, s.draws, r));
  return out;
}

/** All repetitions of one point, in repetition order (a fixed reduction order), or null if any is missing. */
function collect<T>(s: S, results: CellResults, cellOf: (r: number) => CellSpec): T[] | null {
  const out: T[] = [];
  for (const r of reps(s)) {
    const v = results.get(cellOf(r).id);
    if (v === undefined) return null;
    out.push(v as T);
  }
  return out;
}

function simulationSource(s: S): string {
  return `Monte Carlo: ${s.seeds} repetitions × ${formatNumber(s.draws)} draws of P learner times per point, seed ${s.seed}`;
}

function ratioChart(s: S, results: CellResults, dists: NamedDist[]): Chart {
  const series: Series[] = [];
  for (const nd of dists) {
    series.push({
      id: slug(nd.text, 'exact'),
      label: `${nd.text} exact`,
      kind: 'theory',
      colorIndex: nd.colorIndex,
      source: `[SS] Theorem 1: P·E[X_{P:P}]/E[X], ${expectedOrderStatistic(nd.dist, 1, 1).method === 'closed form' ? 'closed form' : 'E[X_{P:P}] by quadrature'}`,
      points: theoryGrid(s.Pmax).map((P): Point => {
        const r = syncAsyncRatio(nd.dist, P);
        return r.finite ? { x: P, y: r.value } : { x: P, y: null, note: r.note ?? 'infinite mean' };
      }),
    });
    // Where the order statistic's variance is infinite, a normal-theory interval is meaningless.
    const heavy = monteCarloGrid(s.Pmax).some(
      (P) => !expectedOrderStatistic(nd.dist, P, P).varianceFinite || !Number.isFinite(nd.dist.variance),
    );
    const points: Point[] = [];
    for (const P of monteCarloGrid(s.Pmax)) {
      const accs = collect<MaxRatioAccumulator>(s, results, (r) => maxRatioCell(nd.text, P, s.draws, r));
      if (!accs) continue;
      const merged = accs.reduce(mergeMaxRatio);
      const est = estimateMaxRatio(merged, P);
      if (!Number.isFinite(est.value)) {
        points.push({ x: P, y: null, note: 'no finite estimate (infinite mean)' });
      } else if (heavy) {
        const perRep = accs.map((a) => estimateMaxRatio(a, P).value);
        points.push({ x: P, y: est.value, lo: sampleQuantile(perRep, 0.025), hi: sampleQuantile(perRep, 0.975) });
      } else {
        points.push({ x: P, y: est.value, lo: est.lo, hi: est.hi });
      }
    }
    series.push({
      id: slug(nd.text, 'mc'),
      label: `${nd.text} simulated`,
      kind: 'simulation',
      band: heavy ? 'quantile' : 'ci95',
      colorIndex: nd.colorIndex,
      source:
        simulationSource(s) +
        (heavy
          ? '; infinite variance, so the band is the 2.5–97.5 % range of the repetitions’ estimates, not a confidence interval'
          : '; band: 95 % confidence interval (delta method for a ratio of means)'),
      points,
    });
  }
  if (dists.some((d) => d.dist.spec.family === 'exp')) {
    series.push({
      id: 'p-ln-p',
      label: 'P ln P (exp, Corollary 1)',
      kind: 'approximation',
      source: '[SS] Corollary 1: P·H_P ≈ P ln P for exponential times',
      points: theoryGrid(s.Pmax)
        .filter((P) => P >= 2)
        .map((P) => ({ x: P, y: P * Math.log(P) })),
    });
  }
  series.push({
    id: 'deterministic',
    label: 'P (no stragglers)',
    kind: 'reference',
    source: 'deterministic times: E[X_{P:P}] = E[X], so the ratio is P',
    points: [1, s.Pmax].map((P) => ({ x: P, y: P })),
  });
  const exp = dists.find((d) => d.dist.spec.family === 'exp');
  const expNote = exp
    ? ` For exp times the ratio is P·H_P = ${formatNumber(Number((s.Pmax * harmonic(s.Pmax)).toPrecision(4)))} at P = ${s.Pmax}.`
    : '';
  return {
    type: 'xy',
    id: 'sync-async-ratio',
    title: 'Expected runtime of fully synchronous over asynchronous SGD',
    cite: '[SS] Theorem 1, Corollary 1, Fig. 5',
    summary:
      'For the same number of updates, synchronous SGD waits for the slowest of P learners while Async SGD uses every finished gradient: the ratio P·E[X_{P:P}]/E[X] grows faster than P when times vary, most for heavy tails.' +
      expNote,
    x: { label: 'number of learners P', scale: 'log' },
    y: { label: 'E[T_sync] / E[T_async]', scale: 'log' },
    series,
  };
}

function orderStatsChart(s: S, results: CellResults, dists: NamedDist[]): Chart {
  const Ks = Array.from({ length: s.P }, (_, i) => i + 1);
  const series: Series[] = [];
  for (const nd of dists) {
    const exact = Ks.map((K) => expectedOrderStatistic(nd.dist, K, s.P));
    series.push({
      id: slug(nd.text, 'exact'),
      label: `${nd.text} exact`,
      kind: 'theory',
      colorIndex: nd.colorIndex,
      source: `${exact[0]?.formula ?? ''}`,
      points: Ks.map((K, i) =>
        exact[i].finite ? { x: K, y: exact[i].value } : { x: K, y: null, note: 'infinite mean' },
      ),
    });
    const accs = collect<OrderStatAccumulator>(s, results, (r) => orderStatsCell(nd.text, s.P, s.draws, r));
    const heavy = exact.some((e) => !e.varianceFinite);
    let points: Point[] = [];
    if (accs) {
      const est = estimateOrderStats(accs.reduce(mergeOrderStats));
      const perRep = heavy ? accs.map((a) => estimateOrderStats(a)) : [];
      points = Ks.map((K, i): Point => {
        const e = est[i];
        if (!Number.isFinite(e.value)) return { x: K, y: null, note: 'no finite estimate' };
        if (!exact[i].varianceFinite) {
          const values = perRep.map((r) => r[i].value);
          return { x: K, y: e.value, lo: sampleQuantile(values, 0.025), hi: sampleQuantile(values, 0.975) };
        }
        return { x: K, y: e.value, lo: e.lo, hi: e.hi };
      });
    }
    series.push({
      id: slug(nd.text, 'mc'),
      label: `${nd.text} simulated`,
      kind: 'simulation',
      band: heavy ? 'quantile' : 'ci95',
      colorIndex: nd.colorIndex,
      source:
        simulationSource(s) +
        (heavy
          ? '; where the variance is infinite the band is the 2.5–97.5 % range of the repetitions, elsewhere a 95 % confidence interval'
          : '; band: 95 % confidence interval'),
      points,
    });
  }
  return {
    type: 'xy',
    id: 'order-stats-vs-k',
    title: `Expected K-th fastest of P = ${s.P} learner times`,
    cite: '[SS] Lemma 3, Sec. 4 (order statistics)',
    summary: `E[X_{K:P}] is the time per update of K-sync SGD: waiting for the fastest K of ${s.P} learners is cheap until K nears P, where the tail of the distribution takes over.`,
    x: { label: 'K (learners waited for)', scale: 'linear' },
    y: { label: 'E[X_{K:P}]', scale: 'linear' },
    series,
  };
}

function densityChart(dists: NamedDist[]): Chart {
  const series: Series[] = dists.map((nd) => {
    const [lo, hi] = nd.dist.plotRange;
    const n = 200;
    const points: Point[] = [];
    for (let i = 0; i <= n; i++) {
      const x = lo + ((hi - lo) * i) / n;
      const y = nd.dist.pdf(x);
      points.push(Number.isFinite(y) ? { x, y } : { x, y: null, note: 'point mass' });
    }
    return {
      id: slug(nd.text, 'density'),
      label: nd.text,
      kind: 'theory',
      colorIndex: nd.colorIndex,
      source: describeDist(nd.dist.spec),
      points,
    };
  });
  return {
    type: 'xy',
    id: 'service-time-density',
    title: 'Learner compute time X: density',
    cite: '[SS] Sec. 2 (system model); parameterisations as in the README',
    summary: 'The density of one learner’s time per mini-batch gradient; heavy right tails make stragglers.',
    x: { label: 'time X', scale: 'linear' },
    y: { label: 'density', scale: 'linear' },
    series,
  };
}

function fmt(x: number): string {
  return Number.isFinite(x) ? formatNumber(Number(x.toPrecision(6))) : 'infinite';
}

function summaryTable(s: S, dists: NamedDist[]): Chart {
  return {
    type: 'table',
    id: 'distributions',
    title: 'Service-time distributions',
    cite: '[SS] Sec. 4; PAPERS.md (parameterisations)',
    columns: ['distribution', 'meaning', 'E[X]', 'Var[X]', `E[X_{P:P}], P = ${s.Pmax}`, `ratio at P = ${s.Pmax}`],
    rows: dists.map((nd) => {
      const max = expectedOrderStatistic(nd.dist, s.Pmax, s.Pmax);
      const ratio = syncAsyncRatio(nd.dist, s.Pmax);
      return [
        nd.text,
        describeDist(nd.dist.spec),
        fmt(nd.dist.mean),
        fmt(nd.dist.variance),
        fmt(max.value),
        ratio.finite ? fmt(ratio.value) : (ratio.note ?? 'infinite'),
      ];
    }),
  };
}

export const runtimeExperiment: Experiment<'runtime'> = {
  view: 'runtime',
  cells,
  charts(s, results) {
    const dists = distributions(s);
    return [
      ratioChart(s, results, dists),
      orderStatsChart(s, results, dists),
      densityChart(dists),
      summaryTable(s, dists),
    ];
  },
};
