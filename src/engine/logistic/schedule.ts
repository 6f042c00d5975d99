// The step-decay schedule and the recording grid shared by the estimator view's two runs.

import { exp, ln } from '../math';

export interface DecaySchedule {
  /** Initial step. */
  gamma: number;
  /** Number of decays (0 = constant step). */
  decays: number;
  /** Each decay divides the step by this factor (> 1). */
  factor: number;
  /** Total steps T of the run. */
  steps: number;
}

/** Length of one phase: the run is cut into decays + 1 equal phases (the last may be shorter). */
export function phaseLength(s: DecaySchedule): number {
  return Math.max(1, Math.ceil(s.steps / (s.decays + 1)));
}

/** The steps (counts of steps done) at which the step is divided: phaseLength·k, k = 1..decays, below T. */
export function decaySteps(s: DecaySchedule): number[] {
  const len = phaseLength(s);
  const out: number[] = [];
  for (let k = 1; k <= s.decays; k++) if (len * k < s.steps) out.push(len * k);
  return out;
}

/** The step size of phase k: γ/factor^k (by repeated division, exact in the same way everywhere). */
export function phaseSteps(s: DecaySchedule): number[] {
  const out = [s.gamma];
  for (let k = 1; k <= s.decays; k++) out.push(out[k - 1] / s.factor);
  return out;
}

/**
 * About `points` log-spaced step counts in [1, T]: ⌈T^(j/points)⌉, deduplicated, ascending, always
 * ending with T.
 */
export function logSpacedSteps(T: number, points: number): number[] {
  const out: number[] = [];
  const logT = ln(T);
  for (let j = 0; j <= points; j++) {
    const t = Math.min(T, Math.max(1, Math.ceil(exp((logT * j) / points) - 1e-9)));
    if (out.length === 0 || t > out[out.length - 1]) out.push(t);
  }
  if (out[out.length - 1] !== T) out.push(T);
  return out;
}
