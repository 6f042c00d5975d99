import { useEffect, useId, useState } from 'react';
import { Typeset } from '../../charts/Typeset';
import type { NumberListSpec } from '../../scenario/params';
import { formatNumber } from '../../scenario/params';
import { fromPosition, STEPS, toPosition } from './sliderScale';

interface Props {
  name: string;
  spec: NumberListSpec;
  value: number[];
  onChange(value: number[]): void;
}

/**
 * A list of values, one curve each: chips to select or remove a value, a slider that drags the
 * selected value live, and a text box for the whole list (parsed like a link, with its notices).
 */
export function NumberListControl({ name, spec, value, onChange }: Props) {
  const id = useId();
  const [selected, setSelected] = useState(0);
  const [text, setText] = useState(spec.format(value));
  const [message, setMessage] = useState<string | null>(null);
  /** What is wrong with the text as typed, said at once (it applies on Enter or when left). */
  const [draftError, setDraftError] = useState<string | null>(null);
  useEffect(() => setText(spec.format(value)), [value, spec]);
  const sel = Math.min(selected, value.length - 1);
  // The slider edits the selected value on a log scale, 0 at the far left.
  const hint = { min: Math.max(spec.min, 0.1), max: spec.sliderMax ?? spec.max, log: true };
  const allowsZero = spec.min <= 0;

  const commitText = () => {
    const r = spec.parse(text, name);
    setMessage(r.notices.length ? r.notices.join(' ') : null);
    setDraftError(null);
    onChange(r.value);
  };

  return (
    <div className="control" data-param={name}>
      <div className="control-label" id={`${id}-label`}>
        <span>
          <Typeset text={spec.label} />
        </span>
        <span className="control-value">{value.length === 1 ? '1 curve' : `${value.length} curves`}</span>
      </div>
      <ul className="chips" aria-labelledby={`${id}-label`}>
        {value.map((v, i) => (
          <li key={v}>
            <button
              type="button"
              className={`chip${i === sel ? ' chip-selected' : ''}`}
              aria-pressed={i === sel}
              onClick={() => setSelected(i)}
            >
              {formatNumber(v)}
            </button>
            {value.length > 1 && (
              <button
                type="button"
                className="chip-remove"
                aria-label={`remove ${name} = ${formatNumber(v)}`}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      <label className="visually-hidden" htmlFor={`${id}-range`}>
        Drag the selected value {name} = {formatNumber(value[sel])}
      </label>
      <input
        id={`${id}-range`}
        type="range"
        min={0}
        max={STEPS}
        value={toPosition(value[sel], hint, allowsZero)}
        aria-valuetext={`${name} = ${formatNumber(value[sel])}`}
        onChange={(e) => {
          const v = fromPosition(Number(e.target.value), hint, allowsZero, spec.integer);
          if (value.some((x, j) => x === v && j !== sel)) return; // keep the values distinct
          onChange(value.map((x, j) => (j === sel ? v : x)));
        }}
      />
      <input
        className="control-text"
        type="text"
        aria-label={`${spec.label}, comma-separated`}
        value={text}
        aria-invalid={draftError ? true : undefined}
        aria-describedby={`${id}-note`}
        onChange={(e) => {
          const typed = e.target.value;
          setText(typed);
          const r = spec.parse(typed, name);
          setDraftError(r.notices.length ? r.notices.join(' ') : null);
        }}
        onBlur={commitText}
        onKeyDown={(e) => e.key === 'Enter' && commitText()}
      />
      {draftError || message ? (
        <p id={`${id}-note`} className="control-error" role="alert">
          {draftError ?? message}
        </p>
      ) : (
        <p id={`${id}-note`} className="control-help">
          <Typeset text={spec.help} /> Type a list, e.g. 0,1,10,100, and press Enter.
        </p>
      )}
    </div>
  );
}
