// Text width for layout: measured on a canvas in the browser, estimated elsewhere (tests, CLI).

/** Measures the width in px of `text` at `fontSize` px. */
export type Measure = (text: string, fontSize: number) => number;

/** Average advance widths (in em) of a typical sans-serif: good enough to avoid overlaps. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[0-9]/.test(ch)) em += 0.56;
    else if (/[ilj.,:;'|!]/.test(ch)) em += 0.28;
    else if (/[ ]/.test(ch)) em += 0.28;
    else if (/[mwMW]/.test(ch)) em += 0.84;
    else if (/[A-Z]/.test(ch)) em += 0.66;
    else if (/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]/.test(ch)) em += 0.36;
    else em += 0.53;
  }
  return em * fontSize;
}

let context: CanvasRenderingContext2D | null | undefined;
/** The font last set on the context: setting it parses the CSS font again, even when unchanged. */
let contextFont = '';
const cache = new Map<string, number>();

/**
 * A `Measure` for the given CSS font family: uses a canvas when a DOM is available, otherwise
 * `estimateTextWidth`. Results are cached.
 */
export function canvasMeasure(fontFamily: string, fontWeight = '400'): Measure {
  return (text, fontSize) => {
    const key = `${fontWeight}|${fontSize}|${fontFamily}|${text}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    if (context === undefined) {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    }
    let width: number;
    if (context) {
      const font = `${fontWeight} ${fontSize}px ${fontFamily}`;
      if (font !== contextFont) {
        context.font = font;
        contextFont = font;
      }
      width = context.measureText(text).width;
    } else {
      width = estimateTextWidth(text, fontSize);
    }
    if (cache.size > 5000) cache.clear();
    cache.set(key, width);
    return width;
  };
}

/** Splits `text` into lines no wider than `maxWidth` (a single long word stays on its own line). */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: Measure): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
