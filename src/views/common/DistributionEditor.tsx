import { useEffect, useId, useState } from 'react';
import { COMPOUND_FORMS, FAMILY_SIGNATURES, PARAMETRIC_FAMILIES } from '../../engine/distributions';
import { canonicalDist, describeDist, parseDist } from '../../scenario/distributionSyntax';
import { MeasuredTimesImport } from './MeasuredTimesImport';
import { loadMeasurement } from './measuredStore';

interface Props {
  value: string[];
  maxItems: number;
  onChange(value: string[]): void;
}

/** The ageing classes in plain words, after their names (the presets' labels name them). */
const AGEING_WORDS: readonly [string, string][] = [
  ['new-longer-than-used', 'new-longer-than-used: a task that has run a while is nearly done'],
  ['new-shorter-than-used', 'new-shorter-than-used: a task that is late tends to stay late'],
];

export function withPlainWords(label: string): string {
  let out = label;
  for (const [name, words] of AGEING_WORDS) out = out.replace(new RegExp(`${name}(?!:)`), words);
  return out;
}

/** Common shapes of compute time, one click each: every family's presets, in registry order. */
const PRESETS: readonly { text: string; label: string }[] = [
  ...PARAMETRIC_FAMILIES.flatMap((f) => f.presets ?? []),
  ...COMPOUND_FORMS.flatMap((f) => f.presets),
].map((p) => ({ ...p, label: withPlainWords(p.label) }));

/** The syntax help: every family's signature. */
const SYNTAX = FAMILY_SIGNATURES.join(', ');

function DistRow({
  text,
  index,
  canRemove,
  onCommit,
  onRemove,
}: {
  text: string;
  index: number;
  canRemove: boolean;
  onCommit(text: string): void;
  onRemove(): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(text);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(text);
    setError(null);
  }, [text]);
  const commit = () => {
    const r = canonicalDist(draft);
    if (r.value === null) {
      setError(r.notices.join(' ') || 'not a distribution');
      return;
    }
    setError(r.notices.length ? r.notices.join(' ') : null);
    if (r.value !== text) onCommit(r.value);
  };
  const spec = parseDist(text).value;
  return (
    <li className="dist-row" data-dist={text}>
      <span className={`swatch swatch-${index % 8}`} aria-hidden="true" />
      <div className="dist-main">
        <div className="control-row">
          <input
            id={id}
            className="control-text"
            type="text"
            aria-label={`distribution ${index + 1}`}
            aria-invalid={error ? true : undefined}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
              if (e.key === 'Escape') setDraft(text);
            }}
          />
          {canRemove && (
            <button type="button" className="chip-remove" aria-label={`remove ${text}`} onClick={onRemove}>
              ×
            </button>
          )}
        </div>
        {error ? (
          <p className="control-error" role="alert">
            {error}
          </p>
        ) : (
          <p className="control-help">
            {spec ? describeDist(spec) : ''}
            {spec?.family === 'quantiles' && <MeasuredOrigin text={text} />}
          </p>
        )}
      </div>
    </li>
  );
}

/** Where a `quantiles(…)` distribution came from, if its raw samples were saved on this machine. */
function MeasuredOrigin({ text }: { text: string }) {
  const m = loadMeasurement(text);
  if (!m) return <> (a quantile summary from a link; the raw times are not in links)</>;
  const day = m.savedAt.slice(0, 10);
  return (
    <>
      {' '}
      — from {m.count} measured times ({m.source}, saved on this machine {day})
    </>
  );
}

/** Add, remove and edit the service-time distributions (link syntax, validated as typed). */
export function DistributionEditor({ value, maxItems, onChange }: Props) {
  const [preset, setPreset] = useState('');
  // With room for one distribution only, a preset replaces it rather than being added.
  const single = maxItems === 1;
  const add = (text: string) => {
    if (!text || value.includes(text)) return;
    if (single) onChange([text]);
    else if (value.length < maxItems) onChange([...value, text]);
  };
  return (
    <div className="control dist-editor" data-param="dist">
      <div className="control-label">
        <span>Learner compute time X</span>
        <span className="control-value">{value.length} distributions</span>
      </div>
      <ul className="dist-list">
        {value.map((text, i) => (
          <DistRow
            key={text}
            text={text}
            index={i}
            canRemove={value.length > 1}
            onCommit={(t) => onChange(value.includes(t) ? value : value.map((x, j) => (j === i ? t : x)))}
            onRemove={() => onChange(value.filter((_, j) => j !== i))}
          />
        ))}
      </ul>
      <div className="control-row">
        <label className="visually-hidden" htmlFor="dist-add">
          {single ? 'Replace the distribution' : 'Add a distribution'}
        </label>
        <select
          id="dist-add"
          value={preset}
          disabled={!single && value.length >= maxItems}
          onChange={(e) => {
            add(e.target.value);
            setPreset('');
          }}
        >
          <option value="">
            {single
              ? 'replace with…'
              : value.length >= maxItems
                ? `at most ${maxItems}`
                : '+ add a distribution…'}
          </option>
          {PRESETS.filter((p) => !value.includes(p.text)).map((p) => (
            <option key={p.text} value={p.text}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <MeasuredTimesImport
        onAdd={(t) => {
          if (value.includes(t)) return;
          // A single-distribution parameter is replaced; a list grows up to its limit.
          if (maxItems === 1) onChange([t]);
          else if (value.length < maxItems) onChange([...value, t]);
        }}
        disabled={maxItems > 1 && value.length >= maxItems}
      />
      <p className="control-help">
        Syntax: {SYNTAX}. exp has mean 1/rate; Pareto(α, xₘ) has P(X &gt; x) = (xₘ/x)<sup>α</sup>.
      </p>
      <p className="control-help">
        How a task ages decides which waiting pays. <strong>New-longer-than-used</strong> (exp, shifted exp,
        uniform, gamma or Weibull with shape ≥ 1): a task that has already run for a while needs no more time
        than a fresh one, so waiting for it is cheap. <strong>New-shorter-than-used</strong> (gamma or Weibull
        with shape &lt; 1): a task that is late tends to stay late — a straggler. Heavy tails such as Pareto
        or lognormal are neither.
      </p>
    </div>
  );
}
