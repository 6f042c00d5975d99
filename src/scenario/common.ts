import { int } from './params';

/** The format version of share links. Its defaults are frozen: changing one needs a new `v`. */
export const LINK_VERSION = 1;

/** Written last in every link (so a link never ends in `)`, which chat apps cut off). */
export const seedParam = int({
  label: 'Random seed',
  help: 'Seeds every simulation; the same link gives the same numbers on any machine.',
  default: 1,
  min: 0,
  max: 2 ** 31 - 1,
});

export const seedsParam = (defaultSeeds: number) =>
  int({
    label: 'Repetitions (seeds)',
    help: 'Independent repetitions averaged per point; bands come from their spread.',
    default: defaultSeeds,
    min: 1,
    max: 200,
  });
