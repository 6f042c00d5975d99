// Every kind of cell a view plans has its runner: the table is built from the definitions, and this
// plans every view's cells on the golden links and the 320 random links of the identity corpus.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CELL_RUNNERS } from '../../../src/experiments/cellRunners';
import { loadExperiment } from '../../../src/experiments/index';
import { parseLink } from '../../../src/scenario/codec';
import { GOLDEN_LINKS } from '../../golden/links';

const corpus = JSON.parse(readFileSync(new URL('../../golden/identities.json', import.meta.url), 'utf8')) as {
  link: string;
}[];

describe('cell runner table', () => {
  it('has a runner for every kind planned on 347 links, and every runner is planned somewhere', async () => {
    const planned = new Set<string>();
    for (const link of [...GOLDEN_LINKS.map((g) => g.link), ...corpus.map((e) => e.link)]) {
      const parsed = parseLink(link);
      if (!parsed.ok) throw new Error(parsed.error);
      const experiment = await loadExperiment(parsed.view);
      for (const cell of experiment.cells(parsed.scenario as never)) planned.add(cell.kind);
    }
    const runners = Object.keys(CELL_RUNNERS);
    expect([...planned].filter((k) => !Object.hasOwn(CELL_RUNNERS, k))).toEqual([]);
    expect(runners.filter((k) => !planned.has(k))).toEqual([]);
    expect(runners.length).toBe(18);
  });
});
