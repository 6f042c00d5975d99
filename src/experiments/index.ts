import type { ViewName } from '../scenario/views';
import type { Experiment } from './experiment';
import { minibatchExperiment } from './minibatch';
import { runtimeExperiment } from './runtime';
import { speedupExperiment } from './speedup';

/** Each view's experiment, for the page (via the store) and the CLI alike. */
export const EXPERIMENTS: { [V in ViewName]: Experiment<V> } = {
  speedup: speedupExperiment,
  minibatch: minibatchExperiment,
  runtime: runtimeExperiment,
};

export function experimentOf<V extends ViewName>(view: V): Experiment<V> {
  return EXPERIMENTS[view];
}
