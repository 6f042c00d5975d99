// "Share": the current link as a full URL with its length, a copy button, a QR code for a room, and
// the display options a teacher hands out with it (controls= allow-list, present=1, embed=) — each
// changes the link live. None of them changes a number (src/scenario/display.ts).

import { type SyntheticEvent, useEffect, useMemo, useRef, useState } from 'react';
import { loadExperiment } from '../experiments/index';
import { serializeLink } from '../scenario/codec';
import { seedParam } from '../scenario/common';
import type { Display } from '../scenario/display';
import { paramsOf, type Scenario, VIEWS, type ViewName } from '../scenario/views';
import { resultsForSeed } from '../state/results';
import { useApp } from '../state/store';
import { type CopyOutcome, copyText } from './clipboard';
import { ModalDialog } from './ModalDialog';
import { makeQr, QR_DENSE_VERSION, qrPath } from './qrCode';

/** Above this many characters some chat apps and mail clients cut a link. */
export const LONG_LINK = 2000;

interface ChartChoice {
  id: string;
  title: string;
}

/** The view's charts (ids and titles) for the embed picker, as the view itself computes them. */
function useChartChoices(view: ViewName, scenario: Scenario | undefined): ChartChoice[] {
  const [choices, setChoices] = useState<ChartChoice[]>([]);
  useEffect(() => {
    if (!scenario) return; // the gallery: no view to embed a chart of
    let live = true;
    loadExperiment(view)
      .then((experiment) => {
        const charts = experiment.charts(scenario as never, resultsForSeed(scenario.seed));
        if (live) setChoices(charts.map((c) => ({ id: c.id, title: c.title })));
      })
      // Without the list the picker still offers the main chart (embed=1).
      .catch(() => live && setChoices([]));
    return () => {
      live = false;
    };
  }, [view, scenario]);
  return choices;
}

/** Text escaped for an HTML attribute value. */
function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The embed code. The link's `&` stay literal so the code stays readable: the link's values are
 * percent-encoded (no `;`, so no `&name;` character reference can form) and HTML does not expand
 * references without `;` inside attributes.
 */
export function iframeSnippet(url: string, title: string, size: EmbedSize = DEFAULT_EMBED_SIZE): string {
  return `<iframe src="${url.replace(/"/g, '%22')}" width="${size.width}" height="${size.height}" title="${attr(title)}"></iframe>`;
}

export interface EmbedSize {
  width: number;
  height: number;
}

export const DEFAULT_EMBED_SIZE: EmbedSize = { width: 800, height: 500 };
/** The smallest frame an embedded chart is laid out for (docs/embedding.md), and a sane largest. */
export const EMBED_LIMITS = { width: [320, 2400], height: [240, 1600] } as const;

/** A typed frame side, clamped to the limits; what is not a number keeps the previous value. */
export function embedSide(text: string, side: 'width' | 'height', previous: number): number {
  const n = Math.round(Number(text));
  if (!Number.isFinite(n) || text.trim() === '') return previous;
  const [lo, hi] = EMBED_LIMITS[side];
  return Math.min(hi, Math.max(lo, n));
}

/** The width of an element, followed as it changes (0 until measured). */
function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(Math.floor(el.getBoundingClientRect().width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * The embed as a course page will show it: the snippet's iframe at the snippet's size (scaled to
 * fit the dialog). It runs the embedded page itself, so what it shows is what readers get.
 */
function EmbedPreview({ url, title, size }: { url: string; title: string; size: EmbedSize }) {
  // A frame wider than the dialog is shown scaled down, never cropped.
  const [ref, room] = useWidth<HTMLElement>();
  const scale = room > 0 ? Math.min(1, room / (size.width + 2)) : 1;
  return (
    <figure ref={ref} className="share-preview" data-testid="embed-preview">
      <figcaption className="share-note">
        Preview at {size.width} × {size.height} px
        {scale < 1 ? ` (shown at ${Math.round(scale * 100)} %)` : ''}
      </figcaption>
      <div className="share-preview-box" style={{ width: size.width * scale, height: size.height * scale }}>
        <iframe
          src={url}
          width={size.width}
          height={size.height}
          title={`Preview: ${title}`}
          loading="lazy"
          style={{ transform: scale < 1 ? `scale(${scale})` : undefined }}
        />
      </div>
    </figure>
  );
}

/** Width and height of the iframe code, typed (applied on every valid keystroke, clamped on blur). */
function EmbedSizeFields({ size, onChange }: { size: EmbedSize; onChange: (size: EmbedSize) => void }) {
  const [texts, setTexts] = useState({ width: String(size.width), height: String(size.height) });
  useEffect(() => setTexts({ width: String(size.width), height: String(size.height) }), [size]);
  const field = (side: 'width' | 'height', label: string) => (
    <label className="share-size-field">
      {label}{' '}
      <input
        type="number"
        inputMode="numeric"
        min={EMBED_LIMITS[side][0]}
        max={EMBED_LIMITS[side][1]}
        step={10}
        value={texts[side]}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setTexts((t) => ({ ...t, [side]: text }));
          const n = Number(text);
          const [lo, hi] = EMBED_LIMITS[side];
          if (text.trim() !== '' && Number.isInteger(n) && n >= lo && n <= hi)
            onChange({ ...size, [side]: n });
        }}
        onBlur={(e) => onChange({ ...size, [side]: embedSide(e.currentTarget.value, side, size[side]) })}
      />{' '}
      px
    </label>
  );
  return (
    <fieldset className="share-size">
      <legend>
        Frame size (at least {EMBED_LIMITS.width[0]} × {EMBED_LIMITS.height[0]}; the chart is laid out to it)
      </legend>
      {field('width', 'Width')}
      {field('height', 'Height')}
    </fieldset>
  );
}

function QrCode({ url, large }: { url: string; large: boolean }) {
  const result = useMemo(() => makeQr(url), [url]);
  if (!result.ok)
    return (
      <p className="share-qr-none" data-testid="qr-none">
        No QR code: {result.reason}
      </p>
    );
  const { qr } = result;
  const side = qr.size + 8;
  return (
    <figure className="share-qr-figure">
      <svg
        className={large ? 'share-qr share-qr-large' : 'share-qr'}
        viewBox={`0 0 ${side} ${side}`}
        shapeRendering="crispEdges"
        role="img"
        aria-label="QR code of the link"
        data-qr-text={qr.text}
        data-qr-modules={qr.size}
        data-qr-level={qr.level}
      >
        <rect width={side} height={side} fill="#fff" />
        <path d={qrPath(qr)} fill="#000" />
      </svg>
      {qr.version > QR_DENSE_VERSION && !large ? (
        <figcaption className="share-note">
          A long link makes a dense code: use “Show large” for a room.
        </figcaption>
      ) : null}
    </figure>
  );
}

/** The QR code filling the screen, for a room; Esc or the button goes back. */
function LargeQr({ url, onBack }: { url: string; onBack: () => void }) {
  const backRef = useRef<HTMLButtonElement>(null);
  useEffect(() => backRef.current?.focus(), []);
  return (
    <div className="share-large">
      <QrCode url={url} large />
      <p className="share-large-url">{url}</p>
      <button ref={backRef} type="button" className="button-secondary" onClick={onBack}>
        Back to the options
      </button>
    </div>
  );
}

function CopyStatus({ outcome }: { outcome: CopyOutcome | null }) {
  return (
    <p className={outcome && !outcome.ok ? 'share-status share-status-warn' : 'share-status'} role="status">
      {outcome?.message ?? ''}
    </p>
  );
}

function ShareBody({ large, setLarge }: { large: boolean; setLarge: (on: boolean) => void }) {
  const view = useApp((s) => s.view);
  const stored = useApp((s) => s.scenarios[s.view]);
  const current = useApp((s) => s.display);
  const gallery = useApp((s) => s.page === 'gallery');
  const scenario = stored as Scenario | undefined;
  const params = paramsOf(view);
  const names = [...Object.keys(params), 'seed'];
  const labelOf = (name: string) => (name === 'seed' ? seedParam.label : params[name].label);

  // The options start as the page is shown now, so with nothing changed the link is the address.
  const [controls, setControls] = useState<string[]>(() => current.controls ?? []);
  const [present, setPresent] = useState(current.present);
  const [embedOn, setEmbedOn] = useState(current.embed !== null);
  const [embedId, setEmbedId] = useState(current.embed ?? 'main');
  const [embedSize, setEmbedSize] = useState<EmbedSize>(DEFAULT_EMBED_SIZE);
  const charts = useChartChoices(view, gallery ? undefined : scenario);
  const [copied, setCopied] = useState<CopyOutcome | null>(null);
  const [snippetCopied, setSnippetCopied] = useState<CopyOutcome | null>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const snippetRef = useRef<HTMLTextAreaElement>(null);
  const largeRef = useRef<HTMLButtonElement>(null);
  const wasLarge = useRef(large);
  // Back from the large code: focus returns to the button that opened it.
  useEffect(() => {
    if (wasLarge.current && !large) largeRef.current?.focus();
    wasLarge.current = large;
  }, [large]);

  const display: Display = {
    // Display fields this dialog has no option for travel as they are.
    ...current,
    embed: embedOn ? embedId : null,
    present,
    // Schema order, whatever order they were ticked in: one canonical link per choice.
    controls: controls.length > 0 ? names.filter((n) => controls.includes(n)) : null,
  };
  const base = `${window.location.origin}${window.location.pathname}`;
  const url = gallery || !scenario ? base : `${base}${serializeLink(view, scenario, display)}`;
  const embedTitle =
    embedId === 'main'
      ? (charts[0]?.title ?? VIEWS[view].meta.title)
      : (charts.find((c) => c.id === embedId)?.title ?? embedId);

  // A changed link is a new link: an old "Copied" would be a lie.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset whenever the URL changes
  useEffect(() => {
    setCopied(null);
    setSnippetCopied(null);
  }, [url]);

  if (large) return <LargeQr url={url} onBack={() => setLarge(false)} />;

  return (
    <div className="share-grid">
      <div className="share-main">
        <label className="share-label" htmlFor="share-url">
          Link
        </label>
        <input
          id="share-url"
          ref={urlRef}
          className="share-url"
          type="text"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
        <div className="share-row">
          <button
            type="button"
            className="button-primary"
            data-autofocus
            onClick={async () => setCopied(await copyText(url, urlRef.current, 'link'))}
          >
            Copy link
          </button>
          <span className="share-length" data-testid="share-length">
            {url.length} characters
          </span>
        </div>
        {url.length > LONG_LINK ? (
          <p className="share-note">
            Some chat apps and mail clients cut links longer than about {LONG_LINK} characters; check that the
            whole link arrives, or use the QR code.
          </p>
        ) : null}
        <CopyStatus outcome={copied} />

        {gallery ? (
          <p className="share-note">Open a view to share it with its settings and display options.</p>
        ) : (
          <>
            <fieldset className="share-options">
              <legend>Only these controls</legend>
              <p className="share-note">
                Readers see only the ticked controls (and a “Show all” button); none ticked shows them all. It
                is an allow-list: controls added to this view later will not appear in this link.
              </p>
              <div className="share-controls">
                {names.map((name) => (
                  <label key={name} className="share-check">
                    <input
                      type="checkbox"
                      value={name}
                      checked={controls.includes(name)}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        setControls((prev) => (on ? [...prev, name] : prev.filter((n) => n !== name)));
                      }}
                    />{' '}
                    {labelOf(name)} <code>{name}</code>
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset className="share-options">
              <legend>Display</legend>
              <label className="share-check">
                <input
                  type="checkbox"
                  checked={present}
                  onChange={(e) => setPresent(e.currentTarget.checked)}
                />{' '}
                Presentation mode (large type for a projector) <code>present=1</code>
              </label>
              <label className="share-check">
                <input
                  type="checkbox"
                  checked={embedOn}
                  onChange={(e) => setEmbedOn(e.currentTarget.checked)}
                />{' '}
                Embed one chart (no page around it, for an iframe) <code>embed=</code>
              </label>
              {embedOn ? (
                <div className="share-embed">
                  <label htmlFor="share-embed-chart">Chart</label>{' '}
                  <select
                    id="share-embed-chart"
                    value={embedId}
                    onChange={(e) => setEmbedId(e.currentTarget.value)}
                  >
                    <option value="main">The main chart{charts[0] ? ` (${charts[0].title})` : ''}</option>
                    {charts.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.title} ({c.id})
                      </option>
                    ))}
                    {/* The link's own id, when this view has no such chart (the page said so). */}
                    {embedId !== 'main' && !charts.some((c) => c.id === embedId) ? (
                      <option value={embedId}>{embedId}</option>
                    ) : null}
                  </select>
                  <EmbedSizeFields size={embedSize} onChange={setEmbedSize} />
                  <label className="share-label" htmlFor="share-iframe">
                    For a web page or slides
                  </label>
                  <textarea
                    id="share-iframe"
                    ref={snippetRef}
                    className="share-snippet"
                    readOnly
                    rows={3}
                    value={iframeSnippet(url, embedTitle, embedSize)}
                    onFocus={(e) => e.currentTarget.select()}
                  />
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={async () =>
                      setSnippetCopied(
                        await copyText(
                          iframeSnippet(url, embedTitle, embedSize),
                          snippetRef.current,
                          'iframe code',
                        ),
                      )
                    }
                  >
                    Copy iframe code
                  </button>
                  <CopyStatus outcome={snippetCopied} />
                  <EmbedPreview url={url} title={embedTitle} size={embedSize} />
                </div>
              ) : null}
            </fieldset>
          </>
        )}
      </div>
      <div className="share-side">
        <QrCode url={url} large={false} />
        <button ref={largeRef} type="button" className="button-secondary" onClick={() => setLarge(true)}>
          Show large
        </button>
      </div>
    </div>
  );
}

export function ShareDialog() {
  const [large, setLarge] = useState(false);
  return (
    <ModalDialog
      label="Share"
      title="Share this view"
      hint="Copy the link, show a QR code, or choose what readers see"
      className={large ? 'share-dialog share-dialog-large' : 'share-dialog'}
      onCancel={(e: SyntheticEvent) => {
        // Esc in the large QR code goes back to the options first.
        if (!large) return;
        e.preventDefault();
        setLarge(false);
      }}
      onClosed={() => setLarge(false)}
    >
      {() => <ShareBody large={large} setLarge={setLarge} />}
    </ModalDialog>
  );
}
