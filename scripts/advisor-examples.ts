// Writes the advisor's example gradient-noise logs (issue 17) to public/examples/advisor/: one run of
// the quadratic with known truth (src/engine/advisor/exampleLog.ts, DEFAULT_EXAMPLE: coord noise,
// M = 100, σ² = 0, so B_simple = 100 and [CP]'s b_crit = 101 at every step) in three formats, and
// one run of the logistic model (logisticExampleLog.ts: B_simple grows from about 25 to 450).
// Deterministic: run it again and the files are byte-identical (test/unit/engine/advisor checks
// the engine's side; this only formats). Usage: npx tsx scripts/advisor-examples.ts

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_EXAMPLE,
  exampleLog,
  noiseScaleCsv,
  traceCsv,
  twoBatchCsv,
} from '../src/engine/advisor/exampleLog';
import { DEFAULT_LOGISTIC_EXAMPLE, logisticExampleLog } from '../src/engine/advisor/logisticExampleLog';

const dir = join(import.meta.dirname, '../public/examples/advisor');
mkdirSync(dir, { recursive: true });
const e = exampleLog(DEFAULT_EXAMPLE);
const files: [string, string][] = [
  ['quadratic-two-batch.csv', twoBatchCsv(e)],
  ['quadratic-trace.csv', traceCsv(e)],
  ['quadratic-noise-scale.csv', noiseScaleCsv(e)],
  ['logistic-two-batch.csv', twoBatchCsv(logisticExampleLog(DEFAULT_LOGISTIC_EXAMPLE))],
];
for (const [name, text] of files) {
  writeFileSync(join(dir, name), text);
  console.log(`${name}: ${text.length.toLocaleString('en-US')} characters`);
}
