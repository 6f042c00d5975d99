import { sampleQuantile } from '../../engine/quantile';
import { formatNumber } from '../../scenario/params';
import type { Scenario } from '../../scenario/views';
import type { CellResults } from '../cells';
import { type Point, type Series, slug } from '../contract';
import { resultOf, type TypedCell } from '../defineCell';
import type { NamedDist } from '../serviceTime/distributions';

type S = Scenario<'runtime'>;

export const repetitions = (s: S) => Array.from({ length: s.seeds }, (_, r) => r);

/** All repetitions of one point in repetition order (a fixed reduction order), or null while any is missing. */
export function collectRepetitions<T>(
  s: S,
  results: CellResults,
  cellOf: (rep: number) => TypedCell<unknown, T>,
): T[] | null {
  const out: T[] = [];
  for (const r of repetitions(s)) {
    const v = resultOf(results, cellOf(r));
    if (v === undefined) return null;
    out.push(v);
  }
  return out;
}

/** The 2.5–97.5 % range of the repetitions' estimates: the band where a mean has infinite variance. */
export function quantileBand(values: number[]): { lo: number; hi: number } {
  return { lo: sampleQuantile(values, 0.025), hi: sampleQuantile(values, 0.975) };
}

/**
 * A Monte Carlo series of one distribution. `heavy`: some point's estimate has infinite variance, so
 * (there) the band is the spread of the repetitions' estimates, not a confidence interval.
 */
export function simulationSeries(
  s: S,
  d: NamedDist,
  heavy: boolean,
  ciMethod: string,
  points: Point[],
): Series {
  const runs = `Monte Carlo: ${s.seeds} repetitions × ${formatNumber(s.draws)} draws of P learner times per point, seed ${s.seed}`;
  return {
    id: slug(d.text, 'mc'),
    label: `${d.text} simulated`,
    kind: 'simulation',
    band: heavy ? 'quantile' : 'ci95',
    colorIndex: d.colorIndex,
    source: heavy
      ? `${runs}; where the variance is infinite the band is the 2.5–97.5 % range of the repetitions’ estimates, not a confidence interval`
      : `${runs}; band: 95 % confidence interval (${ciMethod})`,
    points,
  };
}
