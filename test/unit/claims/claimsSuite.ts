// Runs the claims of test/unit/claims/presetClaims.ts, one shard of the presets at a time (the
// heavy links spread over Vitest's workers, as the golden shards do). Each link is computed once per
// file, in-process and exactly as the CLI computes it (test/golden/goldenRun.ts).

import { describe, expect, it } from 'vitest';
import type { RunOutput } from '../../../src/experiments/contract';
import { GALLERY_SECTIONS, PRESETS } from '../../../src/scenario/presets';
import { runLinkOutput } from '../../golden/goldenRun';
import { type Claim, PRESET_CLAIMS } from './presetClaims';

const outputs = new Map<string, Promise<RunOutput>>();

/** The CLI's output for a link, computed once per test file. */
export function outputOf(link: string): Promise<RunOutput> {
  let p = outputs.get(link);
  if (!p) {
    p = runLinkOutput(link).then((r) => r.output);
    outputs.set(link, p);
  }
  return p;
}

/** The text a claim quotes: its preset's takeaway, or the lead of the preset's gallery section. */
export function textOf(claim: Claim): string {
  const preset = PRESETS.find((p) => p.id === claim.preset);
  if (!preset) throw new Error(`claim names no preset: ${claim.preset}`);
  if (claim.in === 'takeaway') return preset.takeaway;
  const section = GALLERY_SECTIONS.find((s) => s.paper === preset.paper);
  if (!section) throw new Error(`no gallery section for ${preset.paper}`);
  return section.lead;
}

export function claimsShard(presetIds: readonly string[]): void {
  for (const id of presetIds) {
    const preset = PRESETS.find((p) => p.id === id);
    if (!preset) throw new Error(`no preset ${id}`);
    describe(`${id} (${preset.link})`, () => {
      for (const claim of PRESET_CLAIMS.filter((c) => c.preset === id))
        it(`“${claim.sentence}” — ${claim.checks}`, { timeout: 600_000 }, async () => {
          expect(textOf(claim), `the ${claim.in} still says it`).toContain(claim.sentence);
          claim.check(await outputOf(preset.link));
        });
    });
  }
}
