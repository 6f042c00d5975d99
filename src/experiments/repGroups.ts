/**
 * Repetitions 0..seeds−1 in groups of `perCell`, one cell each: fewer, larger cells cost less
 * scheduling; each repetition still draws from its own stream, so grouping never changes a number.
 */
export function repGroups(seeds: number, perCell = 5): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < seeds; r += perCell)
    out.push(Array.from({ length: Math.min(perCell, seeds - r) }, (_, i) => r + i));
  return out;
}
