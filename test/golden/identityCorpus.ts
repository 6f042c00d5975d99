// The identity strings of every cell (and of the random streams a runner derives on its own) for a
// fixed corpus of random valid links: a refactor of how identities are built must reproduce every
// one of them exactly, since they seed the random streams behind every link's numbers.

import { createHash } from 'node:crypto';
import type { CellSpec } from '../../src/experiments/cells';
import { loadExperiment } from '../../src/experiments/index';
import type { WinCellParams } from '../../src/experiments/race/cells';
import { winStreamIdentity } from '../../src/experiments/race/identity';
import { streamIdentity, type TimelineCellParams } from '../../src/experiments/timeline/cells';
import { parseLink } from '../../src/scenario/codec';

/** Identities a runner derives besides its cell's own id (the ones not a suffix of the cell id). */
function derived(cell: CellSpec): string[] {
  if (cell.kind === 'racewin') {
    const p = cell.params as unknown as WinCellParams;
    const out: string[] = [];
    for (const eta of p.etas)
      for (let r = 0; r < p.reps; r++) out.push(winStreamIdentity({ ...p.run, eta }, r));
    return out;
  }
  if (cell.kind === 'pstrace') return [streamIdentity(cell.params as unknown as TimelineCellParams)];
  return [];
}

export async function identitiesOf(link: string): Promise<{ count: number; sha256: string }> {
  const parsed = parseLink(link);
  if (!parsed.ok) throw new Error(`corpus link does not parse: ${parsed.error}`);
  const experiment = await loadExperiment(parsed.view);
  const cells = experiment.cells(parsed.scenario as never);
  const ids = cells.flatMap((c) => [c.id, ...derived(c)]);
  return { count: ids.length, sha256: createHash('sha256').update(ids.join('\n')).digest('hex') };
}
