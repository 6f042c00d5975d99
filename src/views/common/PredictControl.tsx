// "Predict first": a toggle for the link's predict=1 — the main chart hides its data until the
// reader has guessed where the curve bends and pressed Reveal (see PredictPrompt).

import { setPredictMode } from '../../state/predict';
import { useApp } from '../../state/store';
import './viewTools.css';

export function PredictControl({ available }: { available: boolean }) {
  const on = useApp((s) => s.display.predict);
  return (
    <div className="view-tool">
      <button
        type="button"
        className="button-secondary"
        aria-pressed={on}
        disabled={!available && !on}
        title={
          available
            ? 'Hide the main chart until you have guessed where its curve bends, then reveal it over your guess (link: predict=1).'
            : 'This view has no curve to predict.'
        }
        onClick={() => setPredictMode(!on)}
      >
        Predict first
      </button>
    </div>
  );
}
