import type { Scenario, ViewName } from '../scenario/views';
import type { CellResults, CellSpec } from './cells';
import type { Chart } from './contract';

/**
 * One view's experiment: which cells to simulate, and how closed forms plus whatever cells have
 * finished become charts. `charts` must be cheap (it runs on the main thread on every change) and
 * must accept a partial result map: missing cells are simply not drawn yet.
 */
export interface Experiment<V extends ViewName = ViewName> {
  view: V;
  cells(s: Scenario<V>): CellSpec[];
  charts(s: Scenario<V>, results: CellResults): Chart[];
}
