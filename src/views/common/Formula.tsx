// TeX typeset by KaTeX, in a worker of its own (formulaTypesetter.ts): typesetting a view's formulas
// on the page's thread took tasks of 50–150 ms. Until the markup arrives the TeX source is shown as
// text, which is also what a reader sees if KaTeX cannot load. Fonts come from the bundle (same
// origin) and are precached by the service worker, so formulas work offline.

import { useEffect, useState } from 'react';
import { typesetOffThread } from './formulaTypesetter';
import './explanation.css';

/** Markup by formula: the same formula is drawn again on every parameter change. */
const cache = new Map<string, string>();

/**
 * Inline math may break after a relation or an operator; `\qquad` between two statements is made a
 * break point too, so a long line wraps on a narrow screen (display math never breaks).
 */
function breakable(tex: string): string {
  return tex.replace(/\\qquad(?![a-zA-Z])/g, '\\qquad\\allowbreak ');
}

const keyOf = (tex: string, display: boolean) => `${display ? 'D' : 'I'}${tex}`;

interface Props {
  tex: string;
  /** Display style (a block, centred lines) rather than inline in a sentence. */
  display?: boolean;
  className?: string;
}

export function Formula({ tex, display = false, className }: Props) {
  const key = keyOf(tex, display);
  const [done, setDone] = useState<{ key: string; html: string } | null>(null);
  // A formula typeset before (this one or an identical one elsewhere) shows at once.
  const html = done?.key === key ? done.html : (cache.get(key) ?? null);
  const typeset = html !== null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `tex` and `display`
  useEffect(() => {
    if (typeset) return;
    let live = true;
    typesetOffThread(display ? tex : breakable(tex), display).then(
      (markup) => {
        cache.set(key, markup);
        if (live) setDone({ key, html: markup });
      },
      // No worker (offline before it was ever cached): the TeX source stays, which still reads.
      () => {},
    );
    return () => {
      live = false;
    };
  }, [key, typeset]);
  const cls = `formula-tex${display ? ' formula-display' : ''}${className ? ` ${className}` : ''}`;
  if (html === null)
    return (
      <span className={`${cls} formula-source`} data-formula-state="source">
        {tex.replace(/^\s*\\displaystyle\s*/, '')}
      </span>
    );
  return (
    <span
      className={cls}
      data-formula-state="typeset"
      // KaTeX's own markup, from TeX this app wrote (never user input), with trust off.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX output of the app's own TeX
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
