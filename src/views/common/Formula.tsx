// TeX typeset by KaTeX. KaTeX (about 70 KB gzipped with its CSS) is loaded on first use, in a chunk
// of its own, so the first paint does not wait for it; until then the TeX source is shown as text,
// which is also what a reader sees if the chunk cannot load. Fonts come from the bundle (same
// origin) and are precached by the service worker, so formulas work offline.

import { useEffect, useState } from 'react';
import './explanation.css';

type Katex = typeof import('katex').default;

let loading: Promise<Katex> | null = null;

/** One load for the whole page; the stylesheet travels in the same lazy chunk as the code. */
function loadKatex(): Promise<Katex> {
  loading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([m]) => m.default);
  return loading;
}

let katex: Katex | null = null;
const cache = new Map<string, string>();

/**
 * Inline math may break after a relation or an operator; `\qquad` between two statements is made a
 * break point too, so a long line wraps on a narrow screen (display math never breaks).
 */
function breakable(tex: string): string {
  return tex.replace(/\\qquad(?![a-zA-Z])/g, '\\qquad\\allowbreak ');
}

/** The markup of `tex` (cached: the same formula is drawn again on every parameter change). */
function typeset(k: Katex, tex: string, display: boolean): string {
  const key = `${display ? 'D' : 'I'}${tex}`;
  let html = cache.get(key);
  if (html === undefined) {
    // throwOnError false: a bad macro shows in red in place instead of blanking the view.
    // htmlAndMathml: the MathML copy is what screen readers read. trust off: no \href, no \url.
    html = k.renderToString(display ? tex : breakable(tex), {
      displayMode: display,
      throwOnError: false,
      output: 'htmlAndMathml',
      trust: false,
    });
    cache.set(key, html);
  }
  return html;
}

interface Props {
  tex: string;
  /** Display style (a block, centred lines) rather than inline in a sentence. */
  display?: boolean;
  className?: string;
}

export function Formula({ tex, display = false, className }: Props) {
  const [ready, setReady] = useState(katex !== null);
  useEffect(() => {
    if (katex) return;
    let alive = true;
    loadKatex()
      .then((k) => {
        katex = k;
        if (alive) setReady(true);
      })
      // Offline before the chunk was ever cached: the TeX source stays, which still reads.
      .catch(() => {});
    return () => {
      alive = false;
    };
  }, []);
  const cls = `formula-tex${display ? ' formula-display' : ''}${className ? ` ${className}` : ''}`;
  if (!ready || !katex)
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
      dangerouslySetInnerHTML={{ __html: typeset(katex, tex, display) }}
    />
  );
}
