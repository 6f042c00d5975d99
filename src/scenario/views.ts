import { asyncParams, asyncUi } from './asyncSchema';
import { estimatorParams, estimatorUi } from './estimatorSchema';
import { kvariantsParams, kvariantsUi } from './kvariantsSchema';
import { minibatchParams, minibatchUi } from './minibatchSchema';
import type { ParamSpec, ValuesOf } from './params';
import { raceParams, raceUi } from './raceSchema';
import { runtimeParams, runtimeUi } from './runtimeSchema';
import { speedupParams, speedupUi } from './speedupSchema';
import { timelineParams, timelineUi } from './timelineSchema';
import type { ViewUi } from './viewUi';

export interface ViewMeta {
  title: string;
  /** Which paper and figures the view reproduces. */
  cite: string;
  blurb: string;
}

/**
 * Every view this version offers, in navigation order, each with its parameters and the page's
 * facts about them (`ui`: advanced controls, controls that do not apply, simulated charts;
 * scenario/viewUi.ts) (a link to any other view opens the default one, with a notice).
 */
export const VIEWS = {
  speedup: {
    meta: {
      title: 'Critical batch size',
      cite: '[CP] Sec. 5, Figs. 1–2',
      blurb: 'Mini-batch SGD speeds up near-linearly only up to b_crit = σ⋆²/ε + M + 1.',
    },
    params: speedupParams,
    ui: speedupUi,
  },
  minibatch: {
    meta: {
      title: 'Mini-batch speedup',
      cite: '[CP] Sec. 7.1, Fig. 3',
      blurb:
        'Simulated on the paper’s quadratic with tuned steps: linear speedup up to the critical batch size.',
    },
    params: minibatchParams,
    ui: minibatchUi,
  },
  async: {
    meta: {
      title: 'Delays and sparsity',
      cite: '[CP] Sec. 6, Table 1, Sec. 7.1, Fig. 4',
      blurb:
        'Staleness is parallelism too: free only up to the same critical level, and sparse gradients tolerate delays up to 1/Δ.',
    },
    params: asyncParams,
    ui: asyncUi,
  },
  estimator: {
    meta: {
      title: 'Estimating b_crit',
      cite: '[CP] Eq. 9, Sec. 7.2–7.3, Figs. 5–8',
      blurb: 'b̂ = 1 + E‖g − ∇f‖²/(‖∇f‖² + ε̂) along a run, on the quadratic and on logistic regression.',
    },
    params: estimatorParams,
    ui: estimatorUi,
  },
  runtime: {
    meta: {
      title: 'Sync vs async',
      cite: '[SS] Theorem 1, Corollary 1, Fig. 5',
      blurb: 'Waiting for the slowest of P learners costs P·E[X_{P:P}]/E[X] over Async SGD.',
    },
    params: runtimeParams,
    ui: runtimeUi,
  },
  kvariants: {
    meta: {
      title: 'K-sync to K-async',
      cite: '[SS] Fig. 6, Lemmas 3–5, Theorem 2',
      blurb: 'Runtime of the four K-variants, simulated event by event beside their closed forms.',
    },
    params: kvariantsParams,
    ui: kvariantsUi,
  },
  timeline: {
    meta: {
      title: 'Timelines',
      cite: '[SS] Figs. 3–4',
      blurb:
        'Animated Gantt charts: K-sync cancels its stragglers, K-async keeps them and applies their gradients stale.',
    },
    params: timelineParams,
    ui: timelineUi,
  },
  race: {
    meta: {
      title: 'Who wins the race',
      cite: '[SS] Figs. 7–9, Eq. 13 × [CP]',
      blurb: 'Error against wall-clock time: updates needed ([CP]) times time per update ([SS]).',
    },
    params: raceParams,
    ui: raceUi,
  },
} as const;

export type ViewName = keyof typeof VIEWS;
export const VIEW_NAMES = Object.keys(VIEWS) as ViewName[];
export const DEFAULT_VIEW: ViewName = 'speedup';

export type Scenario<V extends ViewName = ViewName> = ValuesOf<(typeof VIEWS)[V]['params']> & {
  seed: number;
};

export function isViewName(x: string): x is ViewName {
  return Object.hasOwn(VIEWS, x);
}

export function paramsOf(view: ViewName): Record<string, ParamSpec> {
  return VIEWS[view].params as unknown as Record<string, ParamSpec>;
}

/** The view's UI facts, for the generic controls and chart list (typed per view in its schema). */
export function uiOf(view: ViewName): ViewUi<Record<string, ParamSpec>> {
  return VIEWS[view].ui as ViewUi<Record<string, ParamSpec>>;
}
