// Every gallery preset and every view's default link is pinned by a golden record, and the v1
// defaults are frozen: a default changes only with a new link version (DESIGN.md, share links).

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultScenario, scenarioParams, serializeLink } from '../../../src/scenario/codec';
import { PRESETS } from '../../../src/scenario/presets';
import { VIEW_NAMES } from '../../../src/scenario/views';
import { GOLDEN_LINKS } from '../../golden/links';

const pinned = new Set(GOLDEN_LINKS.map((g) => g.link));

describe('golden coverage', () => {
  it('names are unique file names and every record exists', () => {
    const names = GOLDEN_LINKS.map((g) => g.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) {
      expect(n).toMatch(/^[a-z0-9.-]+$/);
      expect(existsSync(new URL(`../../golden/outputs/${n}.json`, import.meta.url)), n).toBe(true);
    }
  });

  it('pins every gallery preset', () => {
    const missing = PRESETS.filter((p) => !pinned.has(p.link)).map((p) => `${p.id}: ${p.link}`);
    expect(missing).toEqual([]);
  });

  it('pins every view’s default link', () => {
    const missing = VIEW_NAMES.map((v) => serializeLink(v, defaultScenario(v))).filter((l) => !pinned.has(l));
    expect(missing).toEqual([]);
  });

  it('keeps the v1 defaults frozen', () => {
    const frozen = JSON.parse(
      readFileSync(new URL('../../golden/defaults-v1.json', import.meta.url), 'utf8'),
    );
    const now = Object.fromEntries(VIEW_NAMES.map((v) => [v, scenarioParams(v, defaultScenario(v))]));
    expect(now).toEqual(frozen);
  });
});
