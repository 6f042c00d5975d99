import { AGING_LABEL } from '../../engine/distributions/aging';
import type { PsStats, Variant } from '../../engine/events';
import { pow } from '../../engine/math';
import { formatSignificant } from '../../scenario/params';
import type { CellResults } from '../cells';
import type { Chart, Point, Series } from '../contract';
import { slug } from '../contract';
import { resultOf } from '../defineCell';
import type { NamedDist } from '../serviceTime/distributions';
import {
  allReps,
  closedInputsOf,
  detailCellOf,
  detailK,
  distsOf,
  modelWords,
  type S,
  VARIANT_COLOR,
  VARIANT_LABEL,
  variantsOf,
} from './setup';

const sig = formatSignificant;

/** Every repetition's statistics at the detail K, or null while one is missing. */
function details(s: S, results: CellResults, d: NamedDist, v: Variant): PsStats[] | null {
  return allReps(s, (reps) => resultOf(results, detailCellOf(s, d, v, reps)));
}

const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;

/** Staleness of the applied gradients at the detail K: the async variants, pooled over repetitions. */
export function stalenessChart(s: S, results: CellResults): Chart {
  const K = detailK(s);
  const series: Series[] = [];
  const dists = distsOf(s);
  for (const d of dists)
    for (const v of variantsOf(s).filter((x) => x === 'kasync' || x === 'kbatchasync')) {
      const ds = details(s, results, d, v);
      const points: Point[] = [];
      if (ds) {
        const bins = ds[0].staleness.histogram.length;
        const total = ds.reduce((a, st) => a + st.staleness.histogram.reduce((b, c) => b + c, 0), 0);
        for (let i = 0; i < bins; i++) {
          const count = ds.reduce((a, st) => a + st.staleness.histogram[i], 0);
          if (count > 0)
            points.push({
              x: i,
              y: count / total,
              ...(i === bins - 1 ? { note: `staleness ≥ ${bins - 1} (the last bin)` } : {}),
            });
        }
      }
      series.push({
        id: slug(v, d.text),
        label: `${VARIANT_LABEL[v]}, X ~ ${d.text}`,
        kind: 'simulation',
        colorIndex: dists.length > 1 ? d.colorIndex : VARIANT_COLOR[v],
        ...(dists.length > 1 && v === 'kbatchasync' ? { dash: true } : {}),
        source: `fraction of applied gradients with this staleness (updates between its read and its application), pooled over ${s.seeds} repetitions; ${modelWords(s)}`,
        points,
      });
    }
  return {
    type: 'xy',
    id: 'staleness',
    title: `Staleness of the applied gradients at K = ${K}`,
    cite: '[SS] Sec. 3 (Figs. 3–4), Theorem 3’s p₀',
    summary: `The sync variants apply only fresh gradients (staleness 0). K-async and K-batch-async apply gradients computed at older parameters; the fraction at staleness 0 is what Theorem 3's p₀ bounds from below (p₀ = 1/P for exponential Async).`,
    x: { label: 'staleness (updates between read and application)', scale: 'linear' },
    y: { label: 'fraction of applied gradients', scale: 'linear' },
    series,
  };
}

/** Time per update, staleness, utilisation and wasted work of every variant at the detail K. */
export function detailTable(s: S, results: CellResults): Chart {
  const K = detailK(s);
  const rows: (string | number | null)[][] = [];
  for (const d of distsOf(s))
    for (const v of variantsOf(s)) {
      const ds = details(s, results, d, v);
      if (!ds) {
        rows.push([d.text, VARIANT_LABEL[v], 'computing…', null, null, null, null]);
        continue;
      }
      rows.push([
        d.text,
        VARIANT_LABEL[v],
        sig(mean(ds.map((x) => x.timePerUpdate))),
        sig(mean(ds.map((x) => x.staleness.mean)), 3),
        sig(mean(ds.map((x) => x.staleness.fresh)), 3),
        sig(mean(ds.map((x) => x.utilization)), 3),
        sig(mean(ds.map((x) => x.wasted)), 3),
      ]);
    }
  return {
    type: 'table',
    id: 'detail',
    title: `Each variant at K = ${K}: time, staleness, utilisation, wasted work`,
    cite: '[SS] Sec. 3–4',
    summary: `Means over ${s.seeds} repetitions; ${modelWords(s)}. Utilisation: the fraction of learner-time spent computing; wasted: the fraction of compute thrown away by cancellation.`,
    columns: [
      'distribution',
      'variant',
      'time per update',
      'mean staleness',
      'fresh fraction',
      'utilisation',
      'wasted',
    ],
    rows,
  };
}

/**
 * Each distribution's moments and ageing class (Lemma 5 needs new-longer-than-used); E[X_{K:P}] and
 * the class come from the distribution's closed-form cell ('computing…' until it is back).
 */
export function distributionTable(s: S, results: CellResults): Chart {
  const K = detailK(s);
  return {
    type: 'table',
    id: 'distributions',
    title: 'Learner compute-time distributions',
    cite: '[SS] Sec. 4 (Lemma 5); parameterisations: the README’s conventions',
    summary:
      'New-longer-than-used: a task that has run for a while needs no more time than a fresh one (P(X > u + t | X > t) ≤ P(X > u)), checked numerically over the distribution’s range. Lemma 5’s bound on K-async holds only then.',
    columns: ['distribution', 'meaning', 'E[X]', 'Var[X]', `E[X_{K:P}], K = ${K}, P = ${s.P}`, 'ageing'],
    rows: distsOf(s).map((d) => {
      const inputs = closedInputsOf(s, results, d);
      return [
        d.text,
        d.dist.label,
        sig(d.dist.mean, 6),
        sig(d.dist.variance, 6),
        inputs ? sig(inputs.orderStats[K - 1] ?? Number.POSITIVE_INFINITY, 6) : 'computing…',
        inputs ? AGING_LABEL[inputs.aging] : 'computing…',
      ];
    }),
  };
}

/** The tail P(X > x) on log–log axes: where stragglers come from. */
export function tailChart(s: S): Chart {
  const series: Series[] = distsOf(s).map((d) => {
    const lo = Math.max(d.dist.quantile(0.01), 1e-9);
    const hi = d.dist.quantileUpper(1e-4);
    const points: Point[] = [];
    for (let i = 0; i <= 120; i++) {
      const x = lo * pow(hi / lo, i / 120);
      const y = d.dist.survival(x);
      if (y > 0) points.push({ x, y });
    }
    return {
      id: slug(d.text, 'tail'),
      label: d.text,
      kind: 'theory' as const,
      colorIndex: d.colorIndex,
      source: `P(X > x) of ${d.dist.label}`,
      points,
    };
  });
  return {
    type: 'xy',
    id: 'service-time-tail',
    title: 'Learner compute time X: tail P(X > x)',
    cite: '[SS] Sec. 4–5',
    summary:
      'On log–log axes a power-law tail (Pareto) is a straight line: rare, very slow tasks that K-sync cancels and K-async waits for.',
    x: { label: 'time x', scale: 'log' },
    y: { label: 'P(X > x)', scale: 'log' },
    series,
  };
}
