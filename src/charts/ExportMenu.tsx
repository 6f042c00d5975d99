// A small disclosure menu of download buttons (SVG, PNG 2×/4×, CSV, JSON) and "copy image".

import { useEffect, useRef, useState } from 'react';

export type ExportOption = 'svg' | 'png2' | 'png4' | 'copy' | 'csv' | 'json';

const LABELS: Record<ExportOption, string> = {
  svg: 'SVG (vector)',
  png2: 'PNG 2×',
  png4: 'PNG 4×',
  copy: 'Copy image',
  csv: 'CSV (data)',
  json: 'JSON (as the CLI)',
};

export interface ExportMenuProps {
  options: readonly ExportOption[];
  /** Does it (sync or async); a returned string (e.g. "Copied …") is shown in the menu, which then stays open. */
  onExport: (option: ExportOption) => unknown;
  /** What is exported, for the button's accessible name. */
  what: string;
}

export function ExportMenu({ options, onExport, what }: ExportMenuProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: globalThis.PointerEvent) => {
      if (ref.current && e.target instanceof Node && !ref.current.contains(e.target))
        ref.current.open = false;
    };
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape' && ref.current) {
        ref.current.open = false;
        ref.current.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const run = async (option: ExportOption) => {
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      const message = await onExport(option);
      if (typeof message === 'string') setDone(message);
      else if (ref.current) ref.current.open = false;
    } catch (e) {
      const what = option === 'copy' ? 'Copying the image failed' : 'Export failed';
      setError(`${what}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details ref={ref} className="chart-export" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary aria-label={`Download ${what}`} title="Download this chart">
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <path d="M7 1.5v7.5M3.5 6L7 9.5 10.5 6M2 12.5h10" />
        </svg>
        <span>Export</span>
      </summary>
      <div className="chart-export-menu">
        {options.map((o) => (
          <button key={o} type="button" disabled={busy} onClick={() => void run(o)}>
            {LABELS[o]}
          </button>
        ))}
        {error ? (
          <p className="chart-export-error" role="alert">
            {error}
          </p>
        ) : null}
        {/* Always there, so the confirmation is announced; takes no room while empty. A live region
            but not role="status": that role is the view's run status, one per view (DESIGN.md). */}
        <p
          className="chart-export-done"
          aria-live="polite"
          style={{ margin: done ? '4px 6px' : 0, maxWidth: '16em', fontSize: '0.85em' }}
        >
          {done ?? ''}
        </p>
      </div>
    </details>
  );
}
