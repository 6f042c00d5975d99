// Typeset labels (typeset.ts) as HTML and as SVG. In SVG a script is a smaller <tspan> shifted with
// `dy` (not `baseline-shift`, which some SVG renderers and editors ignore), so exported SVG and PNG
// keep it (the export inlines the computed font size); the next plain run shifts back.

import { Fragment } from 'react';
import { typesetParts } from './typeset';
import './typeset.css';

/** The parts with a key each: where the part starts in the label's characters. */
function keyed(text: string) {
  let at = 0;
  return typesetParts(text).map((part) => {
    const key = `${at}`;
    at += part.text.length + 1;
    return { ...part, key };
  });
}

/** HTML: <sub>/<sup> for the scripts; plain text is returned as is. */
export function Typeset({ text }: { text: string }) {
  const parts = keyed(text);
  if (parts.length === 1 && parts[0].script === null) return <>{text}</>;
  return (
    <>
      {parts.map((p) =>
        p.script === 'sub' ? (
          <sub key={p.key} className="tex-script">
            {p.text}
          </sub>
        ) : p.script === 'sup' ? (
          <sup key={p.key} className="tex-script">
            {p.text}
          </sup>
        ) : (
          <Fragment key={p.key}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}

/** How far a script's baseline moves, in ems of the surrounding text (its size: typeset.css). */
const SUB_SHIFT = 0.3;
const SUP_SHIFT = -0.4;

/** SVG: the content of a <text>, scripts as shifted, smaller <tspan>s. */
export function SvgTypeset({ text, fontSize }: { text: string; fontSize: number }) {
  const parts = keyed(text);
  if (parts.length === 1 && parts[0].script === null) return <>{text}</>;
  let shift = 0;
  return (
    <>
      {parts.map((p) => {
        const target = p.script === 'sub' ? SUB_SHIFT : p.script === 'sup' ? SUP_SHIFT : 0;
        const dy = (target - shift) * fontSize;
        shift = target;
        return (
          <tspan
            key={p.key}
            dy={dy === 0 ? undefined : dy.toFixed(2)}
            className={p.script ? 'tex-script' : undefined}
          >
            {p.text}
          </tspan>
        );
      })}
    </>
  );
}
