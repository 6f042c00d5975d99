// Records the golden files of test/golden (what test/unit/golden checks):
//   npm run golden                 write every link's record that is missing
//   npm run golden -- NAME …       (re)write these links' records — only with a CHANGELOG.md entry
//   npm run golden -- --print NAME print the link's full CLI output (to diff against an older commit)
// A record is never rewritten without naming it: changing an existing link's numbers is a decision.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { goldenRecord, runLinkOutput } from '../test/golden/goldenRun';
import { GOLDEN_LINKS } from '../test/golden/links';

const dir = new URL('../test/golden/outputs/', import.meta.url);
const args = process.argv.slice(2);
const byName = new Map(GOLDEN_LINKS.map((g) => [g.name, g]));

function linkOf(name: string) {
  const g = byName.get(name);
  if (!g) {
    process.stderr.write(`no golden link named ${name}; names: ${[...byName.keys()].join(', ')}\n`);
    process.exit(2);
  }
  return g;
}

if (args[0] === '--print') {
  const { output } = await runLinkOutput(linkOf(args[1]).link);
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
} else {
  mkdirSync(dir, { recursive: true });
  const chosen = args.length
    ? args.map(linkOf)
    : GOLDEN_LINKS.filter((g) => !existsSync(new URL(`${g.name}.json`, dir)));
  for (const g of chosen) {
    const t = performance.now();
    const { output, cells } = await runLinkOutput(g.link);
    writeFileSync(
      new URL(`${g.name}.json`, dir),
      `${JSON.stringify(goldenRecord(output, cells), null, 2)}\n`,
    );
    process.stdout.write(`${g.name}: ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  }
}
