// The golden check of one shard of test/golden/links.ts: each link's numbers, cells and notices as
// recorded. A mismatch is a changed link: either a new link version keeps the old answer, or — for a
// bug fix — the record is rewritten (`npm run golden -- NAME`) in the same commit as a CHANGELOG.md
// entry naming the link and why. The shards let Vitest spread the ~60 s of cells over the cores.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type GoldenRecord, goldenRecord, runLinkOutput } from '../../golden/goldenRun';
import { GOLDEN_LINKS } from '../../golden/links';

export const SHARDS = 4;

export function goldenShard(shard: number): void {
  describe(`golden links, shard ${shard + 1} of ${SHARDS}`, () => {
    GOLDEN_LINKS.forEach((g, i) => {
      if (i % SHARDS !== shard) return;
      it(`${g.name} keeps its numbers`, { timeout: 900_000 }, async () => {
        const recorded = JSON.parse(
          readFileSync(new URL(`../../golden/outputs/${g.name}.json`, import.meta.url), 'utf8'),
        ) as GoldenRecord;
        const { output, cells } = await runLinkOutput(g.link);
        const now = goldenRecord(output, cells);
        expect(now.link, 'canonical link').toBe(recorded.link);
        expect(now.params, 'normalised parameters').toEqual(recorded.params);
        expect(now.notices, 'notices').toEqual(recorded.notices);
        expect(now.cells, 'cell identities (they seed the random streams)').toEqual(recorded.cells);
        expect(now.charts, 'SHA-256 of each chart').toEqual(recorded.charts);
      });
    });
  });
}
