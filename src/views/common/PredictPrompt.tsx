// Predict first, above the main chart: the question, a number input for the guessed x (a click on
// the plot fills it too) and Reveal; once revealed, the guess against the chart's marks and
// "Try again".

import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { formatValue } from '../../charts/format';
import { guessComparison, guessWhere, predictQuestion, xRange } from '../../charts/guessModel';
import type { XYChart } from '../../experiments/contract';
import type { ViewName } from '../../scenario/views';
import { type Prediction, usePredict } from '../../state/predict';

interface Props {
  view: ViewName;
  chart: XYChart;
  prediction: Prediction;
}

export function PredictPrompt({ view, chart, prediction }: Props) {
  return prediction.revealed ? (
    <PredictResult view={view} chart={chart} prediction={prediction} />
  ) : (
    <PredictQuestion view={view} chart={chart} prediction={prediction} />
  );
}

/** The typed text as a guess of x, or why it is not one. */
function readGuess(text: string, logAxis: boolean): { x: number } | { error: string } | null {
  const t = text.trim();
  if (t === '') return null;
  const x = Number(t);
  if (!Number.isFinite(x)) return { error: 'Type a number.' };
  if (logAxis && x <= 0) return { error: 'This axis is logarithmic: type a number above 0.' };
  return { x };
}

function PredictQuestion({ view, chart, prediction }: Props) {
  const { guess } = prediction;
  const setGuess = usePredict((s) => s.setGuess);
  const reveal = usePredict((s) => s.reveal);
  const [text, setText] = useState(guess ? String(guess.x) : '');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const questionId = useId();
  const logAxis = chart.x.scale === 'log';
  const range = xRange(chart);
  const offChart = guess !== null && range !== null && (guess.x < range[0] || guess.x > range[1]);

  // A click on the plot sets the guess: show its x in the input (typing must not be rewritten).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new guess rewrites the text
  useEffect(() => {
    if (guess && Number(text) !== guess.x) {
      setText(String(guess.x));
      setError(null);
    }
  }, [guess]);

  const onChange = (value: string) => {
    setText(value);
    const read = readGuess(value, logAxis);
    if (read === null) {
      setError(null);
      setGuess(view, null);
    } else if ('error' in read) setError(read.error);
    else {
      setError(null);
      setGuess(view, { x: read.x, y: guess && guess.x === read.x ? guess.y : null });
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    reveal(view);
  };

  return (
    <form className="chart-predict" aria-labelledby={questionId} onSubmit={onSubmit}>
      <p className="chart-predict-question" id={questionId}>
        {predictQuestion(chart)} Click on the chart, or type a value:
      </p>
      <label htmlFor={inputId}>{chart.x.label}</label>
      <input
        id={inputId}
        type="number"
        inputMode="decimal"
        step="any"
        min={logAxis ? 0 : undefined}
        value={text}
        aria-invalid={error !== null}
        onChange={(e) => onChange(e.target.value)}
      />
      <button type="submit" className="chart-predict-reveal">
        Reveal
      </button>
      <p className="chart-predict-status" aria-live="polite">
        {error ??
          (guess
            ? `Your guess: ${guessWhere(chart, guess)}${offChart && range ? `, off this chart (${formatValue(range[0])} to ${formatValue(range[1])})` : ''}. Press Reveal (or Enter) to see the answer.`
            : 'No guess yet: the curves stay hidden until you reveal them.')}
      </p>
    </form>
  );
}

function PredictResult({ view, chart, prediction }: Props) {
  const retry = usePredict((s) => s.retry);
  const result = useRef<HTMLParagraphElement>(null);
  // Revealing removes the form (and the focus with it): read the comparison out instead.
  useEffect(() => result.current?.focus(), []);
  const { guess } = prediction;
  return (
    <div className="chart-predict is-revealed">
      <p className="chart-predict-result" ref={result} tabIndex={-1} aria-live="polite">
        {guessComparison(chart, guess)}
      </p>
      <button type="button" className="chart-predict-retry" onClick={() => retry(view)}>
        Try again
      </button>
    </div>
  );
}
