import { useId, useState } from 'react';
import { canonicalDist } from '../../scenario/distributionSyntax';
import { parseMeasured, quantilesText } from '../../scenario/measuredSamples';
import { saveMeasurement } from './measuredStore';

interface Props {
  /** Called with the canonical `quantiles(…)` text of the measured samples. */
  onAdd(text: string): void;
  disabled?: boolean;
}

/** Paste or drop a column of measured compute times; they become a 64-quantile distribution. */
export function MeasuredTimesImport({ onAdd, disabled }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);

  const use = (raw: string, source: string) => {
    const m = parseMeasured(raw);
    if (m.samples.length === 0) {
      setMessage({
        ok: false,
        text: 'No non-negative numbers found: paste one time per line, or a CSV column.',
      });
      return;
    }
    const q = canonicalDist(quantilesText(m.samples));
    if (q.value === null) {
      setMessage({ ok: false, text: q.notices.join(' ') || 'These times do not make a distribution.' });
      return;
    }
    const kept = saveMeasurement(q.value, m.samples, source);
    const where = m.columns > 1 ? ` from column ${m.column + 1} of ${m.columns}` : '';
    const skipped =
      m.ignored > 0 ? `; ${m.ignored} entr${m.ignored === 1 ? 'y' : 'ies'} ignored (not a number ≥ 0)` : '';
    const stored = kept ? ' The raw samples are kept on this machine only.' : '';
    setMessage({
      ok: true,
      text: `Read ${m.samples.length} times${where}${skipped}; the link carries their ${Math.min(64, m.samples.length)} quantiles.${stored}`,
    });
    setText('');
    onAdd(q.value);
  };

  const readFile = async (file: File) => use(await file.text(), file.name);

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
        />
        <div className="control-row">
          <button type="button" disabled={disabled || text.trim() === ''} onClick={() => use(text, 'pasted')}>
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
