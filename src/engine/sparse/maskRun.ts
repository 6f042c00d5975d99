// [CP] Sec. 6.2's artificial sparsification under delay: the base quadratic (the Sec. 7.1 problem,
// ORIGINAL coordinates x, tridiagonal H as DelayedRun's hogwild path) with the masked gradient
//   g(x̂) = α·m∘(∇f(x̂) + u),  m_j ~ Bernoulli(1/α) i.i.d. (mask.ts),  u ~ N(0, s²·I_d),
// s² = α₀‖∇f(x̂)‖² + β₀ the base noise (noiseCoefficients). Δ = 1/α; E g = ∇f and
//   E‖g − ∇f‖² = (α(1 + M0eff) − 1)‖∇f‖² + α·d·β₀,   M0eff = d·α₀ (d·M `literal`, M `coord`),
// since E‖g‖² = α·Σⱼ E(∇ⱼf + uⱼ)² = α(1 + dα₀)‖∇f‖² + αdβ₀ (maskRelativeNoise). α = 1: no mask.
// Normals are drawn only for the kept coordinates (same law, cheaper). Batch b = 1.
//
// Why the original coordinates: a mask on x is not a mask on y = Qᵀx (Q mixes coordinates), and Δ
// is a statement about the coordinates of the model.
//
// Delays over whole iterates, as DelayedRun: `const` reads x_{t−τ+1}, `uniform` x_{t−δ} with δ
// uniform on {0, …, τ − 1} per step; x_{−k} = x_0. x_{t+1} = x_t − γ·g(x̂_t). Memory: a ring of the
// last τ iterates (O(τ·d)), prefilled with x_0; time per step O(d).
//
// Stream order per step (part of the link format): [delay: boundedInt(τ), `uniform` with τ > 1
// only], [mask words, mask.ts, α > 1 only], [normals for the kept coordinates in ascending order:
// one fillGaussians call of their count, noisy runs with at least one kept coordinate only].
// With α = 1 and τ = 1 this is DelayedRun's hogwild at τ = 1 (b = 1), bit for bit.
//
// Target and divergence exactly as DelayedRun: reached when ‖x‖² (or 2f, `gap`) is within
// targetBound, diverged when ‖x‖² > BLOWUP²·‖x_0‖² or not finite (a NaN ‖x‖² is reported as +∞).

import { boundedInt, type DelayedProblem, rejectThreshold } from '../delayed/run';
import { fillGaussians } from '../quadratic/gaussian';
import { effectiveM, type NoiseParams, noiseCoefficients } from '../quadratic/noise';
import { BLOWUP, type RunState } from '../quadratic/sgd';
import { type TargetParams, targetBound } from '../quadratic/target';
import type { TunableRun } from '../quadratic/tune';
import type { Xoshiro128 } from '../random/xoshiro128';
import { applyH } from './hessian';
import { checkAlpha, drawMask, maskBits } from './mask';

/** Largest τ accepted (as DelayedRun). */
export const MAX_MASK_TAU = 16777216;

export interface MaskSettings extends NoiseParams, TargetParams {
  /** Mask factor α ≥ 1 (integer): Δ = 1/α. */
  alpha: number;
  /** Degree of parallelism τ ≥ 1 (max delay τ − 1). */
  tau: number;
  delay: 'const' | 'uniform';
}

export type MaskParams = MaskSettings & { gamma: number };

/** The exact relative noise M of the masked gradient: E‖g − ∇f‖² = M‖∇f‖² when β = 0 (header). */
export function maskRelativeNoise(p: NoiseParams & { alpha: number; d: number }): number {
  return p.alpha * (1 + effectiveM(p, p.d)) - 1;
}

export class MaskRun implements TunableRun<MaskParams> {
  readonly problem: DelayedProblem;
  private readonly d: number;
  /** τ·d: the last τ iterates, slot k holds the one whose step is ≡ k (mod τ). */
  private ring: Float64Array;
  private readonly z: Float64Array;
  private readonly gr: Float64Array;
  private readonly keep: Int32Array;
  private rng: Xoshiro128 | null = null;
  private tau = 1;
  private delay: 'const' | 'uniform' = 'const';
  private thrT = 0;
  private maskAlpha = 1;
  private bits = 0;
  private thrA = 0;
  private a0 = 0;
  private b0 = 0;
  private gamma = 0;
  private onGap = false;
  private bound = 0;
  private blow2 = 0;
  /** Slot of the current iterate. */
  private cur = 0;
  /** Delay and kept count of the last step (diagnostics, tests). */
  lastDelay = 0;
  lastKept = 0;
  steps = 0;
  state: RunState = 'running';
  norm2 = 0;
  grad2 = 0;
  twoF = 0;

  constructor(problem: DelayedProblem) {
    this.problem = problem;
    const d = problem.q.d;
    this.d = d;
    this.ring = new Float64Array(d);
    this.z = new Float64Array(d);
    this.gr = new Float64Array(d);
    this.keep = new Int32Array(d);
  }

  clone(): MaskRun {
    return new MaskRun(this.problem);
  }

  reset(p: MaskParams, rng: Xoshiro128): void {
    const { d } = this;
    if (!(p.gamma > 0)) throw new RangeError(`gamma must be > 0, got ${p.gamma}`);
    if (!Number.isInteger(p.tau) || p.tau < 1 || p.tau > MAX_MASK_TAU)
      throw new RangeError(`tau must be an integer in [1, ${MAX_MASK_TAU}], got ${p.tau}`);
    if (p.delay !== 'const' && p.delay !== 'uniform') throw new RangeError(`unknown delay model ${p.delay}`);
    checkAlpha(p.alpha);
    const { alpha, beta } = noiseCoefficients(p, d);
    const t = targetBound(p, d);
    const tau = p.tau;
    if (this.ring.length < tau * d) this.ring = new Float64Array(tau * d);
    for (let k = 0; k < tau; k++) this.ring.set(this.problem.x0, k * d);
    this.rng = rng;
    this.tau = tau;
    this.delay = p.delay;
    this.thrT = rejectThreshold(tau);
    this.maskAlpha = p.alpha;
    this.bits = maskBits(p.alpha);
    this.thrA = rejectThreshold(p.alpha);
    this.a0 = alpha;
    this.b0 = beta;
    this.gamma = p.gamma;
    this.onGap = t.onGap;
    this.bound = t.bound;
    this.blow2 = BLOWUP * BLOWUP * this.problem.q.x0Norm2;
    this.z.fill(0);
    this.cur = 0;
    this.lastDelay = 0;
    this.lastKept = 0;
    this.steps = 0;
    let n2 = 0;
    for (let j = 0; j < d; j++) n2 += this.ring[j] * this.ring[j];
    const s = this.summarize(0);
    this.norm2 = n2;
    this.grad2 = s.g2;
    this.twoF = s.f2;
    this.state = (t.onGap ? s.f2 : n2) <= t.bound ? 'reached' : 'running';
  }

  /** A copy of the current iterate (original coordinates x). */
  coordinates(): Float64Array {
    return this.ring.slice(this.cur * this.d, (this.cur + 1) * this.d);
  }

  advance(until: number): RunState {
    if (this.state !== 'running' || this.steps >= until) return this.state;
    const { d, ring, z, gr, keep, tau, thrT, maskAlpha, bits, thrA, a0, b0 } = this;
    const { hDiag, hOff } = this.problem;
    const rng = this.rng!;
    const noiseless = a0 === 0 && b0 === 0;
    const ga = this.gamma * maskAlpha;
    const uniform = this.delay === 'uniform' && tau > 1;
    const fixedDelay = this.delay === 'const' ? tau - 1 : 0;
    const { bound, blow2, onGap } = this;
    let cur = this.cur;
    let t = this.steps;
    let n2 = this.norm2;
    let f2 = this.twoF;
    let delay = this.lastDelay;
    let kept = this.lastKept;
    while (t < until) {
      delay = uniform ? boundedInt(rng, tau, thrT) : fixedDelay;
      let read = cur - delay;
      if (read < 0) read += tau;
      // The full ∇f(x̂) (its norm sets the noise); only the kept coordinates are applied.
      const rg2 = applyH(hDiag, hOff, ring, read * d, d, gr, 0);
      kept = drawMask(rng, maskAlpha, bits, thrA, d, keep);
      const s = noiseless ? 0 : ga * Math.sqrt(a0 * rg2 + b0);
      if (!noiseless && kept > 0) fillGaussians(rng, z, kept);
      const next = cur + 1 === tau ? 0 : cur + 1;
      const co = cur * d;
      const no = next * d;
      // x_{t+1} = x_t off the mask (the read slot is used before the next slot is written, and only
      // through gr, so read === next is harmless).
      if (next !== cur) for (let j = 0; j < d; j++) ring[no + j] = ring[co + j];
      for (let k = 0; k < kept; k++) {
        const j = keep[k];
        ring[no + j] = ring[co + j] - ga * gr[j] - s * z[k];
      }
      n2 = 0;
      for (let j = 0; j < d; j++) n2 += ring[no + j] * ring[no + j];
      t++;
      cur = next;
      if (onGap) f2 = this.summarize(no).f2;
      if ((onGap ? f2 : n2) <= bound || !(n2 <= blow2)) break;
    }
    const sum = this.summarize(cur * d);
    this.cur = cur;
    this.lastDelay = delay;
    this.lastKept = kept;
    this.steps = t;
    this.norm2 = n2;
    this.grad2 = sum.g2;
    this.twoF = sum.f2;
    if ((onGap ? sum.f2 : n2) <= bound) this.state = 'reached';
    else if (!(n2 <= blow2)) {
      this.state = 'diverged';
      // Inf − Inf in one huge step can make NaN: a diverged run reports +∞, never NaN.
      if (Number.isNaN(n2)) this.norm2 = Infinity;
    }
    return this.state;
  }

  /** ‖Hx‖² and ⟨x, Hx⟩ of the iterate at ring offset `o` (DelayedRun's summation order). */
  private summarize(o: number): { g2: number; f2: number } {
    const { d, ring } = this;
    const { hDiag, hOff } = this.problem;
    let g2 = 0;
    let f2 = 0;
    for (let j = 0; j < d; j++) {
      let v = hDiag[j] * ring[o + j];
      if (j > 0) v += hOff * ring[o + j - 1];
      if (j < d - 1) v += hOff * ring[o + j + 1];
      g2 += v * v;
      f2 += v * ring[o + j];
    }
    return { g2, f2 };
  }
}
