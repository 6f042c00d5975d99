// The links claims are checked on: each view's default link and its gallery presets, except the
// three heaviest (minutes on a loaded 2-core machine: Fig. 4, Fig. 9 and the 8 × 8 who-wins map
// with Mmax = 1000) — and a few cheap odd links where a generated sentence takes another branch.
// Outputs are computed in-process exactly as the CLI computes them, once per link per test file.

import { PRESETS } from '../../../src/scenario/presets';
import type { ViewName } from '../../../src/scenario/views';

const HEAVY = new Set(['cp-fig4', 'ss-fig9', 'both-race']);

/**
 * Links of other branches: learners-free async with b > 1, K-batch-sync fastest, Eq. 13 rule, the
 * digits problem (its held-out chart), uniform times.
 */
const EXTRA: Partial<Record<ViewName, string[]>> = {
  async: ['?v=1&view=async&M=20&delay=uniform&b=4&taumax=8&seed=2'],
  kvariants: ['?v=1&view=kvariants&dist=exp(1),weibull(1,1)&P=6&J=500&seed=2147483647'],
  race: [
    '?v=1&view=race&lr=eq13&dist=pareto(3,1)&P=12&K=3&tmax=150&Pmax=2&Mmax=1&seeds=2&seed=0',
    '?v=1&view=race&problem=digits&tmax=50&Pmax=2&Mmax=1&seeds=2&seed=3',
  ],
  runtime: ['?v=1&view=runtime&dist=exp(1),uniform(1,3),weibull(0.7,1)&Pmax=40&draws=500&seeds=3&seed=9'],
};

export function claimLinks(view: ViewName, extra = false): string[] {
  const links = [`?v=1&view=${view}&seed=1`];
  for (const p of PRESETS)
    if (p.view === view && !HEAVY.has(p.id) && !links.includes(p.link)) links.push(p.link);
  return extra ? [...links, ...(EXTRA[view] ?? [])] : links;
}

/** The CLI's output for a link, once per link per test file (shared with the golden shards' claims). */
export { outputOf } from './claimsSuite';
