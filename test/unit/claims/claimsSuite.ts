// What the claims tests share: each link's output computed once per test file, in-process and exactly
// as the CLI computes it (test/golden/goldenRun.ts), and the text a gallery claim quotes. The
// gallery's claims run in the golden shards (test/unit/golden/goldenSuite.ts) on the same output.

import type { RunOutput } from '../../../src/experiments/contract';
import { GALLERY_SECTIONS, PRESETS } from '../../../src/scenario/presets';
import { runLinkOutput } from '../../golden/goldenRun';
import type { Claim } from './presetClaims';

const runs = new Map<string, ReturnType<typeof runLinkOutput>>();

/** The CLI's output for a link and its cells, computed once per test file. */
export function runOf(link: string): ReturnType<typeof runLinkOutput> {
  let p = runs.get(link);
  if (!p) {
    p = runLinkOutput(link);
    runs.set(link, p);
  }
  return p;
}

/** The CLI's output for a link, computed once per test file. */
export const outputOf = (link: string): Promise<RunOutput> => runOf(link).then((r) => r.output);

/** The text a claim quotes: its preset's takeaway, or the lead of the preset's gallery section. */
export function textOf(claim: Claim): string {
  const preset = PRESETS.find((p) => p.id === claim.preset);
  if (!preset) throw new Error(`claim names no preset: ${claim.preset}`);
  if (claim.in === 'takeaway') return preset.takeaway;
  const section = GALLERY_SECTIONS.find((s) => s.paper === preset.paper);
  if (!section) throw new Error(`no gallery section for ${preset.paper}`);
  return section.lead;
}
