// The race engine: SGD error against wall-clock time under [SS]'s parameter-server model, and
// [SS] Sec. 5's bounds to compare it with.

export * from './bounds';
export {
  hasLogisticData,
  logisticData,
  logisticDataGen,
  makeModel,
  makeModelGen,
  problemInfo,
  problemInfoAsync,
  problemInfoGen,
  type RaceModel,
} from './models';
export { CHUNK_WORK, DIVERGE, MAX_RACE_CHECKPOINTS, raceRun, raceRunAsync, raceRunGen } from './run';
export * from './types';
