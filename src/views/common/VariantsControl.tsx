import { VARIANT_NAMES, VARIANT_WORDS } from '../../scenario/variantsParam';

interface Props {
  value: string[];
  onChange(value: string[]): void;
  help: string;
}

/** Which [SS] variants to show (at least one), kept in the paper's order whatever the clicking order. */
export function VariantsControl({ value, onChange, help }: Props) {
  const toggle = (v: string) => {
    const on = value.includes(v) ? value.filter((x) => x !== v) : [...value, v];
    if (on.length > 0) onChange(VARIANT_WORDS.filter((x) => on.includes(x)));
  };
  return (
    <fieldset className="control control-word" data-param="variants">
      <legend className="control-label">Variants</legend>
      <div className="segmented">
        {VARIANT_WORDS.map((v) => {
          const checked = value.includes(v);
          return (
            <label key={v} className={checked ? 'segment segment-on' : 'segment'}>
              <input
                type="checkbox"
                checked={checked}
                disabled={checked && value.length === 1}
                onChange={() => toggle(v)}
              />
              {VARIANT_NAMES[v]}
            </label>
          );
        })}
      </div>
      <p className="control-help">{help}</p>
    </fieldset>
  );
}
