// A thin progress bar along the top of a figure while its simulations stream in (visual only:
// the view's single live region announces milestones in words).

export function ProgressBar({ value, label }: { value: number; label: string }) {
  const pct = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      className="chart-progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
    >
      <div className="chart-progress-fill" style={{ width: `${pct}%` }} />
    </div>
  );
}
