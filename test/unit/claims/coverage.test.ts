// Every gallery preset has at least one claim, every claim quotes its text as it now reads, and the
// shards together run every preset once.

import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../src/scenario/presets';
import { textOf } from './claimsSuite';
import { PRESET_CLAIMS } from './presetClaims';
import { CLAIM_SHARDS } from './shards';

describe('preset claims', () => {
  it('every preset in PRESETS has at least one claim', () => {
    const claimed = new Set(PRESET_CLAIMS.map((c) => c.preset));
    expect(PRESETS.filter((p) => !claimed.has(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('every claim quotes words that are in its text', () => {
    for (const c of PRESET_CLAIMS) expect(textOf(c), c.preset).toContain(c.sentence);
  });

  it('the shards run every preset exactly once', () => {
    expect(CLAIM_SHARDS.flat().sort()).toEqual(PRESETS.map((p) => p.id).sort());
  });
});
