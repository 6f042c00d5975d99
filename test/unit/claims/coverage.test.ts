// Every gallery preset has at least one claim, every claim quotes its text as it now reads, and every
// preset's link is a golden link (the golden shards run the claims on the same output).

import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../src/scenario/presets';
import { GOLDEN_LINKS } from '../../golden/links';
import { textOf } from './claimsSuite';
import { PRESET_CLAIMS } from './presetClaims';

describe('preset claims', () => {
  it('every preset in PRESETS has at least one claim', () => {
    const claimed = new Set(PRESET_CLAIMS.map((c) => c.preset));
    expect(PRESETS.filter((p) => !claimed.has(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('every claim quotes words that are in its text', () => {
    for (const c of PRESET_CLAIMS) expect(textOf(c), c.preset).toContain(c.sentence);
  });

  it('every preset’s link is a golden link, whose shard checks its claims', () => {
    const golden = new Set(GOLDEN_LINKS.map((g) => g.link));
    expect(PRESETS.filter((p) => !golden.has(p.link)).map((p) => p.id)).toEqual([]);
  });
});
