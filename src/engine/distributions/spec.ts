// The service-time distributions of [SS], as data. Parameterisations ([SS] leaves them unstated; the
// README's conventions state them): `exp(rate)` has mean 1/rate; `shexp(shift, rate)` is shift + exp(rate);
// `pareto(shape α, scale x_m)` has P(X > x) = (x_m/x)^α for x ≥ x_m; `uniform(a, b)`;
// `lognormal(mu, sigma)` of the underlying normal; `weibull(shape k, scale λ)`; `det(value)`;
// `mix(p, first, second)` draws from `first` with probability p; `quantiles(q1..qn)` is a measured
// sample summarised at levels (i − ½)/n.

export type DistSpec =
  | { family: 'exp'; rate: number }
  | { family: 'shexp'; shift: number; rate: number }
  | { family: 'pareto'; shape: number; scale: number }
  | { family: 'uniform'; a: number; b: number }
  | { family: 'lognormal'; mu: number; sigma: number }
  | { family: 'weibull'; shape: number; scale: number }
  | { family: 'det'; value: number }
  | { family: 'mix'; p: number; first: DistSpec; second: DistSpec }
  | { family: 'quantiles'; q: number[] };

export type DistFamily = DistSpec['family'];
