import { seedParam } from '../../scenario/common';
import type { ParamSpec } from '../../scenario/params';
import { paramsOf, type Scenario, uiOf, type ViewName } from '../../scenario/views';
import { useApp } from '../../state/store';
import { DistributionEditor } from './DistributionEditor';
import { NumberControl } from './NumberControl';
import { NumberListControl } from './NumberListControl';
import { VariantsControl } from './VariantsControl';
import { WordControl } from './WordControl';

interface Props {
  view: ViewName;
  scenario: Scenario;
}

const NONE: readonly string[] = [];

/**
 * One control per parameter of the view's schema, in schema order, then the seed. What each control
 * is (its editor, slider, shown value) comes from the parameter's spec; which ones are advanced or
 * do not apply, from the view's UI facts (`ui` in scenario/views.ts).
 */
export function ParamControls({ view, scenario }: Props) {
  const ui = uiOf(view);
  const advanced = ui.advanced ?? NONE;
  const hidden = ui.hidden?.(scenario) ?? NONE;
  const setParam = useApp((s) => s.setParam);
  // The link's controls= allow-list: only those controls (and only when listed, the seed).
  const allow = useApp((s) => s.display.controls);
  const showAll = useApp((s) => s.showAllControls);
  const resetView = useApp((s) => s.resetView);
  const values = scenario as Record<string, unknown>;
  const render = (name: string, spec: ParamSpec) => {
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
        return (
          <div key={name}>
            {spec.editor === 'distributions' ? (
              <DistributionEditor
                value={values[name] as string[]}
                maxItems={spec.maxItems}
                onChange={onChange}
              />
            ) : (
              <VariantsControl value={values[name] as string[]} onChange={onChange} help={spec.help} />
            )}
          </div>
        );
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
