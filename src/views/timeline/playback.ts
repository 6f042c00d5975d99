// The Gantt charts' playback clock: a time cursor that sweeps [0, duration] on
// requestAnimationFrame. Frame-by-frame time goes straight to subscribers (which move an SVG clip
// and a line through refs), never through React state: a frame costs a few attribute writes. React
// hears only of coarse changes (play/pause, speed, the cursor passing a PS update). Playback is
// UI state: it is not part of the link.

/** At 1× the whole run plays in this many seconds, whatever the time scale of the distribution. */
export const SECONDS_PER_RUN_AT_1X = 16;
export const SPEEDS = [0.5, 1, 2, 4] as const;

/** A time stop within this of the cursor counts as reached (float noise of repeated steps). */
const EPS = 1e-9;

export interface PlaybackSnapshot {
  playing: boolean;
  speed: number;
  /** How many stops (PS updates) are at or before the cursor; changes at most once per stop. */
  passed: number;
  /** The cursor when the snapshot was taken (exact while paused; coarse while playing). */
  time: number;
  duration: number;
}

/** Index of the first stop after `t` (stops sorted ascending). */
export function countAtOrBefore(stops: readonly number[], t: number): number {
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stops[mid] <= t + EPS) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The next stop strictly after `t`, or `end` when there is none. */
export function nextStop(stops: readonly number[], t: number, end: number): number {
  const i = countAtOrBefore(stops, t);
  return i < stops.length ? stops[i] : end;
}

/** The last stop strictly before `t`, or 0. */
export function previousStop(stops: readonly number[], t: number): number {
  let best = 0;
  for (const s of stops) if (s < t - EPS) best = s;
  return best;
}

export class Playback {
  private time = 0;
  private duration = 0;
  private stops: number[] = [];
  private playing = false;
  private speed = 1;
  private frame = 0;
  private lastFrame = 0;
  private snapshot: PlaybackSnapshot;
  private readonly tickListeners = new Set<(t: number) => void>();
  private readonly stateListeners = new Set<() => void>();

  constructor() {
    this.snapshot = this.takeSnapshot();
  }

  getSnapshot = (): PlaybackSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  };

  /** `listener(t)` on every frame the cursor moves, and once at once. */
  onTick(listener: (t: number) => void): () => void {
    this.tickListeners.add(listener);
    listener(this.time);
    return () => this.tickListeners.delete(listener);
  }

  currentTime(): number {
    return this.time;
  }

  /**
   * New data (another scenario). Playing: start over from 0. Paused at the end of the old run:
   * show the whole new run. Otherwise keep the cursor where it was (clamped).
   */
  setTimeline(duration: number, stops: number[], autoplay: boolean): void {
    const wasAtEnd = this.duration > 0 && this.time >= this.duration - EPS;
    const first = this.duration === 0;
    this.duration = duration;
    this.stops = stops;
    if (first && autoplay) {
      this.time = 0;
      this.play();
      return;
    }
    if (first || (wasAtEnd && !this.playing)) this.time = duration;
    else if (this.playing) this.time = 0;
    else this.time = Math.min(this.time, duration);
    this.emitTick();
    this.emitState();
  }

  play(): void {
    if (this.duration <= 0) return;
    if (this.time >= this.duration - EPS) this.time = 0;
    this.playing = true;
    this.lastFrame = 0;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(this.step);
    this.emitTick();
    this.emitState();
  }

  pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.frame);
    this.emitState();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: number): void {
    this.speed = speed;
    this.emitState();
  }

  seek(t: number): void {
    this.time = Math.max(0, Math.min(this.duration, t));
    this.emitTick();
    this.emitState();
  }

  /** Pause and move the cursor to the next PS update. */
  stepForward(): void {
    this.pause();
    this.seek(nextStop(this.stops, this.time, this.duration));
  }

  stepBack(): void {
    this.pause();
    this.seek(previousStop(this.stops, this.time));
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.tickListeners.clear();
    this.stateListeners.clear();
  }

  private step = (now: number) => {
    if (!this.playing) return;
    // The first frame only records the clock; a long gap (a background tab) is not a jump.
    const dt = this.lastFrame === 0 ? 0 : Math.min(0.1, (now - this.lastFrame) / 1000);
    this.lastFrame = now;
    const rate = (this.duration / SECONDS_PER_RUN_AT_1X) * this.speed;
    this.time = Math.min(this.duration, this.time + dt * rate);
    this.emitTick();
    if (this.time >= this.duration) {
      this.playing = false;
      this.emitState();
      return;
    }
    if (countAtOrBefore(this.stops, this.time) !== this.snapshot.passed) this.emitState();
    this.frame = requestAnimationFrame(this.step);
  };

  private takeSnapshot(): PlaybackSnapshot {
    return {
      playing: this.playing,
      speed: this.speed,
      passed: countAtOrBefore(this.stops, this.time),
      time: this.time,
      duration: this.duration,
    };
  }

  private emitTick(): void {
    for (const l of this.tickListeners) l(this.time);
  }

  private emitState(): void {
    this.snapshot = this.takeSnapshot();
    for (const l of this.stateListeners) l();
  }
}
