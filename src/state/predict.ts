// "Predict first": while the link's `predict=1` is on, the view's main chart hides its data until
// the reader has guessed where the curve bends and pressed Reveal. The flag is part of the link
// (a lecturer can hand out a predicting link); the guess and whether it was revealed are not.

import { create } from 'zustand';
import type { ViewName } from '../scenario/views';
import { useApp } from './store';

/** A guess on the main chart: a clicked point (x, y), or a typed x alone (y: null). */
export interface Guess {
  x: number;
  y: number | null;
}

export interface Prediction {
  guess: Guess | null;
  revealed: boolean;
}

export const NO_PREDICTION: Prediction = { guess: null, revealed: false };

interface PredictState {
  byView: Partial<Record<ViewName, Prediction>>;
  setGuess(view: ViewName, guess: Guess | null): void;
  reveal(view: ViewName): void;
  /** Forgets the guess and hides the answer again. */
  retry(view: ViewName): void;
}

export const usePredict = create<PredictState>()((set) => {
  const update = (view: ViewName, change: (p: Prediction) => Prediction) =>
    set((st) => ({ byView: { ...st.byView, [view]: change(st.byView[view] ?? NO_PREDICTION) } }));
  return {
    byView: {},
    setGuess: (view, guess) => update(view, (p) => ({ ...p, guess })),
    reveal: (view) => update(view, (p) => ({ ...p, revealed: true })),
    retry: (view) => update(view, () => NO_PREDICTION),
  };
});

/**
 * Turns predict-first on or off for the current view (the link follows). Turning it on starts a
 * fresh prediction, so a second round does not show the previous answer.
 */
export function setPredictMode(on: boolean): void {
  const { view } = useApp.getState();
  if (on) usePredict.getState().retry(view);
  useApp.setState((st) => ({ display: { ...st.display, predict: on } }));
}
