import { useId } from 'react';
import { Typeset } from '../../charts/Typeset';
import type { WordSpec } from '../../scenario/params';

interface Props {
  name: string;
  spec: WordSpec;
  value: string;
  onChange(value: string): void;
}

/** A segmented choice (radio group) for a word parameter. */
export function WordControl({ name, spec, value, onChange }: Props) {
  const id = useId();
  return (
    <fieldset className="control control-word" data-param={name}>
      <legend className="control-label">
        <Typeset text={spec.label} />
      </legend>
      <div className="segmented">
        {spec.options.map((opt) => (
          <label key={opt.value} className={opt.value === value ? 'segment segment-on' : 'segment'}>
            <input
              type="radio"
              name={`${id}-${name}`}
              value={opt.value}
              checked={opt.value === value}
              onChange={() => onChange(opt.value)}
            />
            <Typeset text={opt.label} />
          </label>
        ))}
      </div>
      <p className="control-help">
        <Typeset text={spec.help} />
      </p>
    </fieldset>
  );
}
