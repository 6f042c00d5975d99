// Records how long every cell of a few real presets takes, single-threaded, in plan order, each preset
// in a fresh process (its first cells pay the JIT's warm-up as a fresh worker's do): the fixture the
// time-left estimate is tested against (test/unit/state/workEstimate.presets.test.ts).
// `npx tsx scripts/recordCellTimings.ts` rewrites test/unit/state/fixtures/cellTimings.json (~2 min);
// `npx tsx scripts/recordCellTimings.ts NAME` prints one preset's record.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { CellSpec } from '../src/experiments/cells';
import { loadExperiment } from '../src/experiments/index';
import { runCell } from '../src/experiments/runCell';
import { parseLink } from '../src/scenario/codec';

/** The presets whose waits the estimate was seen to miss (links of src/scenario/presets.ts). */
export const TIMED_PRESETS: Record<string, string> = {
  'fig3-minibatch': '?v=1&view=minibatch&M=0,1,10,100,1000,10000&seed=1',
  'fig4-async': '?v=1&view=async&M=10,100,1000&taumax=14&tuneon=first&seeds=5&seed=1',
  'fig9-race':
    '?v=1&view=race&P=40&dist=exp(20)&eta=8&mb=250&etamax=8&comp=0.04&tmax=100&Pmax=1&Mmax=0&seed=1',
  'runtime-default': '?v=1&view=runtime&seed=1',
  'race-default': '?v=1&view=race&seed=1',
  'kvariants-default': '?v=1&view=kvariants&seed=1',
};

async function timeLink(link: string) {
  const parsed = parseLink(link);
  if (!parsed.ok) throw new Error(`bad link ${link}`);
  const exp = await loadExperiment(parsed.view);
  const cells = exp.cells(parsed.scenario as never) as CellSpec[];
  const seed = (parsed.scenario as { seed: number }).seed;
  const rows: { id: string; kind: string; cost: number; ms: number }[] = [];
  for (const c of cells) {
    const t = performance.now();
    await runCell(c, seed, { checkpoint() {} });
    rows.push({ id: c.id, kind: c.kind, cost: c.cost, ms: Number((performance.now() - t).toFixed(2)) });
  }
  return { link, cells: rows };
}

const name = process.argv[2];
if (name) {
  process.stdout.write(JSON.stringify(await timeLink(TIMED_PRESETS[name])));
} else {
  const out: Record<string, unknown> = {};
  for (const n of Object.keys(TIMED_PRESETS)) {
    const json = execFileSync('npx', ['tsx', 'scripts/recordCellTimings.ts', n], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    out[n] = JSON.parse(json);
    process.stderr.write(`${n}: ${(out[n] as { cells: unknown[] }).cells.length} cells\n`);
  }
  const file = new URL('../test/unit/state/fixtures/cellTimings.json', import.meta.url);
  writeFileSync(file, `${JSON.stringify({ recorded: new Date().toISOString(), presets: out }, null, 1)}\n`);
}
