// Export of one chart: JSON (the CLI envelope), CSV, a stand-alone SVG and PNG. The pure parts
// (envelope, file names, filtering) work anywhere; the SVG/PNG parts need a browser DOM and work on
// a detached clone of the chart's SVG, never on React's nodes.

import type { Chart, RunOutput } from '../experiments/contract';
import { chartsToCsv } from '../experiments/csv';
import { addPngText } from './pngText';
import { canvasMeasure, type Measure, wrapText } from './text';
import { typesetParts, typesetPlain } from './typeset';

/** What the page knows about the run a chart belongs to: the CLI envelope without its charts. */
export type ExportContext = Omit<RunOutput, 'charts'>;

export type ExportFormat = 'svg' | 'png' | 'csv' | 'json';

/** The chart as shown: an xy chart without its hidden series. */
export function visibleChart(chart: Chart, hidden: ReadonlySet<string>): Chart {
  if (chart.type !== 'xy' || hidden.size === 0) return chart;
  return { ...chart, series: chart.series.filter((s) => !hidden.has(s.id)) };
}

/** The JSON export: the CLI envelope holding this one chart. */
export function runOutputFor(context: ExportContext, chart: Chart): RunOutput {
  return {
    version: context.version,
    link: context.link,
    view: context.view,
    params: context.params,
    notices: context.notices,
    charts: [chart],
  };
}

export function chartJson(context: ExportContext, chart: Chart): string {
  return JSON.stringify(runOutputFor(context, chart), null, 2) + '\n';
}

export function chartCsv(chart: Chart): string {
  return chartsToCsv([chart]);
}

/** `<view>-<chart id>.<ext>`, restricted to characters safe in file names. */
export function exportFileName(view: string, chartId: string, ext: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'chart';
  return `${safe(view)}-${safe(chartId)}.${ext}`;
}

/** Saves a blob through a temporary `<a download>`; the blob: URL is revoked afterwards. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns; give them time before revoking it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

// ---- stand-alone SVG ----------------------------------------------------------------------------

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Style properties copied from the live SVG into the export, so it needs no stylesheet. */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
] as const;

/** A legend entry drawn into an exported SVG (the page's legend is HTML). */
export interface ExportLegendItem {
  label: string;
  color: string;
  dash?: string;
  width?: number;
  marker?: 'none' | 'dot' | 'ring' | 'rect';
  band?: boolean;
  dimmed?: boolean;
}

export interface SvgExportOptions {
  title: string;
  cite?: string;
  version: string;
  link: string;
  legend?: ExportLegendItem[];
}

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A <text> whose sub- and superscripts (`E[X_{K:P}]`) are shifted, smaller <tspan>s (Typeset.tsx). */
function typesetEl(attrs: Record<string, string | number>, text: string, fontSize: number): SVGTextElement {
  const node = el('text', attrs);
  let shift = 0;
  for (const part of typesetParts(text)) {
    const target = part.script === 'sub' ? 0.3 : part.script === 'sup' ? -0.4 : 0;
    const span = el('tspan', {}, part.text);
    if (target !== shift) span.setAttribute('dy', ((target - shift) * fontSize).toFixed(2));
    if (part.script) span.setAttribute('font-size', (fontSize * 0.8).toFixed(2));
    shift = target;
    node.appendChild(span);
  }
  return node;
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style: string[] = [];
  for (const prop of INLINED) {
    const value = computed.getPropertyValue(prop);
    if (value) style.push(`${prop}:${value}`);
  }
  target.setAttribute('style', style.join(';'));
  target.removeAttribute('class');
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length && i < targetChildren.length; i++) {
    inlineStyles(sourceChildren[i], targetChildren[i]);
  }
}

/** Resolves `var(--chart-c0, #0072B2)` against the live chart (reads styles only). */
export function resolveColor(color: string, context: Element): string {
  const m = /^var\((--[\w-]+)\s*,\s*(.+)\)$/.exec(color.trim());
  if (!m) return color;
  return getComputedStyle(context).getPropertyValue(m[1]).trim() || m[2].trim();
}

/**
 * The exported figure's footer: the app and version, then the link that reproduces it, broken
 * before `&` (or anywhere, for a single parameter wider than the figure) into lines of `maxWidth`.
 */
export function footerLines(
  version: string,
  link: string,
  maxWidth: number,
  fontSize: number,
  measure: Measure,
): string[] {
  const fits = (t: string) => measure(t, fontSize) <= maxWidth;
  const tokens = [`Parallel SGD Explorer ${version}`, ...(link ? [' · ', ...link.split(/(?=&)/)] : [])];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (fits(line + token)) {
      line += token;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = token.trimStart();
    // A token wider than the figure (a long list of quantiles) is cut where the width runs out.
    while (!fits(line) && line.length > 1) {
      let n = line.length - 1;
      while (n > 1 && !fits(line.slice(0, n))) n--;
      lines.push(line.slice(0, n));
      line = line.slice(n);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * The chart's SVG as a stand-alone document: styles inlined, interactive parts (crosshair)
 * dropped, with the title and cite line above, an optional legend below and a footer with the
 * app version; the link is kept in `<metadata>`. Needs a browser DOM.
 */
export function serializeChartSvg(svg: SVGSVGElement, options: SvgExportOptions): string {
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  const computed = getComputedStyle(svg);
  const fontFamily = computed.fontFamily || 'sans-serif';
  const fg = computed.color || '#1d1d1f';
  const bg = backgroundOf(svg);
  const measure = canvasMeasure(fontFamily);
  const measureBold = canvasMeasure(fontFamily, '600');

  const body = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, body);
  for (const node of body.querySelectorAll('[data-export="omit"]')) node.remove();
  body.removeAttribute('tabindex');
  body.removeAttribute('style');
  body.removeAttribute('role');
  body.removeAttribute('aria-labelledby');
  body.removeAttribute('aria-describedby');

  const pad = 12;
  const titleSize = 16;
  const citeSize = 12;
  const smallSize = 11;
  const outerWidth = width + 2 * pad;
  const titleLines = wrapText(options.title, width, titleSize, measureBold);
  let y = pad;
  const root = el('svg', { xmlns: SVG_NS, version: '1.1' });
  root.setAttribute('font-family', fontFamily);
  const head = el('g', {});
  for (const line of titleLines) {
    y += titleSize * 1.25;
    head.appendChild(
      typesetEl({ x: pad, y, fill: fg, 'font-size': titleSize, 'font-weight': 600 }, line, titleSize),
    );
  }
  if (options.cite) {
    y += citeSize * 1.4;
    head.appendChild(
      el('text', { x: pad, y, fill: fg, 'fill-opacity': 0.7, 'font-size': citeSize }, options.cite),
    );
  }
  y += 8;
  const chartTop = y;
  y += height;

  const legend = el('g', {});
  if (options.legend && options.legend.length > 0) {
    y += 6;
    let x = pad;
    const rowHeight = 20;
    let rowTop = y;
    for (const item of options.legend) {
      const w = 26 + 6 + measure(item.label, 12) + 18;
      if (x + w > outerWidth - pad && x > pad) {
        x = pad;
        rowTop += rowHeight;
      }
      const g = el('g', { transform: `translate(${x},${rowTop})`, opacity: item.dimmed ? 0.4 : 1 });
      const color = resolveColor(item.color, svg);
      if (item.band)
        g.appendChild(el('rect', { x: 0, y: 4, width: 26, height: 12, fill: color, 'fill-opacity': 0.18 }));
      if (item.marker === 'rect') {
        g.appendChild(el('rect', { x: 5, y: 4, width: 16, height: 12, fill: color }));
      } else {
        const line = el('line', {
          x1: 0,
          x2: 26,
          y1: 10,
          y2: 10,
          stroke: color,
          'stroke-width': Math.max(1.5, item.width ?? 2),
          'stroke-linecap': 'round',
        });
        if (item.dash) line.setAttribute('stroke-dasharray', item.dash);
        g.appendChild(line);
        if (item.marker === 'dot' || item.marker === 'ring') {
          g.appendChild(
            el('circle', {
              cx: 13,
              cy: 10,
              r: 3.5,
              fill: item.marker === 'dot' ? color : bg,
              stroke: item.marker === 'dot' ? bg : color,
              'stroke-width': item.marker === 'dot' ? 1 : 1.75,
            }),
          );
        }
      }
      g.appendChild(typesetEl({ x: 32, y: 14.5, fill: fg, 'font-size': 12 }, item.label, 12));
      legend.appendChild(g);
      x += w;
    }
    y = rowTop + rowHeight;
  }
  y += 6;
  const footer = el('g', {});
  for (const line of footerLines(options.version, options.link, width, smallSize, measure)) {
    footer.appendChild(
      el(
        'text',
        {
          x: outerWidth - pad,
          y: y + smallSize,
          fill: fg,
          'fill-opacity': 0.6,
          'font-size': smallSize,
          'text-anchor': 'end',
        },
        line,
      ),
    );
    y += smallSize * 1.35;
  }
  y += pad;

  const total = Math.ceil(y);
  root.setAttribute('width', String(outerWidth));
  root.setAttribute('height', String(total));
  root.setAttribute('viewBox', `0 0 ${outerWidth} ${total}`);
  const titleEl = el('title', {}, typesetPlain(options.title));
  root.appendChild(titleEl);
  const desc = svg.querySelector('desc')?.textContent;
  if (desc) root.appendChild(el('desc', {}, desc));
  const metadata = el('metadata', {});
  metadata.textContent = JSON.stringify({
    app: 'Parallel SGD Explorer',
    version: options.version,
    link: options.link,
  });
  root.appendChild(metadata);
  root.appendChild(el('rect', { x: 0, y: 0, width: outerWidth, height: total, fill: bg }));
  root.appendChild(head);
  body.setAttribute('x', String(pad));
  body.setAttribute('y', String(chartTop));
  body.setAttribute('width', String(width));
  body.setAttribute('height', String(height));
  body.setAttribute('overflow', 'visible');
  for (const node of body.querySelectorAll('title, desc')) node.remove();
  root.appendChild(body);
  root.appendChild(legend);
  root.appendChild(footer);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(root);
}

/** The first non-transparent background colour from `node` up; white when there is none. */
export function backgroundOf(node: Element): string {
  for (let n: Element | null = node; n; n = n.parentElement) {
    const bg = getComputedStyle(n).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

/** Size of a serialised SVG from its root's width and height attributes, and its title and metadata. */
function svgInfo(svgText: string): { width: number; height: number; text: Record<string, string> } {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = doc.documentElement;
  return {
    width: Number(root.getAttribute('width')) || 800,
    height: Number(root.getAttribute('height')) || 500,
    text: pngTextOf(
      root.querySelector(':scope > title')?.textContent ?? '',
      root.querySelector(':scope > metadata')?.textContent ?? '',
    ),
  };
}

/** PNG text entries from an exported SVG's title and `<metadata>` JSON (app, version, link). */
export function pngTextOf(title: string, metadata: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (title) out.Title = title;
  try {
    const m = JSON.parse(metadata) as { app?: unknown; version?: unknown; link?: unknown };
    if (typeof m.app === 'string' && typeof m.version === 'string') out.Software = `${m.app} ${m.version}`;
    if (typeof m.link === 'string') out.Source = m.link;
  } catch {
    // No metadata (not one of our SVGs): the PNG simply carries no text.
  }
  return out;
}

/**
 * Rasterises a stand-alone SVG at `scale` × its size (draws it onto a canvas via a blob: URL); the
 * SVG's title, app version and link go into the PNG's text chunks.
 */
export function svgToPng(svgText: string, scale: number): Promise<Blob> {
  const { width, height, text } = svgInfo(svgText);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  return new Promise<Blob>((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      try {
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(width * scale);
        canvas.height = Math.round(height * scale);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2D canvas');
        ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
        canvas.toBlob((blob) => {
          if (!blob) return reject(new Error('PNG encoding failed'));
          blob
            .arrayBuffer()
            .then((bytes) =>
              resolve(new Blob([addPngText(new Uint8Array(bytes), text)], { type: 'image/png' })),
            )
            .catch(reject);
        }, 'image/png');
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      } finally {
        URL.revokeObjectURL(url);
      }
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the SVG could not be loaded as an image'));
    };
    img.src = url;
  });
}

/**
 * Puts a PNG on the clipboard, for pasting into slides. Call it straight from the click, before any
 * await: browsers allow clipboard writes only within the gesture, and the PNG may follow as a
 * promise. Throws an error in words when the browser cannot or will not.
 */
export async function copyPngToClipboard(png: Promise<Blob>): Promise<string> {
  const fallback = 'use “PNG 2×” and insert the file instead';
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    png.catch(() => {}); // nobody will read it
    throw new Error(`this browser cannot put images on the clipboard; ${fallback}`);
  }
  let drawError: unknown = null;
  const drawn = png.catch((e: unknown) => {
    drawError = e;
    throw e;
  });
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': drawn })]);
  } catch (e) {
    if (drawError) throw drawError;
    const why = e instanceof Error && e.message ? ` (${e.message.replace(/\.$/, '')})` : '';
    throw new Error(`the browser refused to copy the image${why}; ${fallback}`);
  }
  return 'Copied the chart as an image: paste it into your slides.';
}
