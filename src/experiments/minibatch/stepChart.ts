import { makeQuadratic, predictedGamma } from '../../engine/quadratic';
import { formatNumber } from '../../scenario/params';
import type { Scenario } from '../../scenario/views';
import type { CellResults } from '../cells';
import { colorForM } from '../colors';
import type { Chart, Point, Series } from '../contract';
import { slug } from '../contract';
import { resultOf } from '../defineCell';
import { batchSizes, tuneParams } from '../quadratic/fromScenario';
import { noResultNote } from '../quadratic/relativeSteps';
import { tuneCell } from './cells';

type S = Scenario<'minibatch'>;

/**
 * The tuned step against b (Fig. 2 right, measured) in one convention: `summed` is the grid's γ per
 * summed gradient, `averaged` is b·γ, the step of an averaged mini-batch.
 */
export function stepChart(s: S, results: CellResults, convention: 'summed' | 'averaged'): Chart {
  const bs = batchSizes(s.bmax);
  const q = makeQuadratic(tuneParams(s, 0, 1));
  const scale = (b: number) => (convention === 'averaged' ? b : 1);
  const series: Series[] = [];
  for (const M of s.M) {
    const colorIndex = colorForM(M, s.M);
    const points: Point[] = [];
    for (const b of bs) {
      const r = resultOf(results, tuneCell(tuneParams(s, M, b)));
      if (!r) continue;
      if (r.bestGamma === null) points.push({ x: b, y: null, note: noResultNote(r, s.cap) });
      else
        points.push({
          x: b,
          y: r.bestGamma * scale(b),
          ...(r.onEdge ? { note: 'on the grid’s edge: the best step may lie beyond it' } : {}),
        });
    }
    series.push({
      id: slug('m', M),
      label: `M = ${formatNumber(M)}`,
      kind: 'simulation',
      colorIndex,
      source: `the grid step γ_k = 1.1/(1+M)·2^(−k) with the fewest mean steps to target${convention === 'averaged' ? ', times b' : ''}`,
      points,
    });
    const noise = {
      M,
      sigma2: s.sigma2,
      noise: s.noise === 'coord' ? ('coord' as const) : ('literal' as const),
    };
    series.push({
      id: slug('theory-m', M),
      label: `≈ 2/(L(M' + b)), M = ${formatNumber(M)}`,
      kind: 'approximation',
      colorIndex,
      source:
        "[CP] Theorem 1 and Fig. 2: γ ∝ 1/(L(M' + b)) per summed gradient; the constant 2 is fitted to the paper's preset, M' is Property 3's constant" +
        (convention === 'averaged' ? '; times b for averaged batches' : ''),
      points: bs.map((b) => ({ x: b, y: predictedGamma(noise, q.d, q.L, b, s.mom) * scale(b) })),
    });
  }
  const averaged = convention === 'averaged';
  return {
    type: 'xy',
    id: averaged ? 'tuned-step-averaged' : 'tuned-step-summed',
    title: averaged
      ? 'Tuned step for averaged mini-batches, b·γ, against batch size'
      : 'Tuned step per summed gradient, γ, against batch size',
    cite: '[CP] Fig. 2 (right), measured on the Sec. 7.1 quadratic',
    summary: averaged
      ? 'The best averaged step grows about linearly with b (the linear scaling rule) while b is below the noise level M′, then stays flat near gradient descent’s best step.'
      : 'Per summed gradient the best step stays within a factor 2 (one grid step) of its value at b = 1 while b is below the noise level M′ and falls like 1/b beyond it.',
    x: { label: 'batch size b', scale: 'log' },
    y: { label: averaged ? 'b · γ' : 'γ', scale: 'log' },
    series,
  };
}
