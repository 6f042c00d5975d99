// The golden check of one shard of test/golden/links.ts: each link's numbers, cells and notices as
// recorded. A mismatch is a changed link: either a new link version keeps the old answer, or — for a
// bug fix — the record is rewritten (`npm run golden -- NAME`) in the same commit as a CHANGELOG.md
// entry naming the link and why. The shards let Vitest spread the cells over the cores.
//
// The gallery's claims (test/unit/claims/presetClaims.ts) are checked here too, on the same output:
// every preset link is a golden link, and computing the heavy presets twice would double CI's work.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../src/scenario/presets';
import { type GoldenRecord, goldenRecord } from '../../golden/goldenRun';
import { GOLDEN_LINKS } from '../../golden/links';
import { outputOf, runOf, textOf } from '../claims/claimsSuite';
import { PRESET_CLAIMS } from '../claims/presetClaims';

export const SHARDS = 4;

/** Long enough for the heaviest link (Fig. 9) on a machine busy with other work. */
const TIMEOUT = 900_000;

export function goldenShard(shard: number): void {
  GOLDEN_LINKS.forEach((g, i) => {
    if (i % SHARDS !== shard) return;
    describe(`${g.name} (${g.link})`, () => {
      it('keeps its numbers', { timeout: TIMEOUT }, async () => {
        const recorded = JSON.parse(
          readFileSync(new URL(`../../golden/outputs/${g.name}.json`, import.meta.url), 'utf8'),
        ) as GoldenRecord;
        const { output, cells } = await runOf(g.link);
        const now = goldenRecord(output, cells);
        expect(now.link, 'canonical link').toBe(recorded.link);
        expect(now.params, 'normalised parameters').toEqual(recorded.params);
        expect(now.notices, 'notices').toEqual(recorded.notices);
        expect(now.cells, 'cell identities (they seed the random streams)').toEqual(recorded.cells);
        expect(now.charts, 'SHA-256 of each chart').toEqual(recorded.charts);
      });
      for (const preset of PRESETS.filter((p) => p.link === g.link))
        for (const claim of PRESET_CLAIMS.filter((c) => c.preset === preset.id))
          it(`${preset.id}: “${claim.sentence}” — ${claim.checks}`, { timeout: TIMEOUT }, async () => {
            expect(textOf(claim), `the ${claim.in} still says it`).toContain(claim.sentence);
            claim.check(await outputOf(g.link));
          });
    });
  });
}
