/** One measured number with its goal; `pass` is null when a number has no goal (reported only). */
export interface Row {
  name: string;
  value: number;
  unit: string;
  goal: string;
  pass: boolean | null;
  /** The share link measured, for rows of one link (presets, default links). */
  link?: string;
  /** A page run's budget (issue 16): on the reference machine, and scaled to this one (the goal). */
  budget?: { rawMs: number; scaledMs: number };
  /** Shown instead of the value when the measurement did not complete ("> 180 s", "error: …"). */
  note?: string;
}

/** A number reported without a goal. */
export function noGoal(name: string, value: number, unit: string): Row {
  return { name, value, unit, goal: '—', pass: null };
}

export function atMost(name: string, value: number, unit: string, goal: number): Row {
  return { name, value, unit, goal: `≤ ${goal} ${unit}`, pass: value <= goal };
}

export function atLeast(name: string, value: number, unit: string, goal: number): Row {
  return { name, value, unit, goal: `≥ ${fmt(goal)} ${unit}`, pass: value >= goal };
}

export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Math.abs(x) >= 1e6) return `${(x / 1e6).toFixed(2)} M`;
  if (Math.abs(x) >= 100) return x.toFixed(0);
  return x.toPrecision(3);
}

/** "N rows, M with goals, K miss: <names>" — the last line of the bench's output. */
export function summary(rows: Row[]): string {
  const withGoal = rows.filter((r) => r.pass !== null);
  const missed = withGoal.filter((r) => r.pass === false).map((r) => r.name);
  const head = `${rows.length} rows, ${withGoal.length} with goals, ${missed.length} miss`;
  return missed.length ? `${head}: ${missed.join('; ')}` : `${head}.`;
}

export function table(rows: Row[]): string {
  const cells = rows.map((r) => [
    r.name,
    r.note ?? fmt(r.value),
    r.unit,
    r.goal,
    r.pass === null ? '—' : r.pass ? 'pass' : 'MISS',
  ]);
  const head = ['benchmark', 'value', 'unit', 'goal', 'result'];
  const widths = head.map((h, j) => Math.max(h.length, ...cells.map((c) => c[j].length)));
  const line = (c: string[]) =>
    c.map((s, j) => (j === 1 ? s.padStart(widths[j]) : s.padEnd(widths[j]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
