import type { SliderHint } from '../../scenario/params';

/** Slider positions run 0..STEPS; a log slider maps them geometrically, with 0 at the far left when the range includes 0. */
export const STEPS = 1000;

/** Round to 3 significant digits so a dragged slider writes readable values into the link. */
export function niceRound(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(3));
}

export function toPosition(value: number, hint: SliderHint, allowsZero: boolean): number {
  if (!hint.log) return Math.round(((value - hint.min) / (hint.max - hint.min)) * STEPS);
  if (allowsZero && value <= 0) return 0;
  const lo = Math.log10(hint.min);
  const hi = Math.log10(hint.max);
  const t = (Math.log10(Math.min(Math.max(value, hint.min), hint.max)) - lo) / (hi - lo);
  return allowsZero ? Math.round(1 + t * (STEPS - 1)) : Math.round(t * STEPS);
}

export function fromPosition(pos: number, hint: SliderHint, allowsZero: boolean, integer: boolean): number {
  let v: number;
  if (!hint.log) v = hint.min + (pos / STEPS) * (hint.max - hint.min);
  else if (allowsZero && pos === 0) return 0;
  else {
    const t = allowsZero ? (pos - 1) / (STEPS - 1) : pos / STEPS;
    v = 10 ** (Math.log10(hint.min) + t * (Math.log10(hint.max) - Math.log10(hint.min)));
  }
  return integer ? Math.round(v) : niceRound(v);
}
