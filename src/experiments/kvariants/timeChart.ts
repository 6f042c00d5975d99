import {
  type ClosedForm,
  type ClosedFormInputs,
  type KasyncBound,
  kasyncBound,
  kbatchasyncTime,
  kbatchsyncExpTime,
  ksyncTime,
  type Variant,
} from '../../engine/events';
import { sampleQuantile } from '../../engine/quantile';
import { formatNumber } from '../../scenario/params';
import type { CellResults } from '../cells';
import type { Chart, Mark, Point, Series } from '../contract';
import { slug } from '../contract';
import type { NamedDist } from '../serviceTime/distributions';
import { paperModel } from './cells';
import {
  allReps,
  closedInputsOf,
  curveOf,
  curveParams,
  modelWords,
  type S,
  VARIANT_COLOR,
  VARIANT_LABEL,
  variantsOf,
} from './setup';
import { asyncSlower, timeFinding } from './timeFinding';

/** Every repetition's curve (K = 1..P), or null while one is missing. */
export function curves(s: S, results: CellResults, d: NamedDist, v: Variant): number[][] | null {
  return allReps(s, (reps) => curveOf(s, results, d, v, reps));
}

/** Mean over repetitions at each K; band: 95 % CI, or the 2.5–97.5 % range when X has infinite variance. */
function meanPoints(values: number[][], heavy: boolean): Point[] {
  const P = values[0].length;
  const points: Point[] = [];
  for (let k = 0; k < P; k++) {
    const xs = values.map((c) => c[k]);
    const n = xs.length;
    const mean = xs.reduce((a, x) => a + x, 0) / n;
    const p: Point = { x: k + 1, y: mean };
    if (n >= 2) {
      if (heavy) {
        p.lo = sampleQuantile(xs, 0.025);
        p.hi = sampleQuantile(xs, 0.975);
      } else {
        const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) * (x - mean), 0) / (n - 1));
        p.lo = mean - (1.96 * sd) / Math.sqrt(n);
        p.hi = mean + (1.96 * sd) / Math.sqrt(n);
      }
    }
    points.push(p);
  }
  return points;
}

/** A closed form at (P, K, J); `inputs` is null until the distribution's closed-form cell is back. */
type Form = (
  d: NamedDist,
  P: number,
  K: number,
  J: number,
  inputs: ClosedFormInputs | null,
) => ClosedForm | null;

/**
 * Each variant's closed form, with how to draw it. Lemmas 3 and 5 read E[X_{K:P}] and the ageing
 * class from the worker's cell (not drawn before it is back: computing them here would block the
 * main thread); the other two are a product each.
 */
const CLOSED: { variant: Variant; form: Form; kind: (f: ClosedForm) => Series['kind']; what: string }[] = [
  {
    variant: 'ksync',
    form: (d, P, K, J, inputs) => (inputs ? ksyncTime(d.dist, P, K, J, inputs) : null),
    kind: () => 'theory',
    what: 'Lemma 3',
  },
  {
    variant: 'kbatchsync',
    form: (d, P, K, J) => kbatchsyncExpTime(d.dist, P, K, J),
    kind: () => 'theory',
    what: 'Erlang, exponential X',
  },
  {
    variant: 'kasync',
    form: (d, P, K, J, inputs) => (inputs ? kasyncBound(d.dist, P, K, J, inputs) : null),
    kind: (f) => ((f as KasyncBound).kind === 'equal' ? 'theory' : 'bound'),
    what: 'Lemma 5',
  },
  {
    variant: 'kbatchasync',
    form: (d, P, K, J) => kbatchasyncTime(d.dist, P, K, J),
    kind: () => 'approximation',
    what: 'Lemma 4, large-J limit',
  },
];

/** [SS] Fig. 6 for one distribution: E[T] of J updates against K for each variant, with closed forms. */
export function timeChart(s: S, results: CellResults, d: NamedDist): Chart {
  const series: Series[] = [];
  const marks: Mark[] = [];
  const heavy = !Number.isFinite(d.dist.variance);
  const means = new Map<Variant, Point[]>();
  const paper = paperModel(curveParams(s, d, 'ksync', []));
  const inputs = paper ? closedInputsOf(s, results, d) : null;
  for (const v of variantsOf(s)) {
    const cs = curves(s, results, d, v);
    const points = cs ? meanPoints(cs, heavy) : [];
    means.set(v, points);
    series.push({
      id: slug(v),
      label: `${VARIANT_LABEL[v]} simulated`,
      kind: 'simulation',
      band: heavy ? 'quantile' : 'ci95',
      colorIndex: VARIANT_COLOR[v],
      source: `event-driven simulation, mean over ${s.seeds} repetitions (${modelWords(s)})${(v === 'ksync' && paper) || v === 'kbatchsync' || v === 'kbatchasync' ? '; every K from the same draws (common random numbers)' : ''}; band: ${heavy ? '2.5–97.5 % range of the repetitions (X has infinite variance)' : '95 % confidence interval'}`,
      points,
    });
    const c = CLOSED.find((x) => x.variant === v)!;
    if (!paper) continue;
    const pts: Point[] = [];
    let last: ClosedForm | null = null;
    for (let K = 1; K <= s.P; K++) {
      const f = c.form(d, s.P, K, s.J, inputs);
      if (!f) continue;
      last = f;
      pts.push({
        x: K,
        y: Number.isFinite(f.value) ? f.value : null,
        ...(Number.isFinite(f.value) ? {} : { note: 'infinite' }),
      });
    }
    if (last)
      series.push({
        id: slug(v, 'closed-form'),
        label: `${VARIANT_LABEL[v]}: ${c.what}`,
        kind: c.kind(last),
        colorIndex: VARIANT_COLOR[v],
        dash: true,
        source: last.formula,
        points: pts,
      });
  }
  const sync = means.get('ksync');
  const async = means.get('kasync');
  const slowerKs = sync?.length && async?.length ? asyncSlower(sync, async) : [];
  if (slowerKs.length)
    marks.push({ axis: 'x', value: slowerKs[0], label: `K-async slower from K = ${slowerKs[0]}` });
  return {
    type: 'xy',
    id: slug('time-vs-k', d.text),
    title: `Time for J = ${formatNumber(s.J)} updates against K — X ~ ${d.text}`,
    cite: '[SS] Fig. 6; Lemmas 3–5, Theorem 2',
    summary:
      `The async variants do not wait for stragglers, the batch variants keep every learner busy. ${paper ? 'Dashed: closed forms (Lemma 5 is drawn only where X is new-longer-than-used, where it holds).' : 'Closed forms assume the paper’s model (no communication time, identical learners) and are not drawn.'} ${timeFinding(series)}`.trimEnd(),
    x: { label: 'K (learners or mini-batches per update)', scale: 'linear' },
    y: { label: `total time of ${formatNumber(s.J)} updates`, scale: 'linear' },
    marks,
    series,
  };
}
