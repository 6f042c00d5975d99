import { describeDist } from '../../scenario/distributionSyntax';
import type { Chart, Point, Series } from '../contract';
import { slug } from '../contract';
import type { NamedDist } from './distributions';

const SAMPLES = 200;

/** The density of each distribution over the range that holds about 99.5 % of its mass. */
export function densityChart(dists: NamedDist[]): Chart {
  const series: Series[] = dists.map((d) => {
    const [lo, hi] = d.dist.plotRange;
    const points: Point[] = [];
    for (let i = 0; i <= SAMPLES; i++) {
      const x = lo + ((hi - lo) * i) / SAMPLES;
      const y = d.dist.pdf(x);
      points.push(Number.isFinite(y) ? { x, y } : { x, y: null, note: 'no density here (a point mass)' });
    }
    return {
      id: slug(d.text, 'density'),
      label: d.text,
      kind: 'theory',
      colorIndex: d.colorIndex,
      source: describeDist(d.dist.spec),
      points,
    };
  });
  return {
    type: 'xy',
    id: 'service-time-density',
    title: 'Learner compute time X: density',
    cite: '[SS] Sec. 2 (system model); parameterisations as in the README',
    summary:
      'The density of one learner’s time per mini-batch gradient; a heavy right tail makes stragglers. Point masses (det, mixtures of det) have no density and are not drawn.',
    x: { label: 'time X', scale: 'linear' },
    y: { label: 'density', scale: 'linear' },
    series,
  };
}
