/**
 * Palette slot of a noise level M: its position in the paper's list, so M = 100 has the same colour
 * in every view; values off that list follow it in the order of the scenario's list.
 */
export function colorForM(M: number, list: readonly number[]): number {
  const paper = [0, 1, 10, 100, 1000, 10000];
  const i = paper.indexOf(M);
  return i >= 0 ? i : paper.length + list.indexOf(M);
}
