// Times a sample of each cell kind's cells (the presets' and default links' plans) in this process and
// prints milliseconds per unit of a-priori work per kind: the priors of src/state/cellRates.ts.
// `npx tsx scripts/cellCosts.ts [budget ms per kind] [kind,kind…]` (a minute or two).
import { CELL_RUNNERS } from '../src/experiments/cellRunners';
import type { CellSpec } from '../src/experiments/cells';
import { loadExperiment } from '../src/experiments/index';
import { runCell } from '../src/experiments/runCell';
import { parseLink } from '../src/scenario/codec';
import { PRESETS } from '../src/scenario/presets';
import { VIEW_NAMES } from '../src/scenario/views';

const byKind = new Map<string, CellSpec[]>();
const links = [...PRESETS.map((p) => p.link), ...VIEW_NAMES.map((v) => `?v=1&view=${v}&seed=1`)];
for (const link of links) {
  const parsed = parseLink(link);
  if (!parsed.ok) continue;
  const exp = await loadExperiment(parsed.view);
  const cells = exp.cells(parsed.scenario as never) as CellSpec[];
  const kinds = new Map<string, { n: number; cost: number }>();
  for (const c of cells) {
    const k = kinds.get(c.kind) ?? { n: 0, cost: 0 };
    k.n++;
    k.cost += c.cost;
    kinds.set(c.kind, k);
    const list = byKind.get(c.kind) ?? [];
    if (!list.some((x) => x.id === c.id)) list.push(c);
    byKind.set(c.kind, list);
  }
  console.error(link, cells.length, JSON.stringify([...kinds]));
}
const budgetMs = Number(process.argv[2] ?? 1500);
const only = process.argv[3]?.split(',');
for (const [kind, cells] of byKind) {
  if (!CELL_RUNNERS[kind] || (only && !only.includes(kind))) continue;
  const sorted = [...cells].sort((a, b) => a.cost - b.cost);
  // Cheapest, median and a few in between, within the time budget.
  const picks = [0, 0.25, 0.5, 0.75].map((q) => sorted[Math.floor(q * (sorted.length - 1))]);
  // A first run of each kind warms the JIT and is not counted.
  await runCell(sorted[0], 1, { checkpoint() {} });
  let ms = 0,
    work = 0;
  const rows: string[] = [];
  for (const c of picks) {
    if (ms > budgetMs) break;
    const t = performance.now();
    await runCell(c, 1, { checkpoint() {} });
    const dt = performance.now() - t;
    ms += dt;
    work += c.cost;
    rows.push(`${c.cost.toPrecision(3)}:${dt.toFixed(1)}ms`);
  }
  console.error(`${kind}: n=${cells.length} ${rows.join(' ')}`);
  console.log(`  ${kind}: ${(ms / work).toPrecision(2)},`);
}
