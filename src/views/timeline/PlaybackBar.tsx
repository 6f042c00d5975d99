import { useEffect, useRef } from 'react';
import { Icon } from './icons';
import { type Playback, type PlaybackSnapshot, SPEEDS } from './playback';

interface Props {
  playback: Playback;
  snap: PlaybackSnapshot;
  /** Per chart: its name and its update times, for the read-out "K-sync: w4". */
  runs: { name: string; updates: number[] }[];
  /** One row for a small frame (an embed): the buttons and the scrubber, no speeds, no read-out. */
  compact?: boolean;
}

function passedOf(updates: number[], t: number): number {
  let n = 0;
  for (const u of updates) if (u <= t + 1e-9) n++;
  return n;
}

/** Play / pause / step / speed, a scrubber, and where the runs are (announced only when paused). */
export function PlaybackBar({ playback, snap, runs, compact = false }: Props) {
  const scrub = useRef<HTMLInputElement>(null);
  // The scrubber follows the cursor frame by frame through its ref, like the charts.
  useEffect(
    () =>
      playback.onTick((t) => {
        if (scrub.current && document.activeElement !== scrub.current) scrub.current.value = String(t);
      }),
    [playback],
  );
  const t = snap.time;
  const where = runs.map((r) => `${r.name}: w${passedOf(r.updates, t)}`).join(' · ');
  return (
    <fieldset className={compact ? 'playback playback-compact' : 'playback'}>
      <legend className="visually-hidden">Playback of the timelines</legend>
      <div className="playback-buttons">
        <button
          type="button"
          className="playback-button"
          onClick={() => playback.seek(0)}
          title="Back to the start (Home)"
        >
          <Icon name="start" />
          <span className="visually-hidden">Back to the start</span>
        </button>
        <button
          type="button"
          className="playback-button"
          onClick={() => playback.stepBack()}
          title="Previous PS update (←)"
        >
          <Icon name="back" />
          <span className="visually-hidden">Previous update</span>
        </button>
        <button
          type="button"
          className="playback-button playback-main"
          onClick={() => playback.toggle()}
          aria-pressed={snap.playing}
          title="Play or pause (Space)"
          data-testid="timeline-play"
        >
          {snap.playing ? (
            <>
              <Icon name="pause" /> Pause
            </>
          ) : (
            <>
              <Icon name="play" /> Play
            </>
          )}
        </button>
        <button
          type="button"
          className="playback-button"
          onClick={() => playback.stepForward()}
          title="Next PS update (→)"
          data-testid="timeline-step"
        >
          <Icon name="next" />
          <span className="visually-hidden">Next update</span>
        </button>
      </div>
      {compact ? null : (
        <fieldset className="playback-speed">
          <legend className="visually-hidden">Speed</legend>
          {SPEEDS.map((s) => (
            <label key={s} className={s === snap.speed ? 'segment segment-on' : 'segment'}>
              <input
                type="radio"
                name="timeline-speed"
                checked={s === snap.speed}
                onChange={() => playback.setSpeed(s)}
              />
              {s}×
            </label>
          ))}
        </fieldset>
      )}
      <input
        ref={scrub}
        // A new run changes the range: a fresh input puts its thumb back on the cursor.
        key={snap.duration}
        className="playback-scrub"
        type="range"
        min={0}
        max={snap.duration || 1}
        step="any"
        defaultValue={t}
        aria-label="Time cursor"
        aria-valuetext={`t = ${t.toFixed(2)}`}
        onChange={(e) => {
          playback.pause();
          playback.seek(Number(e.target.value));
        }}
      />
      <p
        className={compact ? 'visually-hidden' : 'playback-where'}
        aria-live={snap.playing ? 'off' : 'polite'}
        data-testid="timeline-where"
      >
        {/* While playing, t changes every frame: the cursor label shows it; this line would lag. */}
        {snap.playing ? 'Playing' : `t = ${t.toFixed(2)} of ${snap.duration.toFixed(2)}`} · {where}
      </p>
    </fieldset>
  );
}
