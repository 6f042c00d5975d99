import { useEffect, useId, useState } from 'react';
import { Typeset } from '../../charts/Typeset';
import type { IntSpec, NumberSpec } from '../../scenario/params';
import { formatNumber } from '../../scenario/params';
import { fromPosition, STEPS, toPosition } from './sliderScale';

interface Props {
  name: string;
  spec: IntSpec | NumberSpec;
  value: number;
  onChange(value: number): void;
  /** Only the number box (for values like a seed, where a slider means nothing). */
  boxOnly?: boolean;
}

/** A labelled slider with its live value, plus a box for typing an exact value (validated, never silently changed). */
export function NumberControl({ name, spec, value, onChange, boxOnly }: Props) {
  const id = useId();
  const [text, setText] = useState(formatNumber(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(formatNumber(value));
    setError(null);
  }, [value]);

  const integer = spec.kind === 'int';
  const hint = spec.slider ?? { min: spec.min, max: spec.max, log: false };
  const allowsZero = hint.log && spec.min <= 0;
  // The schema's display (e.g. 2^14 = 16384 for an exponent), else the number.
  const display = spec.kind === 'int' ? spec.display : undefined;
  const shown = display ? display(value) : formatNumber(value);

  const commitText = () => {
    const r = spec.parse(text, name);
    if (r.notices.length) {
      setError(r.notices.join(' '));
      return;
    }
    setError(null);
    if (r.value !== value) onChange(r.value);
  };

  return (
    <div className="control" data-param={name}>
      <label htmlFor={boxOnly ? `${id}-box` : `${id}-range`} className="control-label">
        <span>
          <Typeset text={spec.label} />
        </span>
        <span className="control-value">{shown}</span>
      </label>
      <div className="control-row">
        {!boxOnly && (
          <input
            id={`${id}-range`}
            type="range"
            min={0}
            max={hint.log ? STEPS : integer ? hint.max - hint.min : STEPS}
            step={1}
            value={hint.log || !integer ? toPosition(value, hint, allowsZero) : value - hint.min}
            aria-valuetext={`${name} = ${shown}`}
            onChange={(e) => {
              const pos = Number(e.target.value);
              const v =
                hint.log || !integer
                  ? fromPosition(pos, hint, allowsZero, integer)
                  : hint.min + Math.round(pos);
              if (v !== value) onChange(v);
            }}
          />
        )}
        <input
          id={`${id}-box`}
          className="control-number"
          type="text"
          inputMode="decimal"
          aria-label={`${spec.label}: exact value`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={commitText}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitText();
            if (e.key === 'Escape') {
              setText(formatNumber(value));
              setError(null);
            }
          }}
        />
      </div>
      {error ? (
        <p id={`${id}-err`} className="control-error" role="alert">
          {error} Press Escape to restore {formatNumber(value)}.
        </p>
      ) : (
        <p className="control-help">
          <Typeset text={spec.help} />
        </p>
      )}
    </div>
  );
}
