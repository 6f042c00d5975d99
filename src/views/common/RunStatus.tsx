import { type RunState, useApp } from '../../state/store';
import { timeLeft } from './waitingText';

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

/** The milestone in words, for the view's one live region (per-cell progress is only visual). */
export function statusText(run: RunState): string {
  switch (run.status) {
    case 'idle':
      return 'Closed forms: computed instantly.';
    case 'starting':
      return 'Starting the simulations…';
    case 'running':
      return `${run.superseded ? 'Cancelled the previous run. ' : ''}Computing ${run.totalCells} simulation cells in the background…`;
    case 'done':
      return run.elapsedMs > 0
        ? `Done: ${run.doneCells} cells simulated in ${seconds(run.elapsedMs)}.`
        : 'Done: all simulation cells were already computed.';
    case 'error':
      return `Finished with errors: ${run.errors.join(' ')}`;
  }
}

/** Progress bar, time left and the `role="status"` live region of a view. */
export function RunStatus() {
  const run = useApp((s) => s.run);
  const frac = run.fraction;
  return (
    <div className={`run-status run-${run.status}`}>
      <p role="status" aria-live="polite" className="run-status-text">
        {statusText(run)}
      </p>
      {run.status === 'running' && (
        <div className="run-progress">
          <progress max={1} value={frac} aria-label="simulation progress" />
          <span className="run-eta">
            {run.doneCells}/{run.totalCells} cells · {Math.min(99, Math.floor(frac * 100))} % of the work
            {run.etaMs !== null ? ` · ${timeLeft(run.etaMs)}` : ''}
          </span>
        </div>
      )}
    </div>
  );
}
