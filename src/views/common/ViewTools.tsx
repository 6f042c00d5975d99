// The view's tools beside its run status: Pin curves and Predict first (both need an xy chart).

import type { ViewName } from '../../scenario/views';
import { canPin, usePins } from '../../state/pins';
import { usePredict } from '../../state/predict';
import { useApp } from '../../state/store';
import { PinControl } from './PinControl';
import { PredictControl } from './PredictControl';
import './viewTools.css';

/** Predict first is on and not yet revealed, on a view with a curve to predict: hide the answer. */
export function usePredicting(view: ViewName): boolean {
  const on = useApp((s) => s.display.predict);
  const revealed = usePredict((s) => s.byView[view]?.revealed ?? false);
  const hasCurves = usePins((s) => canPin(s.offers[view]));
  return on && hasCurves && !revealed;
}

export function ViewTools({ view }: { view: ViewName }) {
  const hasCurves = usePins((s) => canPin(s.offers[view]));
  return (
    <div className="view-tools">
      <PinControl view={view} />
      <PredictControl available={hasCurves} />
    </div>
  );
}
