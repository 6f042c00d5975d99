import { asyncParams } from './asyncSchema';
import { estimatorParams } from './estimatorSchema';
import { kvariantsParams } from './kvariantsSchema';
import { minibatchParams } from './minibatchSchema';
import type { ParamSpec } from './params';
import { raceParams } from './raceSchema';
import { runtimeParams } from './runtimeSchema';
import { speedupParams } from './speedupSchema';
import { timelineParams } from './timelineSchema';

export interface ViewMeta {
  title: string;
  /** Which paper and figures the view reproduces. */
  cite: string;
  blurb: string;
}

/** Every view this version offers, in navigation order (a link to any other view opens the default one, with a notice). */
export const VIEWS = {
  speedup: {
    meta: {
      title: 'Critical batch size',
      cite: '[CP] Sec. 5, Figs. 1–2',
      blurb: 'Mini-batch SGD speeds up near-linearly only up to b_crit = σ⋆²/ε + M + 1.',
    },
    params: speedupParams,
  },
  minibatch: {
    meta: {
      title: 'Mini-batch speedup',
      cite: '[CP] Sec. 7.1, Fig. 3',
      blurb:
        'Simulated on the paper’s quadratic with tuned steps: linear speedup up to the critical batch size.',
    },
    params: minibatchParams,
  },
  async: {
    meta: {
      title: 'Delays and sparsity',
      cite: '[CP] Sec. 6, Table 1, Sec. 7.1, Fig. 4',
      blurb:
        'Staleness is parallelism too: free only up to the same critical level, and sparse gradients tolerate delays up to 1/Δ.',
    },
    params: asyncParams,
  },
  estimator: {
    meta: {
      title: 'Estimating b_crit',
      cite: '[CP] Eq. 9, Sec. 7.2–7.3, Figs. 5–8',
      blurb: 'b̂ = 1 + E‖g − ∇f‖²/(‖∇f‖² + ε̂) along a run, on the quadratic and on logistic regression.',
    },
    params: estimatorParams,
  },
  runtime: {
    meta: {
      title: 'Sync vs async',
      cite: '[SS] Theorem 1, Corollary 1, Fig. 5',
      blurb: 'Waiting for the slowest of P learners costs P·E[X_{P:P}]/E[X] over Async SGD.',
    },
    params: runtimeParams,
  },
  kvariants: {
    meta: {
      title: 'K-sync to K-async',
      cite: '[SS] Fig. 6, Lemmas 3–5, Theorem 2',
      blurb: 'Runtime of the four K-variants, simulated event by event beside their closed forms.',
    },
    params: kvariantsParams,
  },
  timeline: {
    meta: {
      title: 'Timelines',
      cite: '[SS] Figs. 3–4',
      blurb:
        'Animated Gantt charts: K-sync cancels its stragglers, K-async keeps them and applies their gradients stale.',
    },
    params: timelineParams,
  },
  race: {
    meta: {
      title: 'Who wins the race',
      cite: '[SS] Figs. 7–9, Eq. 13 × [CP]',
      blurb: 'Error against wall-clock time: updates needed ([CP]) times time per update ([SS]).',
    },
    params: raceParams,
  },
} as const;

export type ViewName = keyof typeof VIEWS;
export const VIEW_NAMES = Object.keys(VIEWS) as ViewName[];
export const DEFAULT_VIEW: ViewName = 'speedup';

type ParamsOf<V extends ViewName> = (typeof VIEWS)[V]['params'];
export type Scenario<V extends ViewName = ViewName> = {
  [K in keyof ParamsOf<V>]: ParamsOf<V>[K] extends ParamSpec ? ParamsOf<V>[K]['default'] : never;
} & { seed: number };

export function isViewName(x: string): x is ViewName {
  return Object.hasOwn(VIEWS, x);
}

export function paramsOf(view: ViewName): Record<string, ParamSpec> {
  return VIEWS[view].params as unknown as Record<string, ParamSpec>;
}
