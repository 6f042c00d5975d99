// Records test/golden/identities.json: 40 random valid links per view (fast-check, fixed seed) with
// the digest of their cell and stream identities (test/golden/identityCorpus.ts). Run once, before a
// refactor of how identities are built; test/unit/golden/identities.test.ts then holds the code to it.
// Existing entries are never rewritten: the links are stored, so a schema change cannot reshuffle them.

import { existsSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { serializeLink } from '../src/scenario/codec';
import { VIEW_NAMES } from '../src/scenario/views';
import { identitiesOf } from '../test/golden/identityCorpus';
import { validScenario } from '../test/unit/scenario/arbitraries';

const file = new URL('../test/golden/identities.json', import.meta.url);
const DISTS = [
  'exp(1)',
  'exp(20)',
  'shexp(1,1)',
  'pareto(2,1)',
  'pareto(2.5,1)',
  'uniform(1,3)',
  'lognormal(0,1)',
  'weibull(0.7,1)',
  'weibull(1,1)',
  'det(1)',
  'mix(0.9,det(1),det(10))',
  'mix(0.5,exp(1),pareto(3,1))',
  'quantiles(0.5,0.8,1,1.3,2,4)',
];
const PER_VIEW = 40;

if (existsSync(file)) {
  process.stderr.write(
    `${file.pathname} exists; it is never rewritten (delete it only with a CHANGELOG entry)\n`,
  );
  process.exit(2);
}
const out: { link: string; count: number; sha256: string }[] = [];
for (const view of VIEW_NAMES) {
  const scenarios = fc.sample(validScenario(view, DISTS), { seed: 20261207, numRuns: PER_VIEW });
  for (const s of scenarios) {
    const link = serializeLink(view, s as never);
    out.push({ link, ...(await identitiesOf(link)) });
  }
}
writeFileSync(file, `${JSON.stringify(out, null, 1)}\n`);
process.stdout.write(`${out.length} links, ${out.reduce((a, e) => a + e.count, 0)} identities\n`);
