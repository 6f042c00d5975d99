import { log10, pow } from '../../engine/math';

/** P values simulated by Monte Carlo: every P up to 6, then the 1–2–2.5–3–4–5–6–8 series, and Pmax. */
export function monteCarloGrid(Pmax: number): number[] {
  const steps = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8];
  const out = new Set<number>();
  for (let P = 1; P <= Math.min(6, Pmax); P++) out.add(P);
  for (let decade = 1; decade <= Pmax; decade *= 10) {
    for (const s of steps) {
      const P = Math.round(s * decade);
      if (P <= Pmax && P > 6) out.add(P);
    }
  }
  out.add(Pmax);
  return [...out].sort((a, b) => a - b);
}

/** P values for exact curves: every P up to 40, then about 60 points per decade. */
export function theoryGrid(Pmax: number): number[] {
  const out = new Set<number>();
  for (let P = 1; P <= Math.min(40, Pmax); P++) out.add(P);
  for (let e = log10(40); e < log10(Pmax); e += 1 / 60) out.add(Math.round(pow(10, e)));
  out.add(Pmax);
  return [...out].filter((P) => P <= Pmax).sort((a, b) => a - b);
}
