// Every parameter of every view at both ends of its range, and every gallery preset, runs to a
// defined result (extremesCases.ts lists them). Each case goes the CLI's way — parseLink, the
// view's experiment, its cells through runCell, its charts — but with a budget of cell work, as the
// page streams: cells run in plan order until the budget is spent (a cell past it is cancelled at
// its next checkpoint), then the charts are built from whatever finished, and from nothing at all.
// A defined result: the plan builds; no chart holds NaN or ±Infinity; a point without a value
// (`y: null`) says why in words; no text shows "NaN", "Infinity" or "undefined" from a template.

import { describe, expect, it } from 'vitest';
import { CellCancelled } from '../../../src/experiments/cells';
import type { Chart } from '../../../src/experiments/contract';
import { loadExperiment } from '../../../src/experiments/index';
import { runCell } from '../../../src/experiments/runCell';
import { parseLink } from '../../../src/scenario/codec';
import { VIEW_NAMES } from '../../../src/scenario/views';
import { type ExtremeCase, extremeCases } from './extremesCases';

/** Cell work per case (ms). */
const BUDGET_MS = 50;
/**
 * A cell may overrun the budget until its next checkpoint; one that runs this much longer does
 * not check for cancellation often enough (the page could not stop it either).
 */
const OVERRUN_MS = 3000;

/** Where a chart has a number that is not finite, or text that reads like a template bug. */
function undefinedValues(charts: Chart[]): string[] {
  const bad: string[] = [];
  const walk = (x: unknown, path: string, inTable: boolean) => {
    if (typeof x === 'number') {
      if (!Number.isFinite(x)) bad.push(`${path} = ${x}`);
    } else if (typeof x === 'string') {
      // A template bug prints NaN, Infinity, or a whole cell of "undefined"/"null" (a sentence
      // saying a ratio "is undefined" is words, and fine).
      if (/\bNaN\b|\bInfinity\b/.test(x) || (inTable && /^(undefined|null)$/.test(x.trim())))
        bad.push(`${path} = ${JSON.stringify(x.slice(0, 80))}`);
    } else if (x === undefined && inTable) bad.push(`${path} is undefined`);
    else if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i++) walk(x[i], `${path}[${i}]`, inTable);
    } else if (x !== null && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if ('y' in o && o.y === null && (typeof o.note !== 'string' || o.note.trim() === ''))
        bad.push(`${path}: y is null with no note`);
      for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`, inTable || k === 'rows');
    }
  };
  for (const c of charts) walk(c, c.id, false);
  return bad;
}

interface Outcome {
  cells: number;
  done: number;
  /** The longest single cell (ms) and its id. */
  longest: { ms: number; id: string };
  problems: string[];
}

async function runCase(c: ExtremeCase): Promise<Outcome> {
  const problems: string[] = [];
  const parsed = parseLink(c.link);
  if (!parsed.ok) return { cells: 0, done: 0, longest: { ms: 0, id: '' }, problems: [parsed.error] };
  for (const n of parsed.notices) if (typeof n !== 'string') problems.push(`a notice is not a string: ${n}`);
  const experiment = await loadExperiment(parsed.view);
  const s = parsed.scenario as never;
  const cells = experiment.cells(s);
  const results = new Map<string, unknown>();
  const longest = { ms: 0, id: '' };
  const deadline = performance.now() + BUDGET_MS;
  const ctl = {
    checkpoint() {
      if (performance.now() > deadline) throw new CellCancelled();
    },
  };
  for (const cell of cells) {
    if (performance.now() > deadline) break;
    const t0 = performance.now();
    try {
      results.set(cell.id, await runCell(cell, parsed.scenario.seed, ctl));
    } catch (e) {
      if (!(e instanceof CellCancelled)) problems.push(`cell ${cell.id} threw: ${e}`);
    }
    const ms = performance.now() - t0;
    if (ms > longest.ms) Object.assign(longest, { ms, id: cell.id });
  }
  if (longest.ms > BUDGET_MS + OVERRUN_MS)
    problems.push(`cell ${longest.id} ran ${Math.round(longest.ms)} ms without a checkpoint past its budget`);
  // The page draws the charts before any cell is back, and again as they stream in.
  for (const [when, r] of [
    ['before any cell', new Map()],
    [`after ${results.size} of ${cells.length} cells`, results],
  ] as const) {
    try {
      const charts = experiment.charts(s, r);
      for (const b of undefinedValues(charts)) problems.push(`${when}: ${b}`);
    } catch (e) {
      problems.push(`${when}: charts threw: ${e}`);
    }
  }
  return { cells: cells.length, done: results.size, longest, problems };
}

const CASES = extremeCases();

describe('every parameter at both ends of its range, and every preset, runs to a defined result', () => {
  it('covers every view, both ends of every number, every word and every preset', () => {
    expect(new Set(CASES.map((c) => c.view))).toEqual(new Set(VIEW_NAMES));
    expect(CASES.filter((c) => c.name.startsWith('preset ')).length).toBeGreaterThanOrEqual(10);
    expect(CASES.length).toBeGreaterThan(250);
  });

  for (const view of VIEW_NAMES) {
    it(`${view}: ${CASES.filter((c) => c.view === view).length} cases`, async () => {
      const failures: string[] = [];
      for (const c of CASES.filter((x) => x.view === view)) {
        const o = await runCase(c);
        for (const p of o.problems) failures.push(`${c.name} (${c.link}): ${p}`);
      }
      expect(failures).toEqual([]);
    }, 120_000);
  }
});
