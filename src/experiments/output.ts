import { scenarioParams, serializeLink } from '../scenario/codec';
import type { Scenario, ViewName } from '../scenario/views';
import type { Chart, RunOutput } from './contract';

/** The JSON envelope of DESIGN.md, shared by the CLI and the page's JSON export. */
export function runOutput(
  version: string,
  view: ViewName,
  scenario: Scenario,
  notices: string[],
  charts: Chart[],
): RunOutput {
  return {
    version,
    link: serializeLink(view, scenario),
    view,
    params: scenarioParams(view, scenario),
    notices,
    charts,
  };
}
