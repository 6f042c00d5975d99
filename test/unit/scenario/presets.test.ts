import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExperiment } from '../../../src/experiments';
import { parseLink, serializeLink } from '../../../src/scenario/codec';
import { presetIndex, stepPreset, stripDisplay } from '../../../src/scenario/presetStep';
import { PRESETS } from '../../../src/scenario/presets';

const ROOT = join(import.meta.dirname, '../../..');

describe('gallery presets', () => {
  it('have unique ids', () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s: canonical, opens its view without a notice',
    (_, p) => {
      const r = parseLink(p.link);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.notices).toEqual([]);
      expect(r.view).toBe(p.view);
      expect(serializeLink(r.view, r.scenario)).toBe(p.link);
    },
  );

  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s: its chart is one the view draws, and it has a thumbnail',
    async (_, p) => {
      const r = parseLink(p.link);
      if (!r.ok) throw new Error(r.error);
      // Charts are built from closed forms and whatever cells finished: none is enough for the ids.
      const experiment = await loadExperiment(r.view);
      const ids = experiment.charts(r.scenario as never, new Map()).map((c) => c.id);
      expect(ids).toContain(p.chart);
      const thumb = join(ROOT, 'public/gallery', `${p.id}.jpg`);
      expect(existsSync(thumb), `public/gallery/${p.id}.jpg (npx tsx scripts/thumbnails.ts ${p.id})`).toBe(
        true,
      );
      // A JPEG starts with FF D8 FF.
      expect([...readFileSync(thumb).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    },
  );

  it('the paper figures of the mission are all there', () => {
    const where = PRESETS.map((p) => `${p.paper} ${p.where}`).join(' | ');
    for (const needle of [
      'CP Fig. 1',
      'CP Fig. 2',
      'CP Fig. 3',
      'CP Fig. 4',
      'CP Sec. 6',
      'CP Eq. 9',
      'SS Figs. 3–4',
      'SS Theorem 1',
      'SS Fig. 6',
      'SS Theorem 2',
      'SS Fig. 7',
      'SS Fig. 8',
      'SS Fig. 9',
    ])
      expect(where).toContain(needle);
    expect(PRESETS.some((p) => p.paper === 'both')).toBe(true);
  });
});

describe('stepping through presets', () => {
  it('goes round the gallery in order, both ways', () => {
    for (let i = 0; i < PRESETS.length; i++) {
      const p = PRESETS[i];
      expect(stepPreset(p.link, p.id, p.view, 1).id).toBe(PRESETS[(i + 1) % PRESETS.length].id);
      expect(stepPreset(p.link, p.id, p.view, -1).id).toBe(
        PRESETS[(i - 1 + PRESETS.length) % PRESETS.length].id,
      );
    }
  });

  it('tells presets that share a link apart by the one opened last', () => {
    const fig6 = PRESETS.findIndex((p) => p.id === 'ss-fig6');
    const thm2 = PRESETS.findIndex((p) => p.id === 'ss-thm2');
    expect(PRESETS[fig6].link).toBe(PRESETS[thm2].link);
    expect(presetIndex(PRESETS[thm2].link, 'ss-thm2')).toBe(thm2);
    expect(presetIndex(PRESETS[thm2].link, null)).toBe(fig6);
    // A preset opened earlier whose link no longer matches is not "on screen".
    expect(presetIndex('?v=1&view=kvariants&P=7&seed=1', 'ss-thm2')).toBe(-1);
  });

  it('from a link that is no preset, next is the first preset of the view', () => {
    const next = stepPreset('?v=1&view=race&P=3&seed=1', null, 'race', 1);
    expect(next.id).toBe(PRESETS.find((p) => p.view === 'race')?.id);
  });

  it('ignores how a link is shown (embed, present, controls, predict)', () => {
    expect(stripDisplay('?v=1&view=speedup&present=1&controls=M&seed=1')).toBe('?v=1&view=speedup&seed=1');
    expect(presetIndex('?v=1&view=speedup&embed=1&seed=1')).toBe(
      PRESETS.findIndex((p) => p.id === 'cp-fig2'),
    );
  });
});
