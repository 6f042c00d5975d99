import { TIMELINE_VARIANTS } from '../../scenario/timelineSchema';

interface Props {
  value: string[];
  onChange(value: string[]): void;
}

/** Which variants to stack (at least one), kept in the paper's order whatever the clicking order. */
export function VariantPicker({ value, onChange }: Props) {
  const toggle = (v: string) => {
    const on = value.includes(v) ? value.filter((x) => x !== v) : [...value, v];
    if (on.length === 0) return;
    onChange(TIMELINE_VARIANTS.map((x) => x.value).filter((x) => on.includes(x)));
  };
  return (
    <fieldset className="control control-word" data-param="variants">
      <legend className="control-label">Variants</legend>
      <div className="segmented">
        {TIMELINE_VARIANTS.map((opt) => {
          const checked = value.includes(opt.value);
          return (
            <label key={opt.value} className={checked ? 'segment segment-on' : 'segment'}>
              <input
                type="checkbox"
                checked={checked}
                disabled={checked && value.length === 1}
                onChange={() => toggle(opt.value)}
              />
              {opt.label}
            </label>
          );
        })}
      </div>
      <p className="control-help">
        One chart per variant, on one time axis. Fig. 3: K-sync, K-batch-sync; Fig. 4: K-async, K-batch-async.
      </p>
    </fieldset>
  );
}
