// Labels typeset instead of shown as TeX source. The charts' JSON keeps the compact notation of the
// papers (`E[X_{K:P}]`, `η_max`, `M_G`, `b_crit`): a subscript is `_` followed by a braced group or
// by a run of letters, digits and primes/stars; a superscript the same with `^`. Everything a person
// reads — SVG axes, legends, read-outs, summaries, controls — shows the parts with real sub- and
// superscripts (Typeset.tsx); plain-text places (a title attribute, an exported CSV stays raw) get
// Unicode sub/superscript characters where they exist.

export type ScriptPart = { text: string; script: 'sub' | 'sup' | null };

// A script is `_{…}` / `^{…}`, or `_word` / `^word` where word is letters, digits, ⋆, *, ′. A `_` or
// `^` inside a word (snake_case, a file name) is left alone: it must follow a letter, digit, `)` or
// `]`; and snake_case (`measured_times`, two or more lowercase letters before the `_`) is not a script.
const SCRIPT = /(?<=[\p{L}\p{N})\]⋆*′])([_^])(?:\{([^{}]*)\}|([\p{L}\p{N}⋆*′]+))/gu;

/** The text split into plain runs and sub/superscripts. */
export function typesetParts(text: string): ScriptPart[] {
  const parts: ScriptPart[] = [];
  let last = 0;
  const push = (t: string, script: ScriptPart['script']) => {
    if (t === '') return;
    const prev = parts[parts.length - 1];
    if (prev && prev.script === script) prev.text += t;
    else parts.push({ text: t, script });
  };
  for (const m of text.matchAll(SCRIPT)) {
    const [whole, mark, braced, word] = m;
    const start = m.index ?? 0;
    if (braced === undefined && /[a-z]{2,}$/.test(text.slice(Math.max(0, start - 24), start))) continue;
    push(text.slice(last, start), null);
    push(braced ?? word ?? '', mark === '_' ? 'sub' : 'sup');
    last = start + whole.length;
  }
  push(text.slice(last), null);
  return parts;
}

/** Whether the text has anything to typeset (most labels do not). */
export function hasScripts(text: string): boolean {
  return typesetParts(text).some((p) => p.script !== null);
}

const SUB: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '−': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
  a: 'ₐ',
  e: 'ₑ',
  h: 'ₕ',
  i: 'ᵢ',
  j: 'ⱼ',
  k: 'ₖ',
  l: 'ₗ',
  m: 'ₘ',
  n: 'ₙ',
  o: 'ₒ',
  p: 'ₚ',
  r: 'ᵣ',
  s: 'ₛ',
  t: 'ₜ',
  u: 'ᵤ',
  v: 'ᵥ',
  x: 'ₓ',
  β: 'ᵦ',
  γ: 'ᵧ',
  ρ: 'ᵨ',
  φ: 'ᵩ',
  χ: 'ᵪ',
};
/** Unicode superscripts of the characters that have one (also format.ts's powers). */
export const SUP: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
  n: 'ⁿ',
  i: 'ⁱ',
  T: 'ᵀ',
};

function mapAll(text: string, table: Record<string, string>): string | null {
  let out = '';
  for (const ch of text) {
    const mapped = table[ch];
    if (mapped === undefined) return null;
    out += mapped;
  }
  return out;
}

/**
 * The text in plain characters, for title attributes and aria labels: scripts as Unicode sub- and
 * superscripts where every character has one (`η_max` → `ηₘₐₓ`, `w_j` → `wⱼ`), else the mark without
 * TeX's braces (`E[X_{K:P}]` → `E[X_K:P]`).
 */
export function typesetPlain(text: string): string {
  return typesetParts(text)
    .map((p) => {
      if (p.script === null) return p.text;
      const mapped = mapAll(p.text, p.script === 'sub' ? SUB : SUP);
      if (mapped !== null) return mapped;
      return `${p.script === 'sub' ? '_' : '^'}${p.text}`;
    })
    .join('');
}
