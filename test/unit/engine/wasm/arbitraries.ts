// Settings shared by the kernels' comparisons: steps and noise that reach every branch.

import fc from 'fast-check';

/** γ over 300 decades and the edges: the smallest subnormal, around the stability edge, overflow. */
export const gammaArb = fc.oneof(
  fc.double({ min: -12, max: 1, noNaN: true }).map((e) => 10 ** e),
  fc.double({ min: -3, max: 0.5, noNaN: true }).map((e) => 10 ** e),
  fc.constantFrom(5e-324, 1e-300, 1e-30, 0.4, 0.5, 0.9, 1, 2, 1e3, 1e150, 1e300),
);

export const noiseArb = fc.record({
  M: fc.oneof(fc.constantFrom(0, 1, 10, 100, 1000, 1e6), fc.double({ min: 0, max: 1e4, noNaN: true })),
  sigma2: fc.oneof(fc.constant(0), fc.constant(0), fc.double({ min: 0, max: 10, noNaN: true })),
  noise: fc.constantFrom('literal' as const, 'coord' as const),
  target: fc.constantFrom('l2d' as const, 'rms' as const, 'gap' as const),
  tol: fc.oneof(fc.constant(0.1), fc.double({ min: 1e-6, max: 20, noNaN: true })),
});
