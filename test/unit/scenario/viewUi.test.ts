import { describe, expect, it } from 'vitest';
import { loadExperiment } from '../../../src/experiments';
import type { CellResults } from '../../../src/experiments/cells';
import { defaultScenario, parseLink } from '../../../src/scenario/codec';
import { PRESETS } from '../../../src/scenario/presets';
import { paramsOf, type Scenario, uiOf, VIEW_NAMES, type ViewName } from '../../../src/scenario/views';
import { isSimulatedChart } from '../../../src/scenario/viewUi';

describe('isSimulatedChart', () => {
  it('matches ids exactly, and an entry ending in * as a prefix', () => {
    const simulated = ['staleness', 'time-vs-k-*'];
    expect(isSimulatedChart(simulated, 'staleness')).toBe(true);
    expect(isSimulatedChart(simulated, 'staleness-2')).toBe(false);
    expect(isSimulatedChart(simulated, 'time-vs-k-pareto-2-1')).toBe(true);
    expect(isSimulatedChart(simulated, 'time-vs-k')).toBe(false);
    expect(isSimulatedChart([], 'staleness')).toBe(false);
  });
});

/** The default scenario with each option of each word parameter in turn (some charts need one, as lr=adasync). */
function everyWord(view: ViewName): Scenario[] {
  return Object.entries(paramsOf(view)).flatMap(([name, spec]) =>
    spec.kind === 'word' ? spec.options.map((o) => ({ ...defaultScenario(view), [name]: o.value })) : [],
  );
}

/** Chart ids a view draws before any cell has finished: on its default link, each word option, its presets. */
async function chartIds(view: ViewName): Promise<Set<string>> {
  const experiment = await loadExperiment(view);
  const scenarios: Scenario[] = [
    defaultScenario(view),
    ...everyWord(view),
    ...PRESETS.filter((p) => p.view === view).flatMap((p) => {
      const parsed = parseLink(p.link);
      return parsed.ok ? [parsed.scenario] : [];
    }),
  ];
  const none: CellResults = new Map();
  return new Set(scenarios.flatMap((s) => experiment.charts(s as never, none).map((c) => c.id)));
}

// The compiler checks that `advanced` and `hidden` name parameters; chart ids are strings it cannot
// check, so a misspelt or renamed chart would silently lose its progress bar.
describe.each(VIEW_NAMES)('%s: UI facts name real parameters and charts', (view) => {
  const ui = uiOf(view);
  const names = Object.keys(paramsOf(view));

  it('advanced and hidden controls are parameters of the view', () => {
    for (const name of ui.advanced ?? []) expect(names).toContain(name);
    const hidden = ui.hidden?.(defaultScenario(view)) ?? [];
    for (const name of hidden) expect(names).toContain(name);
  });

  it('every simulated chart entry matches a chart the view draws', async () => {
    const ids = [...(await chartIds(view))];
    for (const entry of ui.simulated ?? [])
      expect(
        ids.some((id) => isSimulatedChart([entry], id)),
        `${entry} among ${ids}`,
      ).toBe(true);
  });
});
