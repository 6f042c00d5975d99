// Text drawn on colour meets WCAG AA (4.5:1): heatmap cell labels on every shade of viridis, and
// the first series colours as lines on white (3:1, WCAG's minimum for graphics).

import { interpolateViridis, rgb } from 'd3';
import { describe, expect, it } from 'vitest';
import { textOnViridis } from '../../../src/charts/heatmapModel';
import { OKABE_ITO } from '../../../src/charts/palette';

function luminance(color: string): number {
  const c = rgb(color);
  const [r, g, b] = [c.r, c.g, c.b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('contrast', () => {
  it('matches known WCAG ratios', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#777', '#fff')).toBeCloseTo(4.48, 2);
  });

  it('heatmap labels reach 4.5:1 on every shade of viridis', () => {
    let worst = Infinity;
    for (let i = 0; i <= 1000; i++) {
      const t = i / 1000;
      worst = Math.min(worst, contrast(interpolateViridis(t), textOnViridis(t)));
    }
    expect(worst).toBeGreaterThanOrEqual(4.5);
  });

  it('the first four series colours reach 3:1 on white as lines; yellow, the weakest, is last', () => {
    const ratios = OKABE_ITO.map((c) => contrast(c, '#fff'));
    // Orange and sky blue (slots 4, 5) are about 2.3:1 and yellow 1.3:1: charts with more than four
    // series also tell them apart by dash, marker and legend text, and have a data table on demand.
    expect(ratios.slice(0, 4).every((r) => r >= 3)).toBe(true);
    expect(ratios[6]).toBeCloseTo(21, 5);
    expect(ratios[7]).toBe(Math.min(...ratios));
  });
});
