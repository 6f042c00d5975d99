import type { ViewName } from '../scenario/views';
import type { Experiment } from './experiment';

/**
 * Each view's experiment, loaded on demand: a view's math (and its engine) is fetched only when
 * the view is opened, which keeps the first paint small. The page and the CLI both come through here.
 */
const LOADERS: { [V in ViewName]: () => Promise<Experiment<V>> } = {
  speedup: () => import('./speedup').then((m) => m.speedupExperiment),
  minibatch: () => import('./minibatch').then((m) => m.minibatchExperiment),
  async: () => import('./async').then((m) => m.asyncExperiment),
  estimator: () => import('./estimator').then((m) => m.estimatorExperiment),
  runtime: () => import('./runtime').then((m) => m.runtimeExperiment),
  kvariants: () => import('./kvariants').then((m) => m.kvariantsExperiment),
  timeline: () => import('./timeline').then((m) => m.timelineExperiment),
  race: () => import('./race').then((m) => m.raceExperiment),
};

export function loadExperiment<V extends ViewName>(view: V): Promise<Experiment<V>> {
  return LOADERS[view]();
}
