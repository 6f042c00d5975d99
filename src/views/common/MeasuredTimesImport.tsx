import { useEffect, useId, useRef, useState } from 'react';
import { readMeasuredOffThread } from '../../workers/readMeasuredOffThread';
import { saveMeasurement } from './measuredStore';

interface Props {
  /** Called with the canonical `quantiles(…)` text of the measured samples. */
  onAdd(text: string): void;
  disabled?: boolean;
}

/** Pasted text longer than this is read directly, not put in the box (a 10 MB text box freezes a page). */
const PASTE_IN_BOX = 100_000;

const megabytes = (chars: number) =>
  chars >= 1e6 ? `${(chars / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(chars / 1e3))} kB`;

/** What became of the raw times on this machine, in words. */
function storedText(saved: ReturnType<typeof saveMeasurement>): string {
  if (!saved.ok)
    return ` The raw times were not kept on this machine (${saved.reason}); the link’s quantiles are all a run needs.`;
  const thinned =
    saved.kept < saved.count
      ? ` An even sample of ${saved.kept.toLocaleString('en-US')} of them is kept on this machine only (browser storage is small).`
      : ' The raw samples are kept on this machine only.';
  const evicted =
    saved.evicted > 0
      ? ` To make room, ${saved.evicted} older measurement${saved.evicted === 1 ? ' was' : 's were'} removed from it.`
      : '';
  return thinned + evicted;
}

/**
 * Paste or drop a column of measured compute times; they become a 64-quantile distribution. They
 * are read in a worker with a progress bar, so even a 10 MB file leaves the page responsive.
 */
export function MeasuredTimesImport({ onAdd, disabled }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState<{ what: string; fraction: number } | null>(null);
  const reading = useRef<AbortController | null>(null);
  useEffect(() => () => reading.current?.abort(), []);

  /** Reads a file or pasted text off the main thread, with progress; a new reading cancels the last. */
  const use = async (source: File | string, name: string, what: string) => {
    reading.current?.abort();
    const ctl = new AbortController();
    reading.current = ctl;
    setMessage(null);
    setBusy({ what, fraction: 0 });
    const r = await readMeasuredOffThread(source, (fraction) => setBusy({ what, fraction }), ctl.signal);
    if (r.type === 'cancelled' || ctl.signal.aborted) return;
    reading.current = null;
    setBusy(null);
    const from = name === 'pasted' ? '' : `${name}: `;
    if (r.type === 'empty') {
      setMessage({ ok: false, text: name === 'pasted' ? 'Nothing was pasted.' : `${name} is empty.` });
      return;
    }
    if (r.type === 'failed') {
      setMessage({ ok: false, text: `${from}could not be read (${r.reason}).` });
      return;
    }
    if (!r.said.ok || r.quantiles === null) {
      setMessage({ ok: false, text: from + r.said.text });
      return;
    }
    const saved = saveMeasurement(r.quantiles, r.samples, name);
    setMessage({ ok: true, text: from + r.said.text + storedText(saved) });
    setText('');
    // In a task of its own: the view re-plans its cells for the new distribution, and the reply
    // of the reader stays a short task.
    const quantiles = r.quantiles;
    setTimeout(() => onAdd(quantiles), 0);
  };

  const readFile = (file: File) => use(file, file.name, `Reading ${file.name} (${megabytes(file.size)})`);

  const cancel = () => {
    reading.current?.abort();
    reading.current = null;
    setBusy(null);
    setMessage({ ok: false, text: 'Reading cancelled; nothing was changed.' });
  };

  return (
    <details className="measured-import">
      <summary>Use measured times…</summary>
      <section
        aria-label="Measured compute times: paste them, choose a file or drop one here"
        className={dragging ? 'drop-zone drop-zone-on' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer.files[0];
          if (file) void readFile(file);
        }}
      >
        <label htmlFor={`${id}-text`} className="control-help">
          Paste compute times (one per line, or a CSV column), or drop a CSV file here.
        </label>
        <textarea
          id={`${id}-text`}
          className="control-text"
          rows={4}
          value={text}
          placeholder={'1.02\n0.97\n3.41\n…'}
          onChange={(e) => setText(e.target.value)}
          onPaste={(e) => {
            const pasted = e.clipboardData.getData('text');
            if (pasted.length <= PASTE_IN_BOX) return;
            e.preventDefault();
            setText('');
            void use(
              pasted,
              'pasted',
              `Reading the pasted text (${megabytes(pasted.length)}, too long to show)`,
            );
          }}
        />
        <div className="control-row">
          <button
            type="button"
            disabled={disabled || busy !== null || text.trim() === ''}
            onClick={() => void use(text, 'pasted', 'Reading')}
          >
            Use these times
          </button>
          <label className="button-secondary file-button">
            Choose a file…
            <input
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/plain"
              className="visually-hidden"
              disabled={disabled}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void readFile(file);
                e.target.value = '';
              }}
            />
          </label>
        </div>
      </section>
      {busy && (
        <div className="control-row" aria-live="polite">
          <progress max={1} value={busy.fraction} aria-label="reading measured times" />
          <span className="control-help">
            {busy.what}… {Math.round(100 * busy.fraction)} %
          </span>
          <button type="button" className="button-secondary" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}
      {message && (
        <p
          className={message.ok ? 'control-help' : 'control-error'}
          {...(message.ok ? { 'aria-live': 'polite' as const } : { role: 'alert' })}
        >
          {message.text}
        </p>
      )}
    </details>
  );
}
