import type { ReactNode } from 'react';
import { seedParam } from '../../scenario/common';
import type { ParamSpec } from '../../scenario/params';
import { paramsOf, type Scenario, type ViewName } from '../../scenario/views';
import { useApp } from '../../state/store';
import { NumberControl } from './NumberControl';
import { NumberListControl } from './NumberListControl';
import { WordControl } from './WordControl';

interface Props {
  view: ViewName;
  scenario: Scenario;
  /** Custom editors for some parameters (e.g. the distribution editor), by name. */
  custom?: Record<string, ReactNode>;
  /** Per-parameter display of the live value (e.g. 2^14 for an exponent). */
  display?: Record<string, (v: number) => string>;
  /** Slider upper end for number lists, by name. */
  listSliderMax?: Record<string, number>;
  /** Parameters shown in a collapsed "More parameters" section, in schema order. */
  advanced?: readonly string[];
  /** Parameters that do not apply to the current scenario (e.g. Pmax unless delay=learners). */
  hidden?: readonly string[];
}

/** One control per parameter of the view's schema, in schema order, then the seed. */
export function ParamControls({
  view,
  scenario,
  custom = {},
  display = {},
  listSliderMax = {},
  advanced = [],
  hidden = [],
}: Props) {
  const setParam = useApp((s) => s.setParam);
  // The link's controls= allow-list: only those controls (and only when listed, the seed).
  const allow = useApp((s) => s.display.controls);
  const showAll = useApp((s) => s.showAllControls);
  const resetView = useApp((s) => s.resetView);
  const values = scenario as Record<string, unknown>;
  const render = (name: string, spec: ParamSpec) => {
    if (custom[name]) return <div key={name}>{custom[name]}</div>;
    const onChange = (v: unknown) => setParam(name, v);
    switch (spec.kind) {
      case 'int':
      case 'number':
        return (
          <NumberControl
            key={name}
            name={name}
            spec={spec}
            value={values[name] as number}
            onChange={onChange}
            display={display[name]}
          />
        );
      case 'numbers':
        return (
          <NumberListControl
            key={name}
            name={name}
            spec={spec}
            value={values[name] as number[]}
            onChange={onChange}
            sliderMax={listSliderMax[name] ?? spec.max}
          />
        );
      case 'word':
        return (
          <WordControl
            key={name}
            name={name}
            spec={spec}
            value={values[name] as string}
            onChange={onChange}
          />
        );
      case 'items':
        return null;
    }
  };
  return (
    <div className="param-controls">
      {allow && (
        <p className="control-help">
          This link shows {allow.length} of the view’s controls.{' '}
          <button type="button" className="link-button" onClick={showAll}>
            Show all
          </button>
        </p>
      )}
      {Object.entries(paramsOf(view))
        .filter(
          ([name]) => !hidden.includes(name) && (allow ? allow.includes(name) : !advanced.includes(name)),
        )
        .map(([name, spec]) => render(name, spec))}
      {!allow && advanced.length > 0 && (
        <details className="controls-more">
          <summary>More parameters</summary>
          {Object.entries(paramsOf(view))
            .filter(([name]) => advanced.includes(name) && !hidden.includes(name))
            .map(([name, spec]) => render(name, spec))}
        </details>
      )}
      {(!allow || allow.includes('seed')) && (
        <NumberControl
          name="seed"
          spec={seedParam}
          value={scenario.seed}
          onChange={(v) => setParam('seed', v)}
          boxOnly
        />
      )}
      <button type="button" className="button-secondary" onClick={resetView}>
        Reset to the defaults
      </button>
    </div>
  );
}
