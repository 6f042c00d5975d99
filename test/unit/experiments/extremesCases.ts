// The cases of extremes.test.ts: every parameter of every view at both ends of its range (lists
// with one extreme element and at their longest, words at every value, distributions heavy-tailed,
// degenerate and measured), plus every gallery preset; each as a share link, as a user would type it.

import { formatNumber, type ParamSpec } from '../../../src/scenario/params';
import { PRESETS } from '../../../src/scenario/presets';
import { VARIANT_WORDS } from '../../../src/scenario/variantsParam';
import { paramsOf, VIEW_NAMES, type ViewName } from '../../../src/scenario/views';

export interface ExtremeCase {
  view: ViewName;
  /** e.g. `P=max` or `preset cp-fig1`. */
  name: string;
  link: string;
}

/** Heavy tails (finite and infinite mean), a point mass at the smallest value, a measured summary. */
export const EXTREME_DISTS = [
  'pareto(1.01,1)',
  'pareto(0.5,1)',
  'det(0)',
  'quantiles(0,0,0.001,0.5,1,2,1000000)',
  'mix(0.999,det(0.000001),pareto(0.1,1000000))',
];

/** `n` values from lo to hi, spread evenly on a log scale when both are positive. */
function spread(lo: number, hi: number, n: number, integer: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const f = n === 1 ? 0 : i / (n - 1);
    const x = lo > 0 ? lo * (hi / lo) ** f : lo + (hi - lo) * f;
    out.push(integer ? Math.round(x) : Number(x.toPrecision(6)));
  }
  return [...new Set(out)];
}

function valuesOf(spec: ParamSpec, name: string): { tag: string; text: string }[] {
  switch (spec.kind) {
    case 'int':
      return [
        { tag: 'min', text: formatNumber(spec.min) },
        { tag: 'max', text: formatNumber(spec.max) },
      ];
    case 'number':
      return [
        { tag: 'min', text: formatNumber(spec.minAllowed) },
        { tag: 'max', text: formatNumber(spec.max) },
      ];
    case 'numbers': {
      const lo = spec.min === 0 && spec.max > 1 ? 0 : spec.min;
      return [
        { tag: 'min', text: formatNumber(spec.min) },
        { tag: 'max', text: formatNumber(spec.max) },
        {
          tag: 'longest',
          text: spread(lo, spec.max, spec.maxItems, spec.integer).map(formatNumber).join(','),
        },
      ];
    }
    case 'word':
      return spec.options.map((o) => ({ tag: o.value, text: o.value }));
    case 'items': {
      const isDist = spec.parse('pareto(2,1)', name).notices.length === 0;
      const items = isDist ? EXTREME_DISTS : [...VARIANT_WORDS];
      return [
        ...items.map((t) => ({ tag: t, text: t })),
        { tag: 'longest', text: items.slice(0, spec.maxItems).join(',') },
      ];
    }
  }
}

export function extremeCases(): ExtremeCase[] {
  const out: ExtremeCase[] = [];
  for (const view of VIEW_NAMES)
    for (const [name, spec] of Object.entries(paramsOf(view)))
      for (const v of valuesOf(spec, name))
        out.push({ view, name: `${name}=${v.tag}`, link: `?v=1&view=${view}&${name}=${v.text}&seed=1` });
  for (const p of PRESETS) out.push({ view: p.view, name: `preset ${p.id}`, link: p.link });
  return out;
}
