import { sampleQuantile } from '../../engine/quantile';
import { formatNumber } from '../../scenario/params';
import type { Scenario } from '../../scenario/views';
import type { CellResults, CellSpec } from '../cells';

type S = Scenario<'runtime'>;

export const repetitions = (s: S) => Array.from({ length: s.seeds }, (_, r) => r);

/** All repetitions of one point in repetition order (a fixed reduction order), or null while any is missing. */
export function collectRepetitions<T>(
  s: S,
  results: CellResults,
  cellOf: (rep: number) => CellSpec,
): T[] | null {
  const out: T[] = [];
  for (const r of repetitions(s)) {
    const v = results.get(cellOf(r).id);
    if (v === undefined) return null;
    out.push(v as T);
  }
  return out;
}

/** The 2.5–97.5 % range of the repetitions' estimates: the band where a mean has infinite variance. */
export function quantileBand(values: number[]): { lo: number; hi: number } {
  return { lo: sampleQuantile(values, 0.025), hi: sampleQuantile(values, 0.975) };
}

export function simulationSource(s: S): string {
  return `Monte Carlo: ${s.seeds} repetitions × ${formatNumber(s.draws)} draws of P learner times per point, seed ${s.seed}`;
}
