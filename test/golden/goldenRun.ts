// What a golden file pins for one link, computed exactly as the CLI computes it (parse, plan, run every
// cell with its identity-seeded stream, assemble the charts): the normalised parameters and notices
// in clear, the ordered list of cell identities (which seed the random streams) and a SHA-256 of each
// chart's JSON. A digest per chart says which chart moved; `npm run golden -- NAME` prints the rest.

import { createHash } from 'node:crypto';
import type { CellSpec } from '../../src/experiments/cells';
import type { Chart, RunOutput } from '../../src/experiments/contract';
import { loadExperiment } from '../../src/experiments/index';
import { runOutput } from '../../src/experiments/output';
import { runCell } from '../../src/experiments/runCell';
import { parseLink } from '../../src/scenario/codec';

export interface GoldenRecord {
  link: string;
  params: Record<string, unknown>;
  notices: string[];
  cells: { count: number; sha256: string };
  charts: Record<string, string>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The CLI's output for a link (version left blank: it is not part of a link's numbers) and its cells. */
export async function runLinkOutput(link: string): Promise<{ output: RunOutput; cells: CellSpec[] }> {
  const parsed = parseLink(link);
  if (!parsed.ok) throw new Error(`golden link does not parse: ${parsed.error}`);
  const { view, scenario, notices } = parsed;
  const experiment = await loadExperiment(view);
  const cells = experiment.cells(scenario as never);
  const results = new Map<string, unknown>();
  for (const cell of cells) results.set(cell.id, await runCell(cell, scenario.seed, { checkpoint() {} }));
  const charts: Chart[] = experiment.charts(scenario as never, results);
  return { output: runOutput('', view, scenario, notices, charts), cells };
}

export function goldenRecord(output: RunOutput, cells: CellSpec[]): GoldenRecord {
  const charts: Record<string, string> = {};
  for (const chart of output.charts) {
    if (Object.hasOwn(charts, chart.id)) throw new Error(`two charts with id ${chart.id}`);
    charts[chart.id] = sha256(JSON.stringify(chart));
  }
  return {
    link: output.link,
    params: output.params,
    notices: output.notices,
    cells: { count: cells.length, sha256: sha256(cells.map((c) => c.id).join('\n')) },
    charts,
  };
}
