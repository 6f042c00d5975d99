// Benchmarks of pure code in this process: Monte Carlo draws per second in one thread, and the
// share-link codec's parse + serialise time. CPU time of this process, like the other engine rows,
// so that other load on a shared machine inflates them less than wall time would.

import fc from 'fast-check';
import { makeDistribution } from '../src/engine/distributions';
import { accumulateMaxRatio, createMaxRatioAccumulator } from '../src/engine/montecarlo/orderStatisticsMC';
import { rngFor } from '../src/engine/random/seed';
import { loadExperiment } from '../src/experiments/index';
import { defaultScenario, parseLink, serializeLink } from '../src/scenario/codec';
import { parseDist } from '../src/scenario/distributionSyntax';
import { VIEW_NAMES } from '../src/scenario/views';
import { validScenario } from '../test/unit/scenario/arbitraries';
import { atLeastScaled, cpuMs, machine, ratioRow } from './machine';
import type { Want } from './options';
import { atMost, type Row } from './rows';

const P = 20;
const DISTS = ['exp(1)', 'pareto(2,1)', 'lognormal(0,1)'];
/** DESIGN.md: each view's default scenario completes within about 5 s on a 2-core machine. */
const DEFAULT_RUN_S = 5;
const CORES = 2;

function drawsPerSecond(text: string): number {
  const spec = parseDist(text).value;
  if (!spec) throw new Error(`bench: invalid distribution ${text}`);
  const dist = makeDistribution(spec);
  const rng = rngFor(1, `bench|${text}`);
  const acc = createMaxRatioAccumulator();
  accumulateMaxRatio(acc, dist, P, 20_000, rng); // warm up the JIT
  let groups = 0;
  const t0 = cpuMs();
  let elapsed = 0;
  while (elapsed < 700) {
    accumulateMaxRatio(acc, dist, P, 10_000, rng);
    groups += 10_000;
    elapsed = cpuMs() - t0;
  }
  if (!Number.isFinite(acc.sumY)) throw new Error(`bench: ${text} produced ${acc.sumY}`);
  return (groups * P) / (elapsed / 1000);
}

/** Draws per second one worker needs so that the runtime view's default link finishes in time (on the reference machine). */
async function neededDrawsPerSecond(): Promise<number> {
  const cells = (await loadExperiment('runtime')).cells(defaultScenario('runtime') as never);
  const cost = cells.reduce((a, c) => a + c.cost, 0);
  return cost / (DEFAULT_RUN_S * CORES);
}

export async function monteCarloRows(want: Want): Promise<Row[]> {
  const needed = await neededDrawsPerSecond();
  const rows: Row[] = [];
  for (const d of DISTS) {
    const name = `Monte Carlo draws, 1 thread, ${d}, P=${P}`;
    if (!want(name)) continue;
    const speed = drawsPerSecond(d);
    rows.push(atLeastScaled(name, speed, 'draws/s', needed, machine()), ratioRow(name, speed));
  }
  return rows;
}

const LINKS_PER_VIEW = 2000;

export function codecRows(want: Want): Row[] {
  const name = `link parse + serialise (${VIEW_NAMES.length * LINKS_PER_VIEW} links)`;
  if (!want(name)) return [];
  const links: string[] = [];
  for (const view of VIEW_NAMES) {
    for (const s of fc.sample(validScenario(view), { numRuns: LINKS_PER_VIEW, seed: 42 }))
      links.push(serializeLink(view, s));
  }
  const roundTrip = () => {
    for (const link of links) {
      const r = parseLink(link);
      if (!r.ok) throw new Error(`bench: a serialised link did not parse: ${link}`);
      serializeLink(r.view, r.scenario);
    }
  };
  roundTrip(); // warm up
  const t0 = cpuMs();
  const rounds = 3;
  for (let i = 0; i < rounds; i++) roundTrip();
  const us = ((cpuMs() - t0) * 1000) / (rounds * links.length);
  return [atMost(name, us, 'µs/link', 100)];
}
