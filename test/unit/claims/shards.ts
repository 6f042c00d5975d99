// Which presets each claims test file runs: the four heavy links alone or in pairs, the light ones
// together, so Vitest's workers share the ~5 min of cells (coverage.test.ts checks the partition).
export const CLAIM_SHARDS: readonly (readonly string[])[] = [
  ['ss-fig9'],
  ['cp-fig4'],
  ['both-race', 'cp-fig3'],
  [
    'cp-fig1',
    'cp-fig2',
    'cp-sec6',
    'cp-eq9',
    'ss-fig3-4',
    'ss-thm1',
    'ss-fig6',
    'ss-thm2',
    'ss-fig7',
    'ss-fig8',
  ],
];
