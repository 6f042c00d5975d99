// The view's tools beside its run status: Pin curves and Predict first (both need an xy chart).

import type { ViewName } from '../../scenario/views';
import { canPin, usePins } from '../../state/pins';
import { PinControl } from './PinControl';
import { PredictControl } from './PredictControl';
import './viewTools.css';

export function ViewTools({ view }: { view: ViewName }) {
  const hasCurves = usePins((s) => canPin(s.offers[view]));
  return (
    <div className="view-tools">
      <PinControl view={view} />
      <PredictControl available={hasCurves} />
    </div>
  );
}
